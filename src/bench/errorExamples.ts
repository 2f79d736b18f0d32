import type { DiagnosticCode, ParamsOf } from '../compiler/diagnostics/catalogue.ts';

/** Where an example diagnostic points and the parameters its code is reported with. */
export interface ErrorExample<C extends DiagnosticCode> {
  /** @default 'lessons/02-email/de.md' */
  file?: string;
  line: number;
  col: number;
  /** What `report` takes after the position: nothing, or the code's one parameter object. */
  params: ParamsOf<C>;
}

/** One example per code, each typed by its own code's parameters. */
export type ErrorExamples = { [C in DiagnosticCode]: ErrorExample<C> };

const THEME = 'themes/default/theme.yaml';

/**
 * One example per code, with parameters as the compiler passes them (see the `sink.report` calls).
 * Typed over all codes: a new code in the catalogue without an example fails the typecheck.
 */
export const errorExamples: ErrorExamples = {
  Y001: { line: 2, col: 8, params: [{ detail: 'Nested mappings are not allowed in compact mappings' }] },
  Y002: { line: 11, col: 8, params: [{ max: 100 }] },
  Y003: { line: 10, col: 107, params: [{ max: 100 }] },
  F001: { line: 3, col: 1, params: [{ key: 'titel', allowed: ['title', 'summary', 'duration', 'objectives', 'reviewed', 'sources'], where: 'frontmatter' }] },
  F002: { line: 1, col: 1, params: [{ key: 'summary', where: 'frontmatter' }] },
  F003: { line: 7, col: 11, params: [{ key: 'reviewed', detail: 'must be a month written as YYYY-MM', example: 'reviewed: 2026-05', where: 'frontmatter' }] },
  F004: { line: 1, col: 1, params: [] },
  F005: { line: 1, col: 1, params: [{ example: 'title: Phishing erkennen' }] },
  L001: { file: 'lessons/02-Email', line: 1, col: 1, params: [{ id: '02-Email', other: '02-email' }] },
  L002: { file: 'lessons/02-email/en.md', line: 1, col: 1, params: [{ id: '02-email', lang: 'en', fallback: 'de' }] },
  L003: { line: 1, col: 1, params: [] },
  L004: { file: 'lessons/02 E-Mail', line: 1, col: 1, params: [{ name: '02 E-Mail' }] },
  L005: { file: 'lessons/02-email/fr.md', line: 1, col: 1, params: [{ name: 'fr.md', languages: ['de', 'en'] }] },
  L006: { file: 'lessons', line: 1, col: 1, params: [{ dir: 'lessons' }] },
  L007: { file: 'lessons/02-email', line: 1, col: 1, params: [{ name: '02-email', languages: ['de', 'en'] }] },
  L008: { file: 'lessons/02-email', line: 1, col: 1, params: [{ what: 'lesson folder "02-email"' }] },
  L009: { line: 24, col: 31, params: [{ term: 'Mails', use: 'E-Mail', note: 'BSI and the Duden write "E-Mail".', glossary: 'docs/glossary.yaml' }] },
  L010: {
    line: 4,
    col: 1,
    params: [{ declared: 14, estimate: 9, words: 1478, questions: 6, formula: 'words / 180 per minute (de) + 0.2 minutes per question, rounded' }],
  },
  P001: { line: 12, col: 1, params: [] },
  P002: { line: 12, col: 1, params: [{ src: 'phishing-mail.svg' }] },
  P003: { line: 12, col: 24, params: [{ placeholder: '{{ org.helpdesk }}', known: ['org.name', 'org.phone'] }] },
  P004: { line: 12, col: 10001, params: [{ length: 12480, max: 10000 }] },
  A001: { line: 12, col: 3, params: [{ src: 'phishing-mail.svg' }] },
  A002: { line: 12, col: 3, params: [{ src: 'https://example.com/mail.png' }] },
  A003: { line: 12, col: 3, params: [{ src: '../01-basics/mail.svg' }] },
  A005: { line: 12, col: 3, params: [{ src: 'screenshot.png', bytes: 31.2 * 1024 * 1024, maxBytes: 25 * 1024 * 1024 }] },
  A006: { line: 12, col: 3, params: [{ src: 'mail.bmp', extension: 'bmp' }] },
  A007: { file: 'lessons/02-email/phishing-mail.svg', line: 4, col: 3, params: [{ what: '<script>' }] },
  A008: { file: 'lessons/02-email/phishing-mail.svg', line: 1, col: 1, params: [{ problem: 'unclosed tag <g>' }] },
  A009: { line: 12, col: 3, params: [{ src: 'mail.svg', why: 'symlink' }] },
  H001: { line: 12, col: 1, params: [{ what: '<iframe>' }] },
  H002: { line: 14, col: 40, params: [{ href: 'javascript:x()', why: '"javascript:" links can run script or open content no one checked' }] },
  H003: { line: 14, col: 5, params: [{ style: 'color: red', element: 'td' }] },
  Q001: { line: 30, col: 1, params: [{ question: 'Was tun Sie mit einer verdächtigen Mail?' }] },
  Q002: { line: 30, col: 1, params: [{ question: 'Was tun Sie mit einer verdächtigen Mail?', count: 1 }] },
  Q003: { line: 32, col: 3, params: [{ answer: 'Die Mail an die IT-Sicherheit melden.' }] },
  Q004: { line: 28, col: 1, params: [] },
  Q005: { line: 29, col: 1, params: [{ what: 'text before the first "###" question' }] },
  Q006: { line: 28, col: 1, params: [] },
  Q007: { line: 1, col: 1, params: [] },
  Q008: { line: 32, col: 3, params: [{ answer: 'Die Mail löschen.' }] },
  Q009: { line: 33, col: 3, params: [{ number: 2 }] },
  Q010: { line: 30, col: 1, params: [{ label: '2' }] },
  Q011: {
    line: 30,
    col: 1,
    params: [
      {
        question: 'Was tun Sie mit einer verdächtigen Mail?',
        right: 78,
        longestWrong: 41,
        rule: 'at least 1.25 times as long as the longest wrong answer and at least 12 characters longer, in plain text',
      },
    ],
  },
  Q012: { file: 'lessons/04-passwords/de.md', line: 118, col: 1, params: [{ lang: 'de', longest: 39, singleChoice: 65, maxPercent: 35 }] },
  Q013: {
    file: 'lessons/08-mobile-devices/de.md',
    line: 103,
    col: 1,
    params: [
      {
        question: 'Sie finden einen USB-Stick auf dem Parkplatz. …',
        other: 'lessons/05-malware/de.md:144',
        otherQuestion: 'Sie finden auf dem Parkplatz einen USB-Stick. …',
        similarity: 0.85,
        rule: 'the share of character trigrams the heading and text of the two questions have in common (Jaccard), stop words left out; 0.42 or more is flagged',
      },
    ],
  },
  T001: { file: THEME, line: 1, col: 1, params: [{ file: THEME }] },
  T002: { file: THEME, line: 4, col: 9, params: [{ file: 'logo.svg', key: 'brand.logo' }] },
  T003: { file: THEME, line: 4, col: 9, params: [{ file: 'logo.png', bytes: 420 * 1024 }] },
  T004: {
    file: THEME,
    line: 9,
    col: 16,
    params: [
      {
        mode: 'light',
        foreground: '#7a9cc6',
        foregroundKey: 'accent',
        background: '#ffffff',
        backgroundKey: 'background',
        ratio: 2.87,
        use: 'links and buttons',
        required: 4.5,
        fix: 'accent',
        suggestion: '#4a6f9f',
      },
    ],
  },
  T005: { file: THEME, line: 20, col: 7, params: [{ id: '07-passwort', known: ['01-basics', '02-email', '07-passwords'] }] },
  T006: { file: THEME, line: 24, col: 7, params: [{ id: '07-passwort', known: ['01-basics', '02-email', '07-passwords'] }] },
  T007: { file: THEME, line: 15, col: 10, params: [{ lang: 'de', length: 231, max: 200 }] },
  T008: { file: THEME, line: 4, col: 9, params: [{ file: 'logo.svg', key: 'brand.logo', why: 'symlink' }] },
  T009: { file: THEME, line: 111, col: 3, params: [] },
  T010: {
    file: 'themes/stadt-beispiel/theme.yaml',
    line: 11,
    col: 9,
    params: [{ key: 'organisation.name.de', text: 'Ihre Organisation', replaceWith: "your organisation's full name, e.g. Stadtverwaltung Musterhausen" }],
  },
  T011: { file: THEME, line: 147, col: 5, params: [{ lightPrimary: '#1e5b3a', darkPrimary: '#8cb8ee' }] },
  C001: {
    file: 'lessons/02-email-phishing-erkennen-melden-und-richtig-reagieren-im-alltag',
    line: 1,
    col: 1,
    params: [{ id: '02-email-phishing-erkennen-melden-und-richtig-reagieren-im-alltag', max: 64 }],
  },
  R001: { line: 1, col: 1, params: [{ formula: 'Flesch-Amstad', score: 48.2, minimum: 60, wordsPerSentence: 19.5 }] },
  R002: { line: 14, col: 1, params: [{ words: 34, start: 'Wenn Sie eine Mail erhalten, die' }] },
  R003: { line: 6, col: 1, params: [{ reviewed: '2024-03', months: 32 }] },
  R004: {
    file: 'lessons/02-email/en.md',
    line: 1,
    col: 1,
    params: [{ lang: 'en', other: 'de', shape: '3 pages, 4 questions with 3,3,4,3 answers', otherShape: '4 pages, 4 questions with 3,3,4,3 answers' }],
  },
  R005: { line: 1, col: 1, params: [{ what: 'reading this lesson', detail: 'Maximum call stack size exceeded' }] },
};
