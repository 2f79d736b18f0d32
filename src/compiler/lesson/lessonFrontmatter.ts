import { z } from 'zod';
import type { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import { parseYaml, validateYaml } from './yamlSource.ts';

const text = z.string().trim().min(1, 'must not be empty');

/** One source: a plain title, or a title with the address and the date of the version the facts were checked against. */
const sourceSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { title: value } : value),
  z
    .object({
      /** What the source is called, e.g. "BSI IT-Grundschutz-Kompendium, Edition 2023, ORP.4". */
      title: text,
      /** Where to read it: a web address starting with https:// or http://. */
      url: z
        .string()
        .trim()
        .regex(/^https?:\/\/[^\s/]+\.[^\s]+$/, 'must be a web address starting with https://')
        .optional(),
      /** The version or publication date that was checked: YYYY, YYYY-MM or YYYY-MM-DD. */
      date: z
        .union([z.string(), z.number()])
        .transform(String)
        .pipe(z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written as YYYY, YYYY-MM or YYYY-MM-DD'))
        .optional(),
    })
    .strict(),
);

/** The YAML block at the top of every lesson file. Unknown keys are errors: they are usually typos. */
export const lessonFrontmatterSchema = z
  .object({
    /** Lesson title as shown on the overview and above every page. */
    title: text,
    /** One sentence saying what the lesson is about. */
    summary: text,
    /**
     * Time the lesson takes, in whole minutes. Leave it out to show the time the compiler estimates
     * from the text (see readingTime.ts); `npm run check` warns (L010) when a declared time is far from it.
     * @default the estimated reading time
     */
    duration: z.number().int('must be a whole number of minutes').min(1).max(240).optional(),
    /** What learners can do after the lesson; shown at its start. */
    objectives: z.array(text).min(1, 'needs at least one objective'),
    /** When the facts were last checked, as YYYY-MM. */
    reviewed: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written as YYYY-MM'),
    /** Where the facts come from: titles, or `{ title, url, date }` entries (rendered as links on the about page). */
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
    /**
     * Who wrote the lesson, for the attribution the licence asks for.
     * @default []
     */
    authors: z.array(text).default([]),
    /**
     * This lesson's pass mark in percent, when it should differ from the theme's course.passMark.
     * @default the theme's course.passMark
     */
    passMark: z.number().min(1).max(100).optional(),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

const allowedKeys = Object.keys(lessonFrontmatterSchema.shape);
const sourceKeys = ['title', 'url', 'date'];

const examples: Record<string, string> = {
  title: 'title: E-mail and phishing',
  summary: 'summary: How to recognise phishing and what to do.',
  duration: 'duration: 10',
  objectives: 'objectives:\n      - You recognise phishing mails.',
  reviewed: 'reviewed: 2026-11',
  sources: 'sources:\n      - title: "BSI IT-Grundschutz-Kompendium, Edition 2023, ORP.4"\n        url: https://www.bsi.bund.de/\n        date: 2023-02',
  authors: 'authors:\n      - Jane Doe',
  passMark: 'passMark: 80',
};

export interface SplitSource {
  /** The YAML text, or undefined when the file has no frontmatter. */
  yaml: string | undefined;
  /** 1-based line of the YAML's first line. */
  yamlFirstLine: number;
  /** The file with the frontmatter blanked out, so Markdown line numbers stay the file's. */
  body: string;
}

/** Separates `---` frontmatter from the Markdown body, keeping line numbers. */
export function splitFrontmatter(source: string): SplitSource {
  const normalised = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(normalised);
  if (!match) return { yaml: undefined, yamlFirstLine: 1, body: normalised };
  const blank = match[0].replace(/[^\n]/g, '');
  return { yaml: match[1] ?? '', yamlFirstLine: 2, body: blank + normalised.slice(match[0].length) };
}

export function parseLessonFrontmatter(split: SplitSource, sink: DiagnosticSink): LessonFrontmatter | undefined {
  if (split.yaml === undefined) {
    sink.report('F004', { line: 1, col: 1 });
    return undefined;
  }
  const source = parseYaml(split.yaml, split.yamlFirstLine, sink);
  if (!source) return undefined;
  return validateYaml(source, lessonFrontmatterSchema, sink, examples, (path) => (path[0] === 'sources' ? sourceKeys : allowedKeys));
}
