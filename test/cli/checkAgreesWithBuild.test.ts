import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from '../support/cliInProcess.ts';

/** A copy of one course lesson, plus lines inserted before its second page. */
async function lessonsWith(root: string, markdown: string, images: string[]): Promise<string> {
  const lessons = join(root, 'lessons');
  await cp('lessons/02-email', join(lessons, '02-email'), { recursive: true });
  for (const lang of ['de', 'en']) {
    const file = join(lessons, '02-email', `${lang}.md`);
    const text = await readFile(file, 'utf8');
    const second = text.indexOf('\n## ', text.indexOf('\n## ') + 1);
    await writeFile(file, `${text.slice(0, second)}\n${markdown}\n${text.slice(second)}`);
  }
  for (const name of images) await cp('lessons/02-email/phishing-mail.svg', join(lessons, '02-email', name));
  return lessons;
}

describe('a lesson image named Übersicht.svg or "mein bild.png"', () => {
  let work: string;
  let out: string;
  let result: { code: number; out: string };
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'names-'));
    out = join(work, 'dist');
    const lessons = await lessonsWith(work, '![Überblick](Übersicht.svg)\n\n![Mein Bild](<mein bild.png>)', ['Übersicht.svg', 'mein bild.png']);
    expect((await cliInProcess('check', '--lessons', lessons)).code).toBe(0);
    result = await cliInProcess('build', '--lessons', lessons, '--out', out);
  }, 180_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('builds, under the same portable names in the web bundle, the intranet zip and both SCORM zips', async () => {
    expect(result.out).not.toMatch(/^\s+at /m);
    expect(result.code).toBe(0);
    const web = (await readdir(join(out, 'web'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(join(out, 'web'), join(entry.parentPath, entry.name)));
    const images = web.filter((path) => /^content\/02-email\/(Uebersicht|mein-bild)-[0-9a-f]{6}\.(svg|png)$/.test(path)).sort();
    expect(images).toHaveLength(2);
    const zips = { 'wachsam-intranet.zip': 'web/', 'wachsam-scorm12.zip': '', 'wachsam-scorm2004.zip': '' };
    for (const [zip, prefix] of Object.entries(zips)) {
      const entries = unzipSync(new Uint8Array(await readFile(join(out, zip))));
      expect(
        Object.keys(entries)
          .filter((path) => path.includes('content/02-email/') && !path.endsWith('phishing-mail.svg'))
          .sort(),
        zip,
      ).toEqual(images.map((path) => `${prefix}${path}`));
      const scripts = Object.entries(entries).filter(([path]) => /content\/02-email\.(de|en)\.[0-9a-f]+\.js$/.test(path));
      expect(scripts, zip).toHaveLength(2);
      for (const [path, bytes] of scripts) {
        const text = new TextDecoder().decode(bytes);
        for (const image of images) expect(text, `${zip} ${path}`).toContain(`src=\\"${image}\\"`);
      }
    }
  });
});

describe('a course title over 200 characters', () => {
  let work: string;
  let theme: string;
  let lessons: string;
  let line: number;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'long-title-'));
    lessons = await lessonsWith(work, '', []);
    theme = join(work, 'theme');
    await cp('themes/default', theme, { recursive: true });
    const yaml = await readFile(join(theme, 'theme.yaml'), 'utf8');
    const long = `Wachsam: ${'Informationssicherheit im Arbeitsalltag, '.repeat(5)}kurz erklärt`;
    const changed = yaml.replace(/^ {4}de: "Wachsam: Informationssicherheit im Arbeitsalltag"$/m, `    de: "${long}"`);
    expect(changed).not.toBe(yaml);
    await writeFile(join(theme, 'theme.yaml'), changed);
    line = changed.split('\n').findIndex((text) => text.includes(long)) + 1;
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('fails check with T007 at the title in theme.yaml', async () => {
    const result = await cliInProcess('check', '--lessons', lessons, '--theme', theme);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      new RegExp(`theme/theme\\.yaml:${line}:9 error T007 The course title \\(de\\) has \\d+ characters; SCORM 1\\.2 packages allow at most 200\\.`),
    );
  });

  it('stops build with the same diagnostic before anything is built', async () => {
    const out = join(work, 'dist');
    const result = await cliInProcess('build', '--lessons', lessons, '--theme', theme, '--out', out);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(new RegExp(`theme\\.yaml:${line}:9 error T007 `));
    expect(result.out).toContain(`Nothing was written; ${out} is unchanged.`);
    expect(result.out).not.toMatch(/^\s+at /m);
  });
});
