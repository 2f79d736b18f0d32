import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostics/formatDiagnostics.ts';
import { loadTheme } from '../../src/compiler/load/loadTheme.ts';
import { fixture, useTempDir, writeTree } from './support/tempTree.ts';

/** A small valid theme.yaml, line by line, so tests can point at lines. */
function themeLines(overrides: { course?: string[]; organisation?: string[]; light?: string[]; brand?: string[] } = {}): string[] {
  return [
    'organisation:', //                                     1
    ...(overrides.organisation ?? ['  name: Acme', '  variables:', '    reportPhishing: to phishing@acme.example.org']),
    'brand:',
    ...(overrides.brand ?? ['  logo: logo.svg']),
    '  colors:',
    '    light:',
    ...(overrides.light ?? ['      primary: "#1d4e89"', '      accent: "#0b6e4f"', '      text: "#1b1f24"', '      background: "#ffffff"']),
    '    dark:',
    '      primary: "#8cb8ee"',
    '      accent: "#5fd3a6"',
    '      text: "#e8ebef"',
    '      background: "#121417"',
    'course:',
    ...(overrides.course ?? ['  title: Security at Acme', '  description: Short lessons.']),
    'accessibility: { contact: { email: a11y@acme.example.org } }', // without a contact every theme warns (T009)
  ];
}

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Acme</title></svg>';

