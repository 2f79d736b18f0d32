import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERVIEW_BUDGET } from '../../src/bench/budgets.ts';
import type { BuildReport } from '../../src/build/buildReport.ts';
import { builtCourse } from '../support/builtCourse.ts';
import { cliInProcess } from '../support/cliInProcess.ts';
import { de } from '../../src/shared/strings/de.ts';
import { en } from '../../src/shared/strings/en.ts';

/** A copy of the course's lessons with three mistakes in two files, in a folder of its own. */
async function brokenLessons(work: string, name: string): Promise<string> {
  const lessons = join(work, name);
  await cp('lessons', lessons, { recursive: true });
  const file = join(lessons, '02-email/en.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^title:/m, 'titel:').replace(/- \[x\]/, '- [ ]'));
  await writeFile(join(lessons, '04-passwords/de.md'), '---\ntitle: [unclosed\n---\n');
  return lessons;
}

// Each test reads the default course as built once per run (shared with other test files, never
// written to), or makes what it needs itself in its own folder: no test depends on another having run
// (or having finished within its time limit).
describe('npm run build', () => {
  let work: string;
  let out: string;
  let result: { code: number; out: string };
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wachsam-cli-'));
    const built = await builtCourse('unit', 'default');
    out = built.out;
    result = { code: 0, out: built.output };
  }, 240_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('builds the default course, reports progress and a summary, and writes report.json', async () => {
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Compiled \d+ lessons in de, en\./);
    expect(result.out).toMatch(/Built the intranet bundle: \d+ files\./);
    expect(result.out).toMatch(/Built wachsam-scorm12\.zip: \d+ files, [\d.]+ KB\./);
    expect(result.out).toMatch(/Built wachsam-scorm2004\.zip: \d+ files, [\d.]+ KB\./);
    expect(result.out).toContain('✔ Wachsam');
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as BuildReport;
    expect(report.course).toMatchObject({ id: 'wachsam', languages: ['de', 'en'] });
    expect(report.lessons.map((lesson) => lesson.id)).toEqual(expect.arrayContaining(['02-email', '04-passwords', '05-malware']));
    for (const lesson of report.lessons) {
      expect(lesson.languages).toEqual(['de', 'en']);
      expect(lesson.pages.de).toBe(lesson.pages.en);
      expect(lesson.questions.de).toBeGreaterThanOrEqual(5);
    }
    const index = report.files.find((file) => file.path === 'web/index.html')!;
    expect(index.bytes).toBe((await readFile(join(out, 'web/index.html'))).length);
    expect(index.gzipBytes).toBeGreaterThan(0);
    expect(report.files.some((file) => /^web\/content\/02-email\.de\.[0-9a-f]+\.js$/.test(file.path))).toBe(true);
    // The default theme is the template: it warns for each placeholder text (T010) with file and line,
    // like a theme of one's own, and one line says how to make that.
    expect(report.warnings.length).toBeGreaterThan(0);
    expect(report.warnings.filter((warning) => warning.code !== 'T010')).toEqual([]);
    expect(result.out).toMatch(/^themes\/default\/theme\.yaml:\d+:\d+ warning T010 organisation\.name\.de still holds "Ihre Organisation"/m);
    expect(result.out).toMatch(/^ {2}template {3}the \d+ T010 warnings are expected: themes\/default\/theme\.yaml is the template\./m);
    // The size budget: what the overview loads (index.html, the scripts and stylesheets it links, the
    // player's chunks), lesson text not included.
    const linked = [...(await readFile(join(out, 'web/index.html'), 'utf8')).matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map(
      (match) => `web/${match[1]}`,
    );
    expect(linked).toEqual(expect.arrayContaining([expect.stringMatching(/^web\/preload-/), expect.stringMatching(/^web\/theme-/)]));
    const shell = report.files.filter((file) => file.path === 'web/index.html' || linked.includes(file.path) || /^web\/assets\/.+\.(js|css)$/.test(file.path));
    expect(
      shell.reduce((sum, file) => sum + file.gzipBytes, 0),
      'gzipped bytes of HTML+JS+CSS',
    ).toBeLessThanOrEqual(OVERVIEW_BUDGET);
    // The first load names no lesson and holds no UI string: it does not grow with the course, and a
    // learner loads the strings of their language only (with its lesson index).
    const firstLoad = (await Promise.all(shell.map((file) => readFile(join(out, file.path), 'utf8')))).join('\n');
    for (const lesson of report.lessons) expect(firstLoad, lesson.id).not.toContain(lesson.id);
    const englishIndex = await readFile(join(out, 'web/content/lessons.en.js'), 'utf8');
    for (const lesson of report.lessons) expect(englishIndex).toContain(`"id":"${lesson.id}"`);
    for (const [lang, strings] of Object.entries({ de, en })) {
      for (const [key, text] of Object.entries(strings)) if (text.length >= 25) expect(firstLoad, `${lang} ${key}`).not.toContain(text);
    }
    // Each language's search index is fetched on the first search: not linked from the first load, named by its lesson index.
    expect(Object.keys(report.search)).toEqual(['de', 'en']);
    for (const size of Object.values(report.search)) expect(size.files).toBe(report.lessons.length);
    expect(shell.filter((file) => file.path.includes('-search.'))).toEqual([]);
    expect(firstLoad).not.toContain('-search.');
    const shards = [...englishIndex.matchAll(/"searchFile":"(content\/[^"]+)"/g)].map((match) => match[1]!);
    expect(shards).toHaveLength(report.lessons.length);
    for (const shard of shards) expect(shard).toMatch(/^content\/[^/]+\.en-search\.[0-9a-f]{10}\.js$/);
    const shardSizes = report.files.filter((file) => shards.includes(file.path.replace('web/', '')));
    expect(shardSizes.reduce((sum, file) => sum + file.gzipBytes, 0)).toBe(report.search.en!.gzipBytes);
    expect(englishIndex).toContain(JSON.stringify(en.skipToContent));
    expect(englishIndex).not.toContain(JSON.stringify(de.skipToContent));
    // Without a completion section the bundle holds none of the receipt's code, styles or strings.
    expect(`${firstLoad}\n${englishIndex}`).not.toMatch(/completion-receipt|completionSubmit|\/completions/);
    for (const zip of ['wachsam-scorm12.zip', 'wachsam-scorm2004.zip']) {
      expect(report.files.find((file) => file.path === zip)?.bytes).toBe((await readFile(join(out, zip))).length);
    }
  });

  it('writes the intranet zip: the whole bundle under web/ and the admin guide in both languages, deterministically', async () => {
    const zip = await readFile(join(out, 'wachsam-intranet.zip'));
    const entries = unzipSync(new Uint8Array(zip));
    const web = (await readdir(join(out, 'web'), { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => `web/${relative(join(out, 'web'), join(entry.parentPath, entry.name))}`);
    expect(Object.keys(entries).sort()).toEqual([...web, 'admin-guide.de.html', 'admin-guide.en.html', 'security-header.html'].sort());
    expect(web).toEqual(expect.arrayContaining(['web/index.html', 'web/sw.js', 'web/manifest.webmanifest']));
    const de = new TextDecoder().decode(entries['admin-guide.de.html']);
    const en = new TextDecoder().decode(entries['admin-guide.en.html']);
    expect(de).toContain('<html lang="de">');
    expect(de).toContain('Dateifreigabe');
    expect(de).toContain('HTTPS');
    expect(en).toContain('<html lang="en">');
    for (const topic of ['web server', 'file share', 'Updating', 'HTTPS', 'Your logo in five minutes']) expect(en).toContain(topic);
    expect(de).toContain('Ihr Logo in fünf Minuten');
    // What a learner's device downloads, measured for this build: per language, and all of it.
    const row = (name: string) => new RegExp(`<td>${name}</td>\\s*<td[^>]*>(\\d+)</td>\\s*<td[^>]*>([\\d.,]+) KB</td>\\s*<td[^>]*>([\\d.,]+) KB</td>`);
    for (const name of ['First visit in German', 'First visit in English', 'All languages \\(what the device keeps\\)']) expect(en).toMatch(row(name));
    for (const name of ['Erster Besuch auf Deutsch', 'Erster Besuch auf Englisch']) expect(de).toMatch(row(name));
    const files = (name: string) => Number(row(name).exec(en)![1]);
    expect(files('First visit in German')).toBeLessThan(files('All languages \\(what the device keeps\\)'));
    const { lessons } = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as BuildReport;
    expect(files('All languages \\(what the device keeps\\)') - files('First visit in German'), 'the English lesson texts and search shards').toBe(
      lessons.length * 2,
    );
    // The Security section links the header guide, which is in the zip as a page too.
    for (const guide of [de, en]) expect(guide).toContain('href="security-header.html"');
    expect(new TextDecoder().decode(entries['security-header.html'])).toContain('Content-Security-Policy');

    const again = join(work, 'again');
    expect((await cliInProcess('build', '--out', again)).code).toBe(0);
    for (const name of ['wachsam-intranet.zip', 'wachsam-scorm12.zip', 'wachsam-scorm2004.zip']) {
      expect((await readFile(join(again, name))).equals(await readFile(join(out, name))), `${name} is the same bytes`).toBe(true);
    }
  }, 240_000);

  it('keeps service workers out of the SCORM packages', async () => {
    for (const name of ['wachsam-scorm12.zip', 'wachsam-scorm2004.zip']) {
      const entries = unzipSync(new Uint8Array(await readFile(join(out, name))));
      expect(
        Object.keys(entries).filter((path) => /sw\.js|workbox|webmanifest/.test(path)),
        name,
      ).toEqual([]);
      const scripts = Object.entries(entries).filter(([path]) => path.endsWith('.js'));
      for (const [path, bytes] of scripts) expect(new TextDecoder().decode(bytes), `${name}: ${path}`).not.toContain('serviceWorker.register');
    }
    const web = await readdir(join(out, 'web', 'assets'));
    const player = await readFile(join(out, 'web', 'assets', web.find((file) => file.endsWith('.js'))!), 'utf8');
    expect(player).toContain('serviceWorker');
  });

  it('leaves an earlier build untouched and exits 1 when a lesson has errors, listing all of them', async () => {
    const earlier = join(work, 'earlier');
    await cp(out, earlier, { recursive: true });
    const before = await readFile(join(earlier, 'web/index.html'), 'utf8');
    const zipBefore = await readFile(join(earlier, 'wachsam-scorm12.zip'));
    const lessons = await brokenLessons(work, 'broken');

    const failed = await cliInProcess('build', '--lessons', lessons, '--out', earlier);
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(/broken\/02-email\/en\.md:\d+:\d+ error F001 Unknown frontmatter key "titel"\./);
    expect(failed.out).toMatch(/broken\/02-email\/en\.md:\d+:\d+ error F002 Missing frontmatter key "title"\./);
    expect(failed.out).toMatch(/broken\/04-passwords\/de\.md:2:\d+ error Y001 /);
    expect(failed.out).toMatch(/\n {2}hint: /);
    expect(failed.out).toMatch(/✖ \d+ errors, \d+ warnings? in \d+ lessons/);
    expect(await readFile(join(earlier, 'web/index.html'), 'utf8')).toBe(before);
    expect((await readFile(join(earlier, 'wachsam-scorm12.zip'))).equals(zipBefore)).toBe(true);
  }, 60_000);

  it('check validates only and fails on errors', async () => {
    const checked = await cliInProcess('check');
    expect(checked.code).toBe(0);
    // The figures per language: questions, the right-is-longest share (Q012), reading time against declared.
    const figures = (lang: string) =>
      `\n${lang} +12 lessons +\\d+ questions +\\d+ single-choice +right answer longest in \\d+ \\(\\d+ %\\) +reading time \\d+ min \\((declared \\d+ min[^)]*|none declared)\\)`;
    expect(checked.out).toMatch(
      new RegExp(`\nKnowledge checks and reading time \\(right answer longest: at most 35 % wanted\\):${figures('de')}${figures('en')}\n`),
    );
    const failed = await cliInProcess('check', '--lessons', await brokenLessons(work, 'broken-for-check'));
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('error Y001');
  }, 120_000);

  it('rejects unknown options with the usage', async () => {
    const failed = await cliInProcess('build', '--lesson', 'x');
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('Usage:');
  });
});
