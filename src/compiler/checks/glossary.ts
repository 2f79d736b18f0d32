import { z } from 'zod';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import type { TextBlock } from '../lesson/textBlock.ts';
import { parseYaml, validateYaml } from '../lesson/yamlSource.ts';

const text = z.string().trim().min(1, 'must not be empty');
const texts = z.preprocess((value) => (typeof value === 'string' ? [value] : value), z.array(text).min(1, 'needs at least one term'));

/** One rule of the glossary: words to avoid and the term to use instead. */
const entrySchema = z
  .object({
    /** The word or words to avoid, e.g. `[Mail, Mails]`; a phrase ("from afar"); or a compound's first part ending in "-" ("Gratis-"). */
    avoid: texts,
    /** What to write instead; shown in the warning. */
    use: text,
    /** Why, or how to write it in compounds; shown in the hint. */
    note: text.optional(),
    /**
     * Longer phrases in which an avoided word is right, e.g. "Bürgerinnen und Bürgern" for "Bürgern".
     * @default []
     */
    except: z.array(text).default([]),
  })
  .strict();

/** The glossary file: per language code, a list of rules. */
const glossarySchema = z.record(z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language code such as de or en'), z.array(entrySchema));

export type GlossaryEntry = z.infer<typeof entrySchema>;
/** Language → rules. */
export type Glossary = Record<string, GlossaryEntry[]>;

const examples = {
  avoid: 'avoid: [Mail, Mails]',
  use: 'use: E-Mail',
  note: 'note: So schreiben es BSI und Duden.',
  except: 'except: ["Bürgerinnen und Bürgern"]',
};

/** Reads glossary.yaml: Y001 for broken YAML, F001 to F003 (as glossary keys) for wrong entries. */
export function parseGlossary(source: string, file: string): { glossary: Glossary | undefined; diagnostics: Diagnostic[] } {
  const sink = new DiagnosticSink(file);
  const yaml = parseYaml(source, 1, sink);
  const glossary = yaml && validateYaml(yaml, glossarySchema, sink, examples, () => Object.keys(entrySchema.shape), 'glossary');
  return { glossary, diagnostics: sink.items };
}

const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

/**
 * A term as a whole word. A hyphen ends a word, so "Mail" is found in "Mail-Adresse" and "Phishing-Mail";
 * but one letter and a hyphen belong to the word they start ("E-Mail", "U-Bahn"), so "Mail" is not found
 * in "E-Mail" or "E-Mail-Adresse". A term ending in "-" is the first part of a compound ("Gratis-" in
 * "Gratis-WLAN"). Spaces in a term match any white space, line breaks too. Case is ignored.
 */
export function termPattern(term: string): RegExp {
  const body = term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const before = `(?<!${WORD_CHAR})(?<!(?<!${WORD_CHAR})\\p{L}-)`;
  const after = term.endsWith('-') ? '' : `(?!${WORD_CHAR})`;
  return new RegExp(`${before}${body}${after}`, 'giu');
}

/** Compiled once per glossary: each rule's patterns and the spans of its exceptions. */
export interface GlossaryMatcher {
  lang: string;
  rules: { entry: GlossaryEntry; terms: RegExp[]; except: RegExp[] }[];
}

export function glossaryMatcher(glossary: Glossary, lang: string): GlossaryMatcher {
  const entries = glossary[lang] ?? glossary[lang.split('-')[0]!] ?? [];
  return { lang, rules: entries.map((entry) => ({ entry, terms: entry.avoid.map(termPattern), except: entry.except.map(termPattern) })) };
}

/** Warns (L009) at every avoided term in the author's text. */
export function checkGlossary(blocks: readonly TextBlock[], matcher: GlossaryMatcher, sink: DiagnosticSink, glossaryFile: string): void {
  for (const block of blocks) {
    for (const { entry, terms, except } of matcher.rules) {
      const allowed = except.flatMap((pattern) => [...block.text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const));
      for (const pattern of terms) {
        for (const match of block.text.matchAll(pattern)) {
          const start = match.index;
          if (allowed.some(([from, to]) => from <= start && start + match[0].length <= to)) continue;
          const before = block.text.slice(0, start);
          const line = block.line + (before.match(/\n/g)?.length ?? 0);
          const col = start - before.lastIndexOf('\n');
          sink.report('L009', { line, col }, { term: match[0], use: entry.use, ...(entry.note ? { note: entry.note } : {}), glossary: glossaryFile });
        }
      }
    }
  }
}
