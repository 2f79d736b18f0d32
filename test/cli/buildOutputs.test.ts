import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildReport } from '../../src/build/buildReport.ts';
import { cliInProcess } from '../support/cliInProcess.ts';

async function build(...args: string[]): Promise<string> {
  const { code, out } = await cliInProcess('build', ...args);
  if (code !== 0) throw new Error(`The build failed:\n${out}`);
  return out;
}

const RECEIVER = 'https://receipts.example.org/completions';
const COMPLETION = `completion:\n  enabled: true\n  endpoint: ${RECEIVER}\n  privacy: Verantwortlich ist die Stadt Test.\n`;

/** Every text file of a folder or a zip joined, to search for what a package carries. */
function zipText(bytes: Uint8Array): string {
  return Object.values(unzipSync(bytes))
    .map((file) => new TextDecoder().decode(file))
    .join('\n');
}

/**
 * An admin builds the default course, then their own theme (another course id) into the same folder:
 * afterwards the folder must not offer the first build's packages as if they were the second's.
 */
describe('two builds of different courses into one folder', () => {
  let work: string;
  let out: string;
  let summary: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'two-builds-'));
    out = join(work, 'dist');
    // One lesson keeps the two builds short; what is tested is the folder, not the course.
    const lessons = join(work, 'lessons');
    await cp('lessons/02-email', join(lessons, '02-email'), { recursive: true });
    const theme = join(work, 'theme');
    await cp('themes/default', theme, { recursive: true });
    const yaml = await readFile(join(theme, 'theme.yaml'), 'utf8');
    // The second course also offers the completion receipt, which only its intranet bundle may carry.
    await writeFile(join(theme, 'theme.yaml'), `${yaml.replace(/^ {2}id: wachsam$/m, '  id: stadt-test')}\n${COMPLETION}`);
    // Files of the user's own, which the build must neither delete nor list.
    await mkdir(join(out, 'notes'), { recursive: true });
    await writeFile(join(out, 'README.txt'), 'keep me');
    await writeFile(join(out, 'notes', 'old-scorm12.zip.txt'), 'keep me too');
    // Named like a package, but not one Wachsam wrote: it stays.
    await writeFile(join(out, 'backup-scorm12.zip'), zipSync({ 'imsmanifest.xml': strToU8('<manifest identifier="other-lms"/>') }));

    await build('--lessons', lessons, '--out', out);
    expect((await readdir(out)).filter((name) => name.startsWith('wachsam-'))).toHaveLength(3);
    summary = await build('--lessons', lessons, '--theme', theme, '--out', out);
  }, 240_000);
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("holds the second build's packages and the user's files, not the first build's packages", async () => {
    expect((await readdir(out)).sort()).toEqual(
      [
        'README.txt',
        'backup-scorm12.zip',
        'notes',
        'report.json',
        'stadt-test-intranet.zip',
        'stadt-test-scorm12.zip',
        'stadt-test-scorm2004.zip',
        'web',
      ].sort(),
    );
    expect(await readFile(join(out, 'README.txt'), 'utf8')).toBe('keep me');
    expect(Object.keys(unzipSync(await readFile(join(out, 'backup-scorm12.zip'))))).toEqual(['imsmanifest.xml']);
    expect(await readFile(join(out, 'notes', 'old-scorm12.zip.txt'), 'utf8')).toBe('keep me too');
  });

  it('lists only what this build wrote, in report.json and in the summary', async () => {
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as BuildReport;
    expect(report.course.id).toBe('stadt-test');
    const topLevel = [...new Set(report.files.map((file) => file.path.split('/')[0]))].sort();
    expect(topLevel).toEqual(['stadt-test-intranet.zip', 'stadt-test-scorm12.zip', 'stadt-test-scorm2004.zip', 'web']);
    const web = (await readdir(join(out, 'web'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(report.files.filter((file) => file.path.startsWith('web/'))).toHaveLength(web.length);
    expect(summary).not.toMatch(/wachsam-(intranet|scorm12|scorm2004)\.zip/);
    expect(summary).not.toContain('README.txt');
    expect(summary).not.toContain('backup-scorm12.zip');
    expect(summary.match(/^ {2}zip {8}.+$/gm)).toEqual([
      expect.stringMatching(/stadt-test-intranet\.zip: /),
      expect.stringMatching(/stadt-test-scorm12\.zip: /),
      expect.stringMatching(/stadt-test-scorm2004\.zip: /),
    ]);
  });

  it('carries the completion receipt in the intranet bundle only: no SCORM package has its endpoint, strings or code', async () => {
    expect(summary).toContain(`receipts   on: completion receipts go to ${RECEIVER}; in the intranet bundle only`);
    const intranet = zipText(await readFile(join(out, 'stadt-test-intranet.zip')));
    expect(intranet).toContain(RECEIVER);
    expect(intranet).toContain('completionSubmit');
    for (const name of ['stadt-test-scorm12.zip', 'stadt-test-scorm2004.zip']) {
      const scorm = zipText(await readFile(join(out, name)));
      expect(scorm, name).not.toContain(RECEIVER);
      expect(scorm, name).not.toContain('completionSubmit');
      expect(scorm, name).not.toContain('completion-receipt');
    }
  });
});