describe('loadTheme', () => {
  const tmp = useTempDir();
  const display = (path: string) => relative(tmp.path, path);
  const load = (dir = join(tmp.path, 'theme')) => loadTheme(dir, display);
  const theme = (lines: string[], files: Record<string, string> = { 'theme/logo.svg': LOGO }) =>
    writeTree(tmp.path, { 'theme/theme.yaml': `${lines.join('\n')}\n`, ...files });
  const brief = (diagnostics: { code: string; line: number; col: number }[]) => diagnostics.map((d) => [d.code, d.line, d.col]);

  it('reads a theme and fills in the defaults', async () => {
    await theme(themeLines());
    const { theme: loaded, diagnostics } = await load();
    expect(diagnostics).toEqual([]);
    expect(loaded?.course).toEqual({
      id: 'wachsam',
      title: 'Security at Acme',
      description: 'Short lessons.',
      languages: ['de', 'en'],
      passMark: 80,
      nextSteps: [],
    });
    expect(loaded?.certificate, 'the certificate is on unless switched off').toEqual({ enabled: true });
    expect(loaded?.organisation.contacts).toEqual([]);
    expect(loaded?.brand.fonts).toEqual([]);
  });

  it('reports an unknown nested key as F001 at the key, listing the keys allowed there', async () => {
    await theme(themeLines({ course: ['  title: Acme', '  description: Lessons.', '  pasMark: 70'] }));
    const { theme: loaded, diagnostics } = await load();
    expect(brief(diagnostics)).toEqual([['F001', 21, 3]]);
    expect(diagnostics[0]?.message).toBe('Unknown theme key "pasMark".');
    expect(diagnostics[0]?.hint).toContain('allowed keys are: id, title, description, languages, passMark, version, nextSteps, lessons.');
    expect(loaded).toBeUndefined();
  });

  it('reports an unknown top-level key as F001 at the key', async () => {
    await theme([...themeLines(), 'colour: red']);
    const { diagnostics } = await load();
    expect(brief(diagnostics)).toEqual([['F001', 22, 1]]);
    expect(diagnostics[0]?.hint).toContain('allowed keys are: organisation, brand, course, raffle, certificate, completion, accessibility.');
  });

  it('reports a wrong value as F003 at the value, and a missing key as F002', async () => {
    await theme(themeLines({ course: ['  title: Acme', '  description: Lessons.', '  passMark: high'] }));
    expect(brief((await load()).diagnostics)).toEqual([['F003', 21, 13]]);
    await theme(themeLines({ course: ['  title: Acme'] }));
    const missing = (await load()).diagnostics;
    expect(missing.map((d) => [d.code, d.message])).toEqual([['F002', 'Missing theme key "course.description".']]);
    expect(missing[0]?.hint).toBe('add "description: …" under course in theme.yaml.');
  });

  it('reports a missing logo at its line, with a hint', async () => {
    await theme(themeLines({ brand: ['  logo: missing-logo.svg'] }), {});
    const { diagnostics } = await load();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'theme/theme.yaml:6:9 error T002 Theme file "missing-logo.svg" (brand.logo) not found.\n  hint: put the file into the theme folder, next to theme.yaml, and check the spelling and case of its name.',
    ]);
  });

  it('refuses a logo over 200 KB and a logo that is not SVG or PNG', async () => {
    await theme(themeLines(), { 'theme/logo.svg': `<svg xmlns="http://www.w3.org/2000/svg"><!--${'x'.repeat(210 * 1024)}--></svg>` });
    const { diagnostics } = await load();
    expect(brief(diagnostics)).toEqual([['T003', 6, 9]]);
    expect(diagnostics[0]?.message).toMatch(/^Logo "logo\.svg" is 2\d\d KB; at most 200 KB are allowed\.$/);
    await theme(themeLines({ brand: ['  logo: logo.gif'] }), { 'theme/logo.gif': 'GIF89a' });
    expect((await load()).diagnostics.map((d) => d.code)).toEqual(['F003']);
  });

  it('fails poor contrast, naming the pair, its ratio and the nearest colour that passes', async () => {
    await theme(themeLines({ light: ['      primary: "#4da3ff"', '      accent: "#0b6e4f"', '      text: "#777777"', '      background: "#ffffff"'] }));
    const { theme: loaded, diagnostics } = await load();
    expect(loaded).toBeUndefined();
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'theme/theme.yaml:9:16 error T004 Colour contrast too low in light mode: #4da3ff (primary) on #ffffff (background) is 2.62:1; links and outlined buttons, and button labels and the header need at least 4.5:1.\n  hint: the nearest colour that passes is #1c78d1: brand.colors.light.primary: "#1c78d1".',
      'theme/theme.yaml:11:13 error T004 Colour contrast too low in light mode: #777777 (text) on #ffffff (background) is 4.47:1; body text need at least 4.5:1.\n  hint: the nearest colour that passes is #767676: brand.colors.light.text: "#767676".',
    ]);
  });

  it('reports a missing theme folder as T001 naming theme.yaml', async () => {
    const { theme: loaded, diagnostics } = await load(join(tmp.path, 'missing'));
    expect(diagnostics.map((d) => [d.file, d.code, d.severity, d.line, d.col])).toEqual([['missing/theme.yaml', 'T001', 'error', 1, 1]]);
    expect(loaded).toBeUndefined();
  });

  it('reports an alias bomb in theme.yaml as Y002 at its first alias instead of throwing', async () => {
    const bomb = ['x: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [index, name] of ['b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].entries()) {
      bomb.push(
        `${name}: &${name} [${Array(9)
          .fill(`*${String.fromCharCode(97 + index)}`)
          .join(', ')}]`,
      );
    }
    await theme([...themeLines(), ...bomb]);
    const lines = themeLines().length;
    const { theme: loaded, diagnostics } = await load();
    expect(brief(diagnostics)).toEqual([['Y002', lines + 2, 8]]);
    expect(loaded).toBeUndefined();
  });

  it('reports 3,000 levels of nesting in theme.yaml as Y003 instead of overflowing the stack', async () => {
    const deep = Array.from({ length: 3000 }, (_, depth) => `${' '.repeat(depth)}a:`);
    await theme([...deep.slice(0, -1), `${deep.at(-1)} 1`, ...themeLines()]);
    expect((await load()).diagnostics.map((d) => d.code)).toEqual(['Y003']);
  });
});

