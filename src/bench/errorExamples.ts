import type { DiagnosticCode } from '../compiler/diagnostics/catalogue.ts';

/** Where an example diagnostic points and the arguments its code is reported with. */
export interface ErrorExample {
  /** @default 'lessons/02-email/de.md' */
  file?: string;
  line: number;
  col: number;
  args: string[];
}

const THEME = 'themes/default/theme.yaml';

/**
 * One example per code, with arguments as the compiler passes them (see the `sink.report` calls).
 * Typed as a full record: a new code in the catalogue without an example fails the typecheck.
 */
export const errorExamples: Record<DiagnosticCode, ErrorExample> = {
  Y001: { line: 2, col: 8, args: ['Nested mappings are not allowed in compact mappings'] },
  Y002: { line: 11, col: 8, args: ['100'] },
  Y003: { line: 10, col: 107, args: ['100'] },
  F001: { line: 3, col: 1, args: ['titel', 'title, summary, duration, objectives, reviewed, sources', 'frontmatter'] },
  F002: { line: 1, col: 1, args: ['summary', 'frontmatter'] },
  F003: { line: 7, col: 11, args: ['reviewed', 'must be a month written as YYYY-MM', 'reviewed: 2026-05', 'frontmatter'] },
  F004: { line: 1, col: 1, args: [] },
  F005: { line: 1, col: 1, args: ['title: Phishing erkennen'] },
  L001: { file: 'lessons/02-Email', line: 1, col: 1, args: ['02-Email', '02-email'] },
  L002: { file: 'lessons/02-email/en.md', line: 1, col: 1, args: ['02-email', 'en', 'de'] },
  L003: { line: 1, col: 1, args: [] },
  L004: { file: 'lessons/02 E-Mail', line: 1, col: 1, args: ['02 E-Mail'] },
  L005: { file: 'lessons/02-email/fr.md', line: 1, col: 1, args: ['fr.md', 'de, en'] },
  L006: { file: 'lessons', line: 1, col: 1, args: ['lessons'] },
  L007: { file: 'lessons/02-email', line: 1, col: 1, args: ['02-email', 'de.md, en.md'] },
  L008: { file: 'lessons/02-email', line: 1, col: 1, args: ['lesson folder "02-email"'] },
  P001: { line: 12, col: 1, args: [] },
  P002: { line: 12, col: 1, args: ['phishing-mail.svg'] },
  P003: { line: 12, col: 24, args: ['{{ org.helpdesk }}', 'org.name, org.phone'] },
  P004: { line: 12, col: 10001, args: ['12,480', '10,000'] },
  A001: { line: 12, col: 3, args: ['phishing-mail.svg'] },
  A002: { line: 12, col: 3, args: ['https://example.com/mail.png'] },
  A003: { line: 12, col: 3, args: ['../01-basics/mail.svg'] },
  A005: { line: 12, col: 3, args: ['screenshot.png', '31.2', '25.0'] },
  A006: { line: 12, col: 3, args: ['mail.bmp', '.bmp'] },
  A007: { file: 'lessons/02-email/phishing-mail.svg', line: 4, col: 3, args: ['<script>'] },
  A008: { file: 'lessons/02-email/phishing-mail.svg', line: 1, col: 1, args: ['unclosed tag <g>'] },
  A009: { line: 12, col: 3, args: ['mail.svg', 'symlink'] },
  H001: { line: 12, col: 1, args: ['<iframe>'] },
  H002: { line: 14, col: 40, args: ['javascript:x()', '"javascript:" links can run script or open content no one checked'] },
  H003: { line: 14, col: 5, args: ['color: red', 'td'] },
  Q001: { line: 30, col: 1, args: ['Was tun Sie mit einer verdächtigen Mail?'] },
  Q002: { line: 30, col: 1, args: ['Was tun Sie mit einer verdächtigen Mail?', '1'] },
  Q003: { line: 32, col: 3, args: ['Die Mail an die IT-Sicherheit melden.'] },
  Q004: { line: 28, col: 1, args: [] },
  Q005: { line: 29, col: 1, args: ['text before the first "###" question'] },
  Q006: { line: 28, col: 1, args: [] },
  Q007: { line: 1, col: 1, args: [] },
  Q008: { line: 32, col: 3, args: ['Die Mail löschen.'] },
  Q009: { line: 33, col: 3, args: ['#2'] },
  Q010: { line: 30, col: 1, args: ['2'] },
  T001: { file: THEME, line: 1, col: 1, args: [THEME] },
  T002: { file: THEME, line: 4, col: 9, args: ['logo.svg', 'brand.logo'] },
  T003: { file: THEME, line: 4, col: 9, args: ['logo.png', '420'] },
  T004: {
    file: THEME,
    line: 9,
    col: 16,
    args: ['light', '#7a9cc6', 'accent', '#ffffff', 'background', '2.87', 'links and buttons', '4.5', 'accent', '#4a6f9f'],
  },
  T005: { file: THEME, line: 20, col: 7, args: ['07-passwort', '01-basics, 02-email, 07-passwords'] },
  T006: { file: THEME, line: 24, col: 7, args: ['07-passwort', '01-basics, 02-email, 07-passwords'] },
  T007: { file: THEME, line: 15, col: 10, args: ['de', '231', '200'] },
  T008: { file: THEME, line: 4, col: 9, args: ['logo.svg', 'brand.logo', 'symlink'] },
  C001: {
    file: 'lessons/02-email-phishing-erkennen-melden-und-richtig-reagieren-im-alltag',
    line: 1,
    col: 1,
    args: ['02-email-phishing-erkennen-melden-und-richtig-reagieren-im-alltag', '65', '64'],
  },
  R001: { line: 1, col: 1, args: ['Flesch-Amstad', '48.2', '60', '19.5'] },
  R002: { line: 14, col: 1, args: ['34', 'Wenn Sie eine Mail erhalten, die'] },
  R003: { line: 6, col: 1, args: ['2024-03', '32'] },
  R004: {
    file: 'lessons/02-email/en.md',
    line: 1,
    col: 1,
    args: ['en', 'de', '3 pages, 4 questions with 3,3,4,3 answers', '4 pages, 4 questions with 3,3,4,3 answers'],
  },
  R005: { line: 1, col: 1, args: ['reading this lesson', 'Maximum call stack size exceeded'] },
};
