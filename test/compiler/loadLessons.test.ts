import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/compiler/diagnostics/diagnostics.ts';
import { loadLessons } from '../../src/compiler/load/loadLessons.ts';
import { fixture, useTempDir, writeTree } from './support/tempTree.ts';

const languages = ['de', 'en'];

describe('loadLessons', () => {
  const tmp = useTempDir();
  const load = () => loadLessons(tmp.path, languages, (path) => relative(tmp.path, path).split(sep).join('/') || '.');
  const brief = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.file, d.code, d.severity, d.line, d.col]);

  it('loads every lesson folder in number order, one variant per language file', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, {
      '10-backup/de.md': lesson,
      '10-backup/en.md': lesson,
      '2-email/de.md': lesson,
      '2-email/en.md': lesson,
      '.drafts/de.md': lesson,
    });
    const { lessons, diagnostics } = await load();
    expect(diagnostics).toEqual([]);
    expect(lessons.map((l) => [l.id, [...l.variants.keys()]])).toEqual([
      ['2-email', ['de', 'en']],
      ['10-backup', ['de', 'en']],
    ]);
    expect(lessons[0]?.variants.get('de')?.content.id).toBe('2-email');
  });

  it('reports a missing image as A001 at the image, and not once the file is there', async () => {
    const lesson = await fixture('valid/image-with-alt.md');
    await writeTree(tmp.path, { '02-email/de.md': lesson, '02-email/en.md': lesson });
    const missing = await load();
    expect(brief(missing.diagnostics)).toEqual([
      ['02-email/de.md', 'A001', 'error', 16, 34],
      ['02-email/en.md', 'A001', 'error', 16, 34],
    ]);
    expect(missing.diagnostics[0]?.message).toBe('Missing image "images/phishing-mail.svg".');

    await writeTree(tmp.path, { '02-email/images/phishing-mail.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
    expect((await load()).diagnostics).toEqual([]);
  });

  it('warns with L002, naming the missing file, when a language version is missing', async () => {
    await writeTree(tmp.path, { '02-email/en.md': await fixture('valid/minimal.md') });
    const { lessons, diagnostics } = await load();
    expect(brief(diagnostics)).toEqual([['02-email/de.md', 'L002', 'warning', 1, 1]]);
    expect(diagnostics[0]?.message).toBe('Lesson "02-email" has no de version.');
    expect(diagnostics[0]?.hint).toContain('learners see the en text');
    expect([...(lessons[0]?.variants.keys() ?? [])]).toEqual(['en']);
  });

  it('reports L007, not "the lesson is empty", for a lesson folder without any language file', async () => {
    await writeTree(tmp.path, { '02-email/notes.txt': 'todo' });
    const { diagnostics } = await load();
    expect(brief(diagnostics)).toEqual([['02-email', 'L007', 'error', 1, 1]]);
    expect(diagnostics[0]?.message).toBe('The lesson folder "02-email" holds no lesson file.');
    expect(diagnostics[0]?.hint).toContain('(de.md, en.md)');
  });

  it('reports A003, not "missing image", for an existing image outside the lesson folder', async () => {
    const lesson = (await fixture('valid/image-with-alt.md')).replace('](images/phishing-mail.svg)', '](../other/pic.svg)');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
    // The same path inside the folder exists too: dropping the ".." must not make it pass.
    await writeTree(tmp.path, { '02-email/de.md': lesson, '02-email/en.md': lesson, 'other/pic.svg': svg, '02-email/other/pic.svg': svg });
    const { lessons, diagnostics } = await load();
    expect(brief(diagnostics).filter(([, code]) => code !== 'L007')).toEqual([
      ['02-email/de.md', 'A003', 'error', 16, 34],
      ['02-email/en.md', 'A003', 'error', 16, 34],
    ]);
    expect(diagnostics.find((d) => d.code === 'A003')?.message).toBe('Image "../other/pic.svg" is outside the lesson folder.');
    expect(
      lessons
        .find((l) => l.id === '02-email')
        ?.variants.get('de')
        ?.assets.map((a) => a.src),
    ).toEqual(['../other/pic.svg']);
  });

  it('reports A003 for a path that only leaves the folder on the way: images/../../other/pic.svg', async () => {
    const lesson = (await fixture('valid/image-with-alt.md')).replace('](images/', '](images/../../other/');
    await writeTree(tmp.path, { '02-email/de.md': lesson, '02-email/en.md': lesson, 'other/phishing-mail.svg': '<svg/>' });
    expect((await load()).diagnostics.filter((d) => d.code.startsWith('A')).map((d) => d.code)).toEqual(['A003', 'A003']);
  });

  it('reports a lesson that breaks the compiler as R005 at its folder, and still checks the others', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, { '02-email/de.md': lesson, '02-email/en.md': lesson, '04-passwords/de.md': lesson, '04-passwords/en.md': lesson });
    let calls = 0;
    // The theme's values are read once per lesson and language: the first read fails unexpectedly.
    const variables = new Proxy(
      {},
      {
        get: () => {
          if (calls++ === 0) throw new Error('disk gone');
          return {};
        },
      },
    );
    const display = (path: string) => relative(tmp.path, path).split(sep).join('/');
    const { lessons, diagnostics } = await loadLessons(tmp.path, languages, display, { variables });
    expect(diagnostics.map((d) => [d.file, d.code, d.message])).toEqual([
      ['02-email', 'R005', 'Wachsam failed while reading this lesson folder: Error: disk gone'],
    ]);
    expect(lessons.map((l) => l.id)).toEqual(['04-passwords']);
  });

  it('reports L001 for two lesson ids that differ only in case, which clash on file shares', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, {
      '02-email/de.md': lesson,
      '02-email/en.md': lesson,
      '02-Email/de.md': lesson,
      '02-Email/en.md': lesson,
    });
    const { lessons, diagnostics } = await load();
    expect(brief(diagnostics)).toEqual([['02-Email', 'L001', 'error', 1, 1]]);
    expect(diagnostics[0]?.message).toMatch(/^Duplicate lesson id "02-Email" \(also .*02-email\)\.$/);
    expect(lessons.map((l) => l.id)).toEqual(['02-email']);
  });

  it('reports L004 for folder names that are not letters, digits and hyphens', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, {
      '03_passwords/de.md': lesson,
      '04 malware/de.md': lesson,
      '-05-backup/de.md': lesson,
    });
    const { lessons, diagnostics } = await load();
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['L004', 'Invalid lesson folder name "-05-backup".'],
      ['L004', 'Invalid lesson folder name "03_passwords".'],
      ['L004', 'Invalid lesson folder name "04 malware".'],
    ]);
    expect(lessons).toEqual([]);
  });

  it('reports L006 for a lessons folder without lesson folders', async () => {
    await writeTree(tmp.path, { 'README.md': '# Lessons' });
    expect(brief((await load()).diagnostics)).toEqual([['.', 'L006', 'error', 1, 1]]);
  });

  it('reports L006 for a lessons folder that does not exist', async () => {
    const diagnostics = (await loadLessons(`${tmp.path}/nowhere`, languages, (path) => relative(tmp.path, path))).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.message])).toEqual([['L006', 'No lessons found in "nowhere".']]);
  });

  it('warns with L005 about a Markdown file named after another language, and ignores it', async () => {
    const lesson = await fixture('valid/minimal.md');
    await writeTree(tmp.path, { '02-email/de.md': lesson, '02-email/en.md': lesson, '02-email/fr.md': lesson });
    const { lessons, diagnostics } = await load();
    expect(brief(diagnostics)).toEqual([['02-email/fr.md', 'L005', 'warning', 1, 1]]);
    expect(diagnostics[0]?.hint).toBe('name the file after one of the course languages: de, en.');
    expect([...(lessons[0]?.variants.keys() ?? [])]).toEqual(['de', 'en']);
  });

  it('passes on the parser diagnostics with the file path of each language version', async () => {
    await writeTree(tmp.path, {
      '02-email/de.md': await fixture('invalid/no-right-answer.md'),
      '02-email/en.md': await fixture('valid/minimal.md'),
    });
    expect(brief((await load()).diagnostics)).toEqual([['02-email/de.md', 'Q001', 'error', 17, 1]]);
  });
});
