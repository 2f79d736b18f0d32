import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newTheme } from '../../src/cli/newTheme.ts';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import type { Diagnostic } from '../../src/compiler/diagnostics/diagnostics.ts';
import { defaultTheme } from '../../src/compiler/load/defaultTheme.ts';
import { templatePlaceholders } from '../../src/compiler/theme/templatePlaceholders.ts';
import { parseTheme } from '../../src/compiler/theme/parseTheme.ts';
import { fixture, useTempDir, writeTree } from './support/tempTree.ts';

/** Every value of the default theme an organisation must replace, one per language (see TEMPLATE_KEYS). */
const PLACEHOLDER_KEYS = [
  'organisation.name.de',
  'organisation.name.en',
  'organisation.shortName.de',
  'organisation.shortName.en',
  'organisation.contacts.0.note.de',
  'organisation.contacts.0.note.en',
  'organisation.contacts.1.note.de',
  'organisation.contacts.1.note.en',
  'organisation.contacts.2.note.de',
  'organisation.contacts.2.note.en',
  'organisation.variables.serviceDesk.de',
  'organisation.variables.serviceDesk.en',
  'accessibility.contact.note.de',
  'accessibility.contact.note.en',
];

const keyOf = (d: Diagnostic) => /^(\S+) still holds/.exec(d.message)?.[1];
const placeholdersOf = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code === 'T010');

/** issue 14: a theme is complete before it ships; the default's placeholders must not reach learners unseen. */
describe('placeholders left from the default theme (T010)', () => {
  const tmp = useTempDir();

  /** A theme made by `npm run new-theme`, and a one-lesson course folder, in the temporary folder. */
  async function freshTheme(): Promise<string> {
    const themes = join(tmp.path, 'themes');
    await cp('themes/default', join(themes, 'default'), { recursive: true });
    expect((await newTheme('stadt-beispiel', themes)).ok).toBe(true);
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, { 'lessons/02-email/de.md': lesson, 'lessons/02-email/en.md': lesson });
    return join(themes, 'stadt-beispiel');
  }
  const compile = (themeDir: string) => compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir, cwd: tmp.path });

  it('warns for each placeholder of a new theme, at its value in theme.yaml, with the key and a hint', async () => {
    const themeDir = await freshTheme();
    const result = await compile(themeDir);
    const warnings = placeholdersOf(result.diagnostics);
    expect(warnings.map(keyOf)).toEqual(PLACEHOLDER_KEYS);
    // Still a course: placeholders are warnings, not errors.
    expect(result.course?.id).toBe('stadt-beispiel');
    const lines = (await readFile(join(themeDir, 'theme.yaml'), 'utf8')).split('\n');
    for (const warning of warnings) {
      expect(warning.severity).toBe('warning');
      expect(warning.file).toBe('themes/stadt-beispiel/theme.yaml');
      // The position is the value's first character: the text the message quotes starts there.
      const quoted = /still holds "([^"…]+)/.exec(warning.message)![1]!;
      expect(lines[warning.line - 1]!.slice(warning.col - 1), keyOf(warning)).toMatch(new RegExp(`^${quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      expect(warning.hint).toMatch(/^replace it with /);
    }
    const byKey = Object.fromEntries(warnings.map((w) => [keyOf(w), w]));
    expect(byKey['organisation.shortName.de']!.hint).toContain('or delete the key to use the full name');
    // A missing serviceDesk falls back to the same placeholder: the hint does not offer deleting it.
    expect(byKey['organisation.variables.serviceDesk.de']!.hint).not.toContain('delete');
  });

  it('drops exactly the warning of a value that is replaced, and warns for an example.org address', async () => {
    const themeDir = await freshTheme();
    const file = join(themeDir, 'theme.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(
      file,
      text
        .replace('  name:\n    de: Ihre Organisation', '  name:\n    de: Stadtverwaltung Beispiel')
        .replace('      de: Ihr IT-Service-Desk', '      de: der IT-Service-Desk unter 0123 456-700')
        .replace(/(reportPhishing:\n {6}de: ).*/, '$1an phishing@example.org')
        .replace(/(reportPhishing:\n {6}de: .*\n {6}en: ).*/, '$1to phishing@beispiel.example.org'),
    );
    const warnings = placeholdersOf((await compile(themeDir)).diagnostics);
    const expected = PLACEHOLDER_KEYS.filter((key) => key !== 'organisation.name.de' && key !== 'organisation.variables.serviceDesk.de');
    // The example address from the comments warns; an organisation's own (made-up) subdomain does not.
    expect(warnings.map(keyOf).sort()).toEqual([...expected, 'organisation.variables.reportPhishing.de'].sort());
    const address = warnings.find((w) => keyOf(w) === 'organisation.variables.reportPhishing.de')!;
    expect(address.message).toContain('"phishing@example.org"');
    expect(text.split('\n')[address.line - 1]).toMatch(/^ {6}de: /);
    expect(address.col).toBe(11);
  });

  it('warns for each placeholder of the default theme too, and marks it as the template', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, { 'lessons/02-email/de.md': lesson, 'lessons/02-email/en.md': lesson });
    const result = await compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: 'themes/default' });
    expect(placeholdersOf(result.diagnostics).map(keyOf)).toEqual(PLACEHOLDER_KEYS);
    expect(result.templatePlaceholders).toEqual({ file: 'themes/default/theme.yaml', count: PLACEHOLDER_KEYS.length });
  });

  it('finds none in the example city theme', async () => {
    const text = await readFile('themes/stadt-musterhausen/theme.yaml', 'utf8');
    const parsed = parseTheme(text, 'themes/stadt-musterhausen/theme.yaml');
    const template = (await defaultTheme())!;
    expect(templatePlaceholders(parsed.theme!, parsed.source!.positionOf, template, 'theme.yaml')).toEqual([]);
    // The same check finds the template's own placeholders, so the empty list above means something.
    const own = parseTheme(await readFile('themes/default/theme.yaml', 'utf8'), 'theme.yaml');
    expect(templatePlaceholders(own.theme!, own.source!.positionOf, template, 'theme.yaml').map(keyOf)).toEqual(PLACEHOLDER_KEYS);
  });
});
