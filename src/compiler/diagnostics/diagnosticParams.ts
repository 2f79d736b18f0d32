/** What a code's message and hint take when it has nothing to fill in. */
type NoParams = undefined;

/** Where a YAML key was read: a lesson's frontmatter, theme.yaml or the lessons' glossary.yaml. */
export type YamlPlace = 'frontmatter' | 'theme' | 'glossary';

/** Why a file that must lie inside a folder does not: a link, or a real path elsewhere. */
type Outside = 'symlink' | 'outside';

/**
 * The named parameters of every code's message and hint, one object per code. The catalogue and
 * `DiagnosticSink.report` are typed from this, so a call with a missing, misspelt or wrongly typed
 * field does not compile. Numbers are formatted by the message itself.
 */
export interface DiagnosticParams {
  Y001: { detail: string };
  Y002: { max: number };
  Y003: { max: number };
  /** `where` @default 'frontmatter' */
  F001: { key: string; allowed: readonly string[]; where?: YamlPlace };
  /** `where` @default 'frontmatter' */
  F002: { key: string; where?: YamlPlace };
  /** `example` @default `${key}: …`; `where` @default 'frontmatter' */
  F003: { key: string; detail: string; example?: string; where?: YamlPlace };
  F004: NoParams;
  F005: { example: string };
  L001: { id: string; other: string };
  L002: { id: string; lang: string; fallback: string };
  L003: NoParams;
  L004: { name: string };
  L005: { name: string; languages: readonly string[] };
  L006: { dir: string };
  L007: { name: string; languages: readonly string[] };
  L008: { what: string };
  /** `term` as written in the text; `use` the glossary's preferred term; `note` its reason, if it gives one; `glossary` its path. */
  L009: { term: string; use: string; note?: string; glossary: string };
  /** Minutes declared and estimated, with the figures the estimate comes from; `formula` says how. */
  L010: { declared: number; estimate: number; words: number; questions: number; formula: string };
  P001: NoParams;
  P002: { src: string };
  P003: { placeholder: string; known: readonly string[] };
  P004: { length: number; max: number };
  A001: { src: string };
  A002: { src: string };
  A003: { src: string };
  A005: { src: string; bytes: number; maxBytes: number };
  /** `extension` without the dot; '' when the file has none. */
  A006: { src: string; extension: string };
  A007: { what: string };
  A008: { problem: string };
  A009: { src: string; why: Outside };
  H001: { what: string };
  H002: { href: string; why: string };
  H003: { style: string; element: string };
  Q001: { question: string };
  Q002: { question: string; count: number };
  Q003: { answer: string };
  Q004: NoParams;
  Q005: { what: string };
  Q006: NoParams;
  Q007: NoParams;
  Q008: { answer: string };
  /** `number` counts from 1. */
  Q009: { number: number };
  /** `label` as the question is called where it has no text, e.g. "#2". */
  Q010: { label: string };
  /** Plain-text characters of the right answer and of the longest wrong one; `rule` defines "clearly". */
  Q011: { question: string; right: number; longestWrong: number; rule: string };
  /** Per language: single-choice questions, how many have the right answer as the longest option, the most allowed in percent. */
  Q012: { lang: string; longest: number; singleChoice: number; maxPercent: number };
  /** `other` is the other question's file:line; `similarity` 0 to 1; `rule` says how it is measured. */
  Q013: { question: string; other: string; otherQuestion: string; similarity: number; rule: string };
  T001: { file: string };
  T002: { file: string; key: string };
  T003: { file: string; bytes: number };
  T004: {
    mode: 'light' | 'dark';
    foreground: string;
    foregroundKey: string;
    background: string;
    backgroundKey: string;
    ratio: number;
    use: string;
    required: number;
    fix: string;
    suggestion: string;
    /** Set when no shade close to the colour passes: which way `suggestion` moves, and where it works as an accent. */
    far?: {
      colour: string;
      against: string;
      direction: 'darker' | 'lighter';
      accent?: { mode: 'light' | 'dark'; ratio: number; background: string };
    };
  };
  T005: { id: string; known: readonly string[] };
  T006: { id: string; known: readonly string[] };
  T007: { lang: string; length: number; max: number };
  /** `key` is the theme key that names the file; none for theme.yaml itself. */
  T008: { file: string; key?: string; why: Outside };
  T009: NoParams;
  /** `key` the value's path (e.g. organisation.name.de); `text` the placeholder left in it; `orDelete` says what deleting the key does. */
  T010: { key: string; text: string; replaceWith: string; orDelete?: string };
  /** The primaries of the theme's light palette and of the default theme's dark one, which the theme kept. */
  T011: { lightPrimary: string; darkPrimary: string };
  C001: { id: string; max: number };
  R001: { formula: string; score: number; minimum: number; wordsPerSentence: number };
  R002: { words: number; start: string };
  R003: { reviewed: string; months: number };
  R004: { lang: string; other: string; shape: string; otherShape: string };
  R005: { what: string; detail: string };
}

export type DiagnosticCode = keyof DiagnosticParams;

/**
 * What `report` takes after the position: nothing for a code without parameters, else its one object.
 * Distributes over a union of codes, so each code keeps its own object.
 */
export type ParamsOf<C extends DiagnosticCode> = C extends DiagnosticCode ? (DiagnosticParams[C] extends NoParams ? [] : [params: DiagnosticParams[C]]) : never;
