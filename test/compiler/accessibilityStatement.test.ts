import { describe, expect, it } from 'vitest';
import { accessibilityOf, FEDERAL_ENFORCEMENT } from '../../src/compiler/theme/accessibilityValues.ts';
import { parseTheme } from '../../src/compiler/theme/parseTheme.ts';
import type { LessonContent } from '../../src/shared/courseModel.ts';

/** A small valid theme.yaml (lines 1-14) followed by the given accessibility lines from line 15. */
function themeText(accessibility: string[]): string {
  return [
    'organisation:', //  1
    '  name: Acme',
    'brand:',
    '  logo: logo.svg',
    '  colors:',
    '    light: { primary: "#1d4e89", accent: "#0b6e4f", text: "#1b1f24", background: "#ffffff" }',
    '    dark: { primary: "#8cb8ee", accent: "#5fd3a6", text: "#e8ebef", background: "#121417" }',
    'course:',
    '  title: Security at Acme',
    '  description: Short lessons.',
    '  languages: [de, en]',
    '  passMark: 80',
    '  id: acme',
    '# the statement', // 14
    ...accessibility,
  ].join('\n');
}

const brief = (diagnostics: { code: string; line: number; col: number }[]) => diagnostics.map((d) => [d.code, d.line, d.col]);

describe('the accessibility section of theme.yaml', () => {
  it('reads every key, with defaults for status and enforcement', () => {
    const { theme, diagnostics } = parseTheme(
      themeText(['accessibility:', '  madeOn: 2026-11-30', '  contact:', '    email: a11y@acme.example.org', '    note: { de: Raum 1, en: Room 1 }']),
      'theme.yaml',
    );
    expect(diagnostics).toEqual([]);
    expect(theme?.accessibility).toEqual({
      status: 'partial',
      madeOn: '2026-11-30',
      contact: { email: 'a11y@acme.example.org', note: { de: 'Raum 1', en: 'Room 1' } },
    });
    const model = accessibilityOf(theme!, ['de', 'en'], [], 'a.js');
    expect(model).toMatchObject({ status: 'partial', madeOn: '2026-11-30', contact: { email: 'a11y@acme.example.org', note: { de: 'Raum 1', en: 'Room 1' } } });
    expect(model.enforcement).toEqual(FEDERAL_ENFORCEMENT);
    expect(model.enforcement.name.de).toContain('Schlichtungsstelle nach § 16 BGG');
  });

  it("takes the theme's own status, check and enforcement body", () => {
    const { theme, diagnostics } = parseTheme(
      themeText([
        'accessibility:',
        '  status: full',
        '  checkedOn: 2026-10-01',
        '  checkedHow: BITV-Test',
        '  contact: { url: "https://acme.example.org/barriere" }',
        '  enforcement: { name: Landesdurchsetzungsstelle, url: "https://land.example.org" }',
        '  notes: { de: Hinweis, en: Note }',
      ]),
      'theme.yaml',
    );
    expect(diagnostics).toEqual([]);
    expect(accessibilityOf(theme!, ['de', 'en'], [], 'a.js')).toEqual({
      stringsFile: 'a.js',
      status: 'full',
      checkedOn: '2026-10-01',
      checkedHow: { de: 'BITV-Test', en: 'BITV-Test' },
      contact: { url: 'https://acme.example.org/barriere' },
      enforcement: { name: { de: 'Landesdurchsetzungsstelle', en: 'Landesdurchsetzungsstelle' }, url: 'https://land.example.org' },
      notes: { de: 'Hinweis', en: 'Note' },
      imagesWithoutAlt: [],
    });
  });

  it('reports a misspelt key and a wrong status as errors at line and column', () => {
    const { theme, diagnostics } = parseTheme(
      themeText(['accessibility:', '  status: teilweise', '  contact: { email: a@acme.example.org }', '  madOn: 2026-11-30']),
      'theme.yaml',
    );
    expect(theme).toBeUndefined();
    expect(brief(diagnostics)).toEqual([
      ['F003', 16, 11],
      ['F001', 18, 3],
    ]);
    expect(diagnostics[1]?.message).toBe('Unknown theme key "madOn".');
    expect(diagnostics[1]?.hint).toContain('status, madeOn, checkedOn, checkedHow, contact, enforcement, notes');
  });

  it('warns (T009) at accessibility.contact when it names no way to report a barrier', () => {
    const { theme, diagnostics } = parseTheme(themeText(['accessibility:', '  madeOn: 2026-11-30', '  contact: {}']), 'theme.yaml');
    expect(theme).toBeDefined();
    expect(brief(diagnostics)).toEqual([['T009', 17, 3]]);
    expect(diagnostics[0]?.severity).toBe('warning');
    expect(diagnostics[0]?.hint).toContain('accessibility.contact');
  });

  it('warns (T009) at the section without a contact, and at line 1 without a section', () => {
    expect(brief(parseTheme(themeText(['accessibility:', '  status: none']), 'theme.yaml').diagnostics)).toEqual([['T009', 15, 1]]);
    expect(brief(parseTheme(themeText([]), 'theme.yaml').diagnostics)).toEqual([['T009', 1, 1]]);
  });

  it('names the lessons that show an image without a text alternative', () => {
    const { theme } = parseTheme(themeText(['accessibility:', '  contact: { phone: "0123 456" }']), 'theme.yaml');
    const content = (id: string, html: string): LessonContent => ({ id, lang: 'de', objectives: [], pages: [{ title: 'P', html }], questions: [] });
    const contents = [
      content('01-a', '<p><img src="a.svg" alt="Ein Bild"></p>'),
      content('02-b', '<p><img src="b.svg" alt=""></p>'),
      content('03-c', '<img src="c.svg">'),
    ];
    expect(accessibilityOf(theme!, ['de'], contents, 'a.js').imagesWithoutAlt).toEqual(['02-b', '03-c']);
  });
});
