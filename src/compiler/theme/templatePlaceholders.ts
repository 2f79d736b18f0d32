import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import type { YamlSource } from '../lesson/yamlSource.ts';
import type { Theme } from './themeSchema.ts';

/** A key of theme.yaml, with '*' for any list index; a text under it may be one per language. */
type KeyPattern = readonly string[];

interface TemplateKey {
  path: KeyPattern;
  /** What the admin writes instead, after "replace it with". */
  replaceWith: string;
  /** What deleting the key does, after "or delete the key"; none when deleting would keep the placeholder. */
  orDelete?: string;
}

/**
 * The default theme's texts that an organisation must replace: they stand where learners look for a
 * real name, phone number or address. The other local facts (reportPhishing, reportIncident, …) are
 * neutral phrases that read correctly for any organisation, so a theme may keep them.
 */
export const TEMPLATE_KEYS: readonly TemplateKey[] = [
  { path: ['organisation', 'name'], replaceWith: "your organisation's full name, e.g. Stadtverwaltung Musterhausen" },
  { path: ['organisation', 'shortName'], replaceWith: 'a short form of the name, e.g. Musterhausen', orDelete: 'to use the full name' },
  {
    path: ['organisation', 'contacts', '*', 'note'],
    replaceWith: "this contact's name, phone and email (as name:, phone: and email:) and a note such as the room or opening hours",
    orDelete: 'once name, phone and email say enough',
  },
  // Lessons fall back to the default's value when the key is missing, so deleting it would not help.
  {
    path: ['organisation', 'variables', 'serviceDesk'],
    replaceWith: 'your service desk and its phone number, e.g. de: "der IT-Service-Desk unter 0123 456-789", en: "the IT service desk on 0123 456-789"',
  },
  {
    path: ['accessibility', 'contact', 'note'],
    replaceWith: 'where people report a barrier, e.g. a postal address',
    orDelete: 'and give accessibility.contact an email, phone or url instead',
  },
];

/**
 * An address on the reserved example domain itself, as the default theme's comments and hints suggest
 * them (phishing@example.org, box.example.org, intranet.example.org). A made-up organisation's own
 * subdomain (isb@musterhausen.example.org) is an example theme's choice, not a leftover.
 */
const EXAMPLE_ADDRESS = /(?<![\w.@-])(?:[\w.+-]+@|(?:www|intranet|box)\.)?example\.org\b/i;

/**
 * T010 for every text of `theme` that still holds a placeholder of `template` (the default theme) at
 * one of the TEMPLATE_KEYS, or an example.org address anywhere: one per value and language, at the value.
 */
export function templatePlaceholders(theme: Theme, positionOf: YamlSource['positionOf'], template: Theme, file: string): Diagnostic[] {
  const placeholders = TEMPLATE_KEYS.map((key) => new Set(textsOf(template).flatMap((leaf) => (matches(leaf.path, key.path) ? [leaf.text] : []))));
  const sink = new DiagnosticSink(file);
  for (const { path, text } of textsOf(theme)) {
    const index = TEMPLATE_KEYS.findIndex((key, i) => matches(path, key.path) && placeholders[i]!.has(text));
    const address = index < 0 ? EXAMPLE_ADDRESS.exec(text)?.[0] : undefined;
    if (index < 0 && !address) continue;
    const known = TEMPLATE_KEYS.find((key) => matches(path, key.path));
    sink.report('T010', positionOf(path), {
      key: path.join('.'),
      text: address ?? text,
      replaceWith: known?.replaceWith ?? "your organisation's own address",
      ...(known?.orDelete && index >= 0 ? { orDelete: known.orDelete } : {}),
    });
  }
  return sink.items;
}

/** Every text in the theme with its key path: one entry per language for a text given per language. */
function textsOf(value: unknown, path: string[] = []): { path: string[]; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => textsOf(item, [...path, String(index)]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => textsOf(item, [...path, key]));
  return [];
}

/** The key itself, or one language's text under it; list indexes match '*'. */
function matches(path: readonly string[], pattern: KeyPattern): boolean {
  if (path.length !== pattern.length && path.length !== pattern.length + 1) return false;
  return pattern.every((part, i) => (part === '*' ? /^\d+$/.test(path[i]!) : part === path[i]));
}

/** The one line the default theme's check and build print instead of a T010 warning per placeholder. */
export function templateNote({ file, count }: { file: string; count: number }): string {
  return `the ${count} T010 ${count === 1 ? 'warning is' : 'warnings are'} expected: ${file} is the template. For your own course, run npm run new-theme -- <name> and replace the placeholder texts there.`;
}