describe('themes and lessons together', () => {
  const tmp = useTempDir();
  const compile = () => compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });

  it('fills placeholders per language, in pages, feedback and frontmatter', async () => {
    const lesson = (await fixture('valid/minimal.md'))
      .replace('summary: A lesson written for the compiler tests.', 'summary: Report to {{ org.reportPhishing }}.')
      .replace('One paragraph of text.', 'Report suspicious mail {{org.reportPhishing}}; {{ org.name }} thanks you.');
    await writeTree(tmp.path, {
      'theme/theme.yaml': `${themeLines({ organisation: ['  name: { de: Acme Amt, en: Acme Office }', '  variables:', '    reportPhishing: { de: an phishing@acme.example.org, en: to phishing@acme.example.org }'] }).join('\n')}\n`,
      'theme/logo.svg': LOGO,
      'lessons/02-mail/de.md': lesson,
      'lessons/02-mail/en.md': lesson,
    });
    const { course, contents, diagnostics } = await compile();
    expect(diagnostics).toEqual([]);
    const de = contents.find((content) => content.lang === 'de')!;
    const en = contents.find((content) => content.lang === 'en')!;
    expect(de.pages[0]?.html).toContain('Report suspicious mail an phishing@acme.example.org; Acme Amt thanks you.');
    expect(en.pages[0]?.html).toContain('Report suspicious mail to phishing@acme.example.org; Acme Office thanks you.');
    expect(course?.lessons[0]?.variants.en?.summary).toBe('Report to to phishing@acme.example.org.');
    expect(course?.lessons[0]?.localised).toBe(true);
  });

  it('reports a placeholder the theme does not define at its line and column', async () => {
    const lesson = (await fixture('valid/minimal.md')).replace('One paragraph of text.', 'Call {{ org.hotline }} now.');
    await writeTree(tmp.path, {
      'theme/theme.yaml': `${themeLines().join('\n')}\n`,
      'theme/logo.svg': LOGO,
      'lessons/02-mail/en.md': lesson,
      'lessons/02-mail/de.md': lesson,
    });
    const { course, diagnostics } = await compile();
    expect(course).toBeUndefined();
    const line = lesson.split('\n').findIndex((text) => text.includes('{{ org.hotline }}')) + 1;
    expect(diagnostics.map((d) => [d.file, d.code, d.line, d.col])).toEqual([
      ['lessons/02-mail/de.md', 'P003', line, 6],
      ['lessons/02-mail/en.md', 'P003', line, 6],
    ]);
    expect(diagnostics[0]?.message).toBe('The theme does not define {{ org.hotline }}.');
    expect(diagnostics[0]?.hint).toContain('org.reportPhishing');
  });

  it('adds theme lessons, replaces a course lesson of the same id, and follows course.lessons', async () => {
    const lesson = await fixture('valid/minimal.md');
    const local = lesson.replace('title: Fixture lesson', 'title: Local lesson');
    await writeTree(tmp.path, {
      'theme/theme.yaml': `${themeLines({ course: ['  title: Acme', '  description: Lessons.', '  lessons: [01-local, 03-b, 02-a]'] }).join('\n')}\n`,
      'theme/logo.svg': LOGO,
      'theme/lessons/01-local/de.md': local,
      'theme/lessons/01-local/en.md': local,
      'theme/lessons/03-b/de.md': local,
      'theme/lessons/03-b/en.md': local,
      'lessons/02-a/de.md': lesson,
      'lessons/02-a/en.md': lesson,
      'lessons/03-b/de.md': lesson,
      'lessons/03-b/en.md': lesson,
      'lessons/04-c/de.md': lesson,
      'lessons/04-c/en.md': lesson,
    });
    const { course, diagnostics } = await compile();
    expect(diagnostics).toEqual([]);
    expect(course?.lessons.map((l) => [l.id, l.origin, l.variants.en?.title])).toEqual([
      ['01-local', 'added', 'Local lesson'],
      ['03-b', 'replaced', 'Local lesson'],
      ['02-a', 'course', 'Fixture lesson'],
    ]);
  });

  it('reports a lesson id in course.lessons that does not exist at its place', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, {
      'theme/theme.yaml': `${themeLines({ course: ['  title: Acme', '  description: Lessons.', '  lessons: [02-a, 09-nope]'] }).join('\n')}\n`,
      'theme/logo.svg': LOGO,
      'lessons/02-a/de.md': lesson,
      'lessons/02-a/en.md': lesson,
    });
    const { diagnostics } = await compile();
    expect(diagnostics.map((d) => [d.file, d.code, d.line, d.col, d.message])).toEqual([
      ['theme/theme.yaml', 'T005', 21, 19, 'course.lessons names "09-nope", which is no lesson.'],
    ]);
  });
});
