import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { hasErrors } from '../../src/compiler/diagnostics.ts';
import { formatTally } from '../../src/compiler/formatDiagnostics.ts';
import { CONTENT_GLOBAL, contentFileOf, contentKey } from '../../src/shared/courseModel.ts';
import { fixture, useTempDir, writeTree } from './support/tempTree.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const defaultTheme = readFileSync(join(repo, 'themes/default/theme.yaml'), 'utf8');
/** The default theme's files, for a theme folder in a temporary tree. */
const themeFiles = {
  'theme/theme.yaml': defaultTheme,
  'theme/logo.svg': readFileSync(join(repo, 'themes/default/logo.svg'), 'utf8'),
  'theme/icon.svg': readFileSync(join(repo, 'themes/default/icon.svg'), 'utf8'),
};

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
        expect(written.has(file), file).toBe(true);
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
  const compile = () =>
    compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });

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
    expect(result.files.map((file) => file.fileName).filter((name) => name.endsWith('.js') && name.includes('.de.'))).toEqual([]);
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
        source: { copyFrom: `${join(tmp.path, 'lessons/02-email')}/images/phishing-mail.svg` },
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
