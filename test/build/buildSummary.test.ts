import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/build/buildReport.ts';
import { buildSummary } from '../../src/build/buildSummary.ts';
import type { RaffleModel } from '../../src/shared/courseModel.ts';

const report = {
  course: { id: 'stadt-beispiel', title: { de: 'Wachsam', en: 'Wachsam' }, languages: ['de', 'en'] },
  lessons: [{ questions: { de: 3, en: 3 } }],
  warnings: [],
  files: [{ path: 'web/index.html', bytes: 2048, gzipBytes: 1024 }],
} as unknown as BuildReport;

const raffle: RaffleModel = {
  campaign: 'herbst-2026',
  start: '2026-11-01',
  end: '2026-12-15',
  requiredLessons: ['02-email', '04-passwords'],
  mode: 'entry',
  endpoint: 'https://intranet.example.org/raffle/entries',
  terms: { de: 'x', en: 'x' },
  privacy: { de: 'x', en: 'x' },
  scorm: false,
};

/** The summary's raffle line, without its label. */
const raffleLine = (model: RaffleModel | undefined) => /^ {2}raffle {5}(.*)$/m.exec(buildSummary(report, model, 1234, 'dist'))?.[1];

describe('the build summary says whether the raffle is on, so an admin need not pass the checks to find out', () => {
  it('off, and why', () => {
    expect(raffleLine(undefined)).toBe('off (theme.yaml has no raffle section)');
  });

  it('entry mode: campaign, period, required lessons, where entries go, which outputs carry it', () => {
    expect(raffleLine(raffle)).toBe(
      'on: entry mode, campaign herbst-2026, 2026-11-01 to 2026-12-15; required lessons 02-email, 04-passwords; entries go to https://intranet.example.org/raffle/entries; in the intranet bundle only',
    );
    expect(raffleLine({ ...raffle, endpoint: undefined, mailto: 'gewinnspiel@example.org', scorm: true })).toMatch(
      /entries by e-mail to gewinnspiel@example\.org; in the intranet bundle and the SCORM packages$/,
    );
  });

  it('phrase mode', () => {
    expect(raffleLine({ ...raffle, mode: 'phrase', endpoint: undefined })).toMatch(/^on: phrase mode, .*; learners write down the phrase; /);
  });
});

describe('the build summary counts the placeholders left from the default theme (issue 14)', () => {
  const placeholder = { code: 'T010', severity: 'warning' };
  const warningsLine = (warnings: unknown[], template?: { file: string; count: number }) =>
    buildSummary({ ...report, warnings } as BuildReport, undefined, 1234, 'dist', template);

  it('says how many of the warnings are placeholders', () => {
    expect(warningsLine([placeholder, placeholder, { code: 'R001', severity: 'warning' }])).toMatch(
      /^ {2}warnings {3}3, 2 of them placeholder texts from the default theme \(T010\)$/m,
    );
    expect(warningsLine([])).toMatch(/^ {2}warnings {3}0$/m);
    expect(warningsLine([])).not.toMatch(/template/);
  });

  it('for the default theme itself: its warnings, and one line that names the template and new-theme', () => {
    const summary = warningsLine([placeholder, placeholder], { file: 'themes/default/theme.yaml', count: 2 });
    expect(summary).toMatch(/^ {2}warnings {3}2, 2 of them placeholder texts from the default theme \(T010\)$/m);
    expect(summary).toMatch(/^ {2}template {3}the 2 T010 warnings are expected: themes\/default\/theme\.yaml is the template\. .*npm run new-theme -- <name>/m);
  });
});
