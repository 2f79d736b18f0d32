import { existsSync } from 'node:fs';
import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { hasErrors } from '../../src/compiler/diagnostics/diagnostics.ts';
import { formatTally } from '../../src/compiler/diagnostics/formatDiagnostics.ts';
import { contentPathProblem } from '../../src/build/scorm/buildScormPackage.ts';
import { CONTENT_GLOBAL, contentFileOf, contentKey, type LessonIndex, type SearchIndex } from '../../src/shared/courseModel.ts';
import { filledThemeFiles, filledThemeYaml, fixture, useTempDir, writeTree } from './support/tempTree.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
// A theme an organisation has filled in: these tests are about the lessons' diagnostics.
const themeFiles = filledThemeFiles;
const defaultTheme = filledThemeYaml;

describe('compileCourse on the lessons in this repository', () => {
  it('builds a course in de and en with no errors', async () => {
    const result = await compileCourse({
      lessonsDir: join(repo, 'lessons'),
      themeDir: join(repo, 'themes/default'),
      cwd: repo,
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const course = result.course!;
    expect(course.languages).toEqual(['de', 'en']);
    expect(course.lessons.length).toBeGreaterThanOrEqual(3);
    expect(result.lessonCount).toBe(course.lessons.length);

    const written = new Set(result.files.map((file) => file.fileName));
    for (const lesson of course.lessons) {
      for (const lang of course.languages) {
        const meta = lesson.variants[lang];
        expect(meta, `${lesson.id}/${lang}`).toBeDefined();
        const file = contentFileOf(course, lesson.id, meta!.lang);
        expect(written.has(file!), file).toBe(true);
        expect(meta!.questionCount, `${lesson.id}/${lang}`).toBeGreaterThan(0);
      }
    }
    for (const file of result.files) {
      if ('copyFrom' in file.source) expect(existsSync(file.source.copyFrom), file.source.copyFrom).toBe(true);
    }
  });
});

describe('compileCourse on temporary lesson folders', () => {
  const tmp = useTempDir();
  const compile = () => compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });

  it('reports the problems of all lessons in one run, sorted by file, line and column', async () => {
    const imageLesson = await fixture('valid/image-with-alt.md');
    await writeTree(tmp.path, {
      ...themeFiles,
      // Missing image (line 16, found by the loader) and no right answer (line 19, found by the parser).
      'lessons/02-email/de.md': imageLesson.replace('- [x] Yes.', '- [ ] Yes.'),
      'lessons/02-email/en.md': await fixture('invalid/wrong-type.md'),
      'lessons/03-passwords/de.md': await fixture('invalid/unclosed-check.md'),
      'lessons/03-passwords/en.md': await fixture('valid/minimal.md'),
      'lessons/04-malware/en.md': await fixture('invalid/remote-image.md'),
    });
    const result = await compile();
    expect(result.diagnostics.map((d) => [d.file, d.line, d.col, d.severity, d.code])).toEqual([
      ['lessons/02-email/de.md', 16, 34, 'error', 'A001'],
      ['lessons/02-email/de.md', 19, 1, 'error', 'Q001'],
      ['lessons/02-email/en.md', 4, 11, 'error', 'F003'],
      ['lessons/03-passwords/de.md', 16, 1, 'error', 'Q006'],
      ['lessons/04-malware/de.md', 1, 1, 'warning', 'L002'],
      ['lessons/04-malware/en.md', 14, 34, 'error', 'A002'],
    ]);
    expect(formatTally(result.diagnostics, result.lessonCount)).toBe('✖ 5 errors, 1 warning in 3 lessons');
    expect(result.course).toBeUndefined();
    expect(result.files).toEqual([]);
  });

  it('builds despite warnings, falling back to the language a lesson has', async () => {
    await writeTree(tmp.path, {
      ...themeFiles,
      'lessons/02-email/en.md': await fixture('valid/minimal.md'),
    });
    const result = await compile();
    expect(result.diagnostics.map((d) => d.code)).toEqual(['L002']);
    expect(hasErrors(result.diagnostics)).toBe(false);
    const [lesson] = result.course!.lessons;
    expect(lesson?.languages).toEqual(['en']);
    expect(lesson?.variants.de?.lang).toBe('en');
    expect(result.files.map((file) => file.fileName).filter((name) => name.startsWith('content/02-email.de.'))).toEqual([]);
    // The German lesson index lists the lesson with its English text and script.
    const index = result.files.find((file) => file.fileName === 'content/lessons.de.js')!.source;
    const registered = runInNewContext(`var self = {}; ${'text' in index ? index.text : ''}; self.wachsamLessons`) as Record<string, LessonIndex>;
    expect(registered['lessons/de']!.lessons).toEqual([
      expect.objectContaining({ id: '02-email', meta: expect.objectContaining({ lang: 'en' }), file: expect.stringMatching(/^content\/02-email\.en\./) }),
    ]);
    // Each lesson has a search shard per language of its text, named in the lesson index; German searches
    // the English fallback's pages, as plain text.
    const shard = result.course!.lessons[0]!.searchFiles.en!;
    expect(shard).toMatch(/^content\/02-email\.en-search\.[0-9a-f]{10}\.js$/);
    expect(registered['lessons/de']!.lessons[0]!.searchFile).toBe(shard);
    const searchScript = result.files.find((file) => file.fileName === shard)!.source;
    const searchIndex = runInNewContext(`var self = {}; ${'text' in searchScript ? searchScript.text : ''}; self.wachsamLessons`) as Record<
      string,
      SearchIndex
    >;
    expect(searchIndex['search:02-email/en']).toEqual({
      lang: 'en',
      pages: [{ lesson: '02-email', page: 1, title: 'The only page', text: 'One paragraph of text.' }],
    });
  });

  it('names each lesson script and search shard by its own text: one changed sentence renames that lesson in that language only', async () => {
    const lesson = await fixture('valid/minimal.md');
    const tree = { ...themeFiles, 'lessons/01-a/de.md': lesson, 'lessons/01-a/en.md': lesson, 'lessons/02-b/de.md': lesson, 'lessons/02-b/en.md': lesson };
    await writeTree(tmp.path, tree);
    const before = (await compile()).course!;
    await writeTree(tmp.path, { ...tree, 'lessons/02-b/en.md': lesson.replace('One paragraph of text.', 'One changed paragraph of text.') });
    const after = (await compile()).course!;
    const names = (course: typeof before) => course.lessons.flatMap((entry) => [...Object.values(entry.files), ...Object.values(entry.searchFiles)]);
    const renamed = names(after).filter((name) => !names(before).includes(name));
    // The lesson's text and its search shard: the search index of the other lessons stays as it was.
    expect(renamed).toEqual([
      expect.stringMatching(/^content\/02-b\.en\.[0-9a-f]{10}\.js$/),
      expect.stringMatching(/^content\/02-b\.en-search\.[0-9a-f]{10}\.js$/),
    ]);
    expect(names(after)).toHaveLength(8);
  });

  it('writes content scripts the player can load, and copies the lesson images', async () => {
    const lesson = await fixture('valid/image-with-alt.md');
    await writeTree(tmp.path, {
      ...themeFiles,
      'lessons/02-email/de.md': lesson,
      'lessons/02-email/en.md': lesson,
      'lessons/02-email/images/phishing-mail.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    const result = await compile();
    expect(result.diagnostics).toEqual([]);
    const meta = result.course!.lessons[0]!.variants.en!;
    const contentFile = contentFileOf(result.course!, '02-email', meta.lang);
    const script = result.files.find((file) => file.fileName === contentFile)!.source;
    expect(contentFile).toMatch(/^content\/02-email\.en\.[0-9a-f]{10}\.js$/);
    const self: Record<string, Record<string, unknown>> = {};
    runInNewContext((script as { text: string }).text, { self });
    expect(self[CONTENT_GLOBAL]?.[contentKey('02-email', 'en')]).toEqual(result.contents.find((c) => c.lang === 'en'));
    expect(result.files.filter((file) => file.fileName === 'content/02-email/images/phishing-mail.svg')).toEqual([
      {
        fileName: 'content/02-email/images/phishing-mail.svg',
        // Published as sanitised (svgSanitiser.ts): a clean SVG keeps its content.
        source: { text: '<svg xmlns="http://www.w3.org/2000/svg"/>\n' },
      },
    ]);
  });

  it('stops with T001 when the theme folder is missing', async () => {
    await writeTree(tmp.path, { 'lessons/02-email/en.md': await fixture('valid/minimal.md') });
    const result = await compileCourse({
      lessonsDir: join(tmp.path, 'lessons'),
      themeDir: join(tmp.path, 'no-such-theme'),
      cwd: tmp.path,
    });
    expect(result.diagnostics.map((d) => [d.file, d.code, d.severity])).toEqual([
      ['lessons/02-email/de.md', 'L002', 'warning'],
      ['no-such-theme/theme.yaml', 'T001', 'error'],
    ]);
    expect(result.course).toBeUndefined();
  });
});

/**
 * `check` and `build` agree: whatever the packages cannot hold is either given a portable name by the
 * compiler or reported by it, at the place that causes it, before anything is built.
 */
describe('compileCourse and the limits of the outputs', () => {
  const tmp = useTempDir();
  const compile = () => compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
  const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
  const withImages = (lesson: string, images: string) => lesson.replace('![A mail with a fake login link](images/phishing-mail.svg)', images);

  it('gives images with names no package can hold a portable output name, in the files and in the lesson text alike', async () => {
    const lesson = withImages(
      await fixture('valid/image-with-alt.md'),
      '![Overview](Übersicht.svg) ![Mine](<mein bild.png>) ![Photo](Foto.JPG) ![Upper](Bild.svg) ![Lower](bild.svg) ![Plain](plain-name.svg)',
    );
    const images = ['Übersicht.svg', 'mein bild.png', 'Foto.JPG', 'Bild.svg', 'bild.svg', 'plain-name.svg'];
    await writeTree(tmp.path, {
      ...themeFiles,
      'lessons/02-email/de.md': lesson,
      'lessons/02-email/en.md': lesson,
      // Each SVG names itself in its <title>: SVGs are published as sanitised text, the others copied.
      ...Object.fromEntries(images.map((name) => [`lessons/02-email/${name}`, svg.replace('/>', `><title>${name}</title></svg>`)])),
    });
    const result = await compile();
    expect(result.diagnostics).toEqual([]);
    const published = result.files.filter((file) => file.fileName.startsWith('content/02-email/') && !file.fileName.endsWith('.js'));
    const sourceName = (source: (typeof published)[number]['source']) =>
      'copyFrom' in source ? source.copyFrom.split('/').pop()! : /<title>(.*)<\/title>/.exec(source.text)![1]!;
    const bySource = new Map(published.map((file) => [sourceName(file.source), file.fileName]));
    expect([...bySource.keys()].sort()).toEqual([...images].sort());
    expect(bySource.get('Übersicht.svg')).toMatch(/^content\/02-email\/Uebersicht-[0-9a-f]{6}\.svg$/);
    expect(bySource.get('mein bild.png')).toMatch(/^content\/02-email\/mein-bild-[0-9a-f]{6}\.png$/);
    expect(bySource.get('Foto.JPG')).toMatch(/^content\/02-email\/Foto-[0-9a-f]{6}\.jpg$/);
    expect(bySource.get('plain-name.svg')).toBe('content/02-email/plain-name.svg');
    // Bild.svg and bild.svg would overwrite each other on a Windows file share.
    const cased = [bySource.get('Bild.svg')!, bySource.get('bild.svg')!];
    expect(new Set(cased.map((name) => name.toLowerCase())).size).toBe(2);
    for (const name of bySource.values()) expect(contentPathProblem(name), name).toBeUndefined();
    for (const content of result.contents) {
      const sources = [
        ...content.pages
          .map((page) => page.html)
          .join('')
          .matchAll(/<img src="([^"]+)"/g),
      ].map((match) => match[1]);
      expect(sources, content.lang).toEqual([...bySource.values()].filter((name) => sources.includes(name)));
      expect(sources).toHaveLength(images.length);
    }
    // The same lesson compiles to the same names: rebuilds stay byte-identical.
    expect((await compile()).files.map((file) => file.fileName)).toEqual(result.files.map((file) => file.fileName));
  });

  it('gives theme files the same portable names (a logo Brand/Logo.SVG)', async () => {
    const theme = defaultTheme.replace(/^ {2}logo: logo\.svg$/m, '  logo: Brand/Logo.SVG').replace(/^ {2}icon: icon\.svg$/m, '  icon: icon.svg');
    expect(theme).toContain('Brand/Logo.SVG');
    await writeTree(tmp.path, {
      ...themeFiles,
      'theme/theme.yaml': theme,
      'theme/Brand/Logo.SVG': svg,
      'lessons/02-email/en.md': await fixture('valid/minimal.md'),
    });
    const result = await compile();
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.course!.brand.logo).toMatch(/^brand\/Brand\/Logo-[0-9a-f]{6}\.svg$/);
    const logo = result.files.find((file) => file.fileName === result.course!.brand.logo);
    expect(logo?.source).toEqual({ text: `${svg}\n` });
    expect(result.course!.brand.icon).toBe('brand/icon.svg');
  });

  it("carries the theme's edition, next steps and certificate settings into the model", async () => {
    const lesson = { 'lessons/02-email/en.md': await fixture('valid/minimal.md') };
    await writeTree(tmp.path, { ...themeFiles, ...lesson });
    const release = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')).version;
    const plain = (await compile()).course!;
    expect(plain.version, 'the Wachsam release by default').toBe(release);
    expect(plain.certificate, 'on by default, no signer').toEqual({});
    expect(plain.nextSteps[0]?.de).toMatch(/^Melden Sie verdächtige E-Mails/);

    const theme = defaultTheme
      .replace(/^ {2}nextSteps:\n( {4,}.*\n)+/m, '  nextSteps: [{ de: Melden Sie Phishing an Raum 1.01., en: Report phishing to room 1.01. }]\n')
      .replace(/^course:\n/m, 'course:\n  version: "2026.2"\n')
      .replace(
        /^certificate:\n {2}enabled: true\n/m,
        'certificate:\n  signer: { role: { de: Informationssicherheitsbeauftragte, en: Information security officer }, name: Dr. Beispiel }\n',
      );
    await writeTree(tmp.path, { 'theme/theme.yaml': theme });
    const themed = (await compile()).course!;
    expect(themed.version).toBe('2026.2');
    expect(themed.nextSteps).toEqual([{ de: 'Melden Sie Phishing an Raum 1.01.', en: 'Report phishing to room 1.01.' }]);
    expect(themed.certificate).toEqual({
      signer: { role: { de: 'Informationssicherheitsbeauftragte', en: 'Information security officer' }, name: { de: 'Dr. Beispiel', en: 'Dr. Beispiel' } },
    });

    await writeTree(tmp.path, { 'theme/theme.yaml': defaultTheme.replace(/^certificate:\n {2}enabled: true\n/m, 'certificate:\n  enabled: false\n') });
    expect((await compile()).course!.certificate, 'switched off: no certificate route').toBeUndefined();

    const badVersion = defaultTheme.replace(/^course:\n/m, 'course:\n  version: "2026 / 2"\n');
    await writeTree(tmp.path, { 'theme/theme.yaml': badVersion });
    const line = badVersion.split('\n').indexOf('  version: "2026 / 2"') + 1;
    const errors = (await compile()).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.file, d.line, d.col, d.code])).toEqual([['theme/theme.yaml', line, 12, 'F003']]);
  });

  it('reports a course title too long for SCORM 1.2 (T007) at its key in theme.yaml', async () => {
    const long = 'Sicher arbeiten '.repeat(13).trim();
    expect(long.length).toBeGreaterThan(200);
    const theme = defaultTheme.replace(/^ {4}en: "Wachsam: Security awareness at work"$/m, `    en: "${long}"`);
    await writeTree(tmp.path, { ...themeFiles, 'theme/theme.yaml': theme, 'lessons/02-email/en.md': await fixture('valid/minimal.md') });
    const line = theme.split('\n').findIndex((text) => text.includes(long)) + 1;
    const result = await compile();
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.file, d.line, d.col, d.code])).toEqual([['theme/theme.yaml', line, 9, 'T007']]);
    expect(errors[0]!.message).toBe(`The course title (en) has ${long.length} characters; SCORM 1.2 packages allow at most 200.`);
    expect(result.course).toBeUndefined();

    await writeTree(tmp.path, { 'theme/theme.yaml': theme.replace(long, long.slice(0, 200)) });
    expect((await compile()).course).toBeDefined();
  });

  it('reports images the offline bundle cannot keep (A005, A006) and lesson ids too long for packages (C001)', async () => {
    const longId = `02-${'e'.repeat(62)}`;
    const lesson = withImages(await fixture('valid/image-with-alt.md'), '![Scan](scan.tiff)\n\n![Huge](huge.png)');
    await writeTree(tmp.path, {
      ...themeFiles,
      'lessons/02-email/en.md': lesson,
      'lessons/02-email/scan.tiff': 'II*',
      'lessons/02-email/huge.png': '',
      [`lessons/${longId}/en.md`]: await fixture('valid/minimal.md'),
      [`lessons/${longId.slice(0, -1)}/en.md`]: await fixture('valid/minimal.md'),
    });
    await truncate(join(tmp.path, 'lessons/02-email/huge.png'), 26 * 1024 * 1024);
    const errors = (await compile()).diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.file, d.line, d.col, d.code])).toEqual([
      [`lessons/${longId}`, 1, 1, 'C001'],
      ['lessons/02-email/en.md', 16, 9, 'A006'],
      ['lessons/02-email/en.md', 18, 9, 'A005'],
    ]);
    expect(errors[2]!.message).toBe('Image "huge.png" is 26.0 MB; the offline bundle keeps files of at most 25.0 MB.');
  });
});
