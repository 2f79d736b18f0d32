import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { buildScormPackage, contentPathProblem, readSchemaFiles } from '../../src/build/scorm/buildScormPackage.ts';
import type { ScormVersion } from '../../src/shared/scormVersion.ts';
import type { CourseModel } from '../../src/shared/courseModel.ts';
import { useTempDir, writeTree } from '../compiler/support/tempTree.ts';
import { builtCourse } from '../support/builtCourse.ts';
import { manifestOf, SAMPLE_CONTENT, sampleCourse } from './scormFixtures.ts';
import { checkScormPackage } from './scormPackageChecks.ts';
import { validateManifest } from './validateManifest.ts';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const versions: ScormVersion[] = ['1.2', '2004'];

async function build(version: ScormVersion, contentDir: string, outFile: string, course: CourseModel = sampleCourse()) {
  const result = await buildScormPackage({ version, contentDir, course, packageVersion: '0.1.0', outFile });
  return { result, zip: new Uint8Array(await readFile(outFile)) };
}

describe.each(versions)('buildScormPackage %s on a small content folder', (version) => {
  const tmp = useTempDir();
  const content = () => join(tmp.path, 'web');
  const out = (name = 'course.zip') => join(tmp.path, 'out', name);

  it('writes a zip whose manifest validates and that passes every package check', async () => {
    await writeTree(content(), SAMPLE_CONTENT);
    const { result, zip } = await build(version, content(), out());
    const schemas = [...(await readSchemaFiles(version)).keys()];
    const entries = Object.keys(unzipSync(zip));
    expect(entries).toEqual([...Object.keys(SAMPLE_CONTENT), ...schemas, 'imsmanifest.xml'].sort());
    expect(result).toEqual({ bytes: zip.length, files: entries.length });
    expect(checkScormPackage(zip)).toEqual([]);
    expect(await validateManifest(manifestOf(zip), version)).toEqual([]);
    expect(await readdir(join(tmp.path, 'out'))).toEqual(['course.zip']);
  });

  it('gives the same bytes for the same input, in any time zone, and different bytes for different content', async () => {
    await writeTree(content(), SAMPLE_CONTENT);
    const originalTz = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const first = await build(version, content(), out('a.zip'));
      process.env.TZ = 'Pacific/Kiritimati';
      const second = await build(version, content(), out('b.zip'));
      expect(Buffer.compare(first.zip, second.zip)).toBe(0);
    } finally {
      if (originalTz === undefined) delete process.env.TZ;
      else process.env.TZ = originalTz;
    }
    const same = await build(version, content(), out('c.zip'));
    await writeFile(join(content(), 'assets/app.js'), 'console.log("player 2");');
    const changed = await build(version, content(), out('d.zip'));
    expect(Buffer.compare(same.zip, changed.zip)).not.toBe(0);
  });

  it('rejects a path with a space, naming the file, and writes nothing', async () => {
    await writeTree(content(), { ...SAMPLE_CONTENT, 'content/02-email/my pic.svg': '<svg/>' });
    await expect(build(version, content(), out())).rejects.toThrow(/"content\/02-email\/my pic\.svg".*contains a space/);
    await writeTree(join(tmp.path, 'umlaut'), { ...SAMPLE_CONTENT, 'content/bild-ä.svg': '<svg/>' });
    await expect(build(version, join(tmp.path, 'umlaut'), out())).rejects.toThrow(/bild-ä\.svg.*outside A-Z/);
    await expect(readdir(join(tmp.path, 'out'))).rejects.toThrow();
  });

  it('rejects a content folder without index.html', async () => {
    const { 'index.html': _, ...rest } = SAMPLE_CONTENT;
    await writeTree(content(), rest);
    await expect(build(version, content(), out())).rejects.toThrow(/index\.html/);
  });

  it('escapes a title with & and < so the packaged manifest still validates', async () => {
    await writeTree(content(), SAMPLE_CONTENT);
    const course = sampleCourse({ title: { de: 'Sicher & <wachsam>', en: 'Safe & <alert>' } });
    const { zip } = await build(version, content(), out(), course);
    expect(manifestOf(zip)).toContain('<title>Sicher &amp; &lt;wachsam&gt;</title>');
    expect(checkScormPackage(zip)).toEqual([]);
    expect(await validateManifest(manifestOf(zip), version)).toEqual([]);
  });
});

describe('contentPathProblem', () => {
  it('accepts plain relative paths and names what is wrong with the others', () => {
    expect(contentPathProblem('content/02-email/pic.svg')).toBeUndefined();
    for (const path of ['/etc/passwd', '../outside.js', 'a/./b.js', 'a//b.js', 'C:/x.js']) {
      expect(contentPathProblem(path), path).toMatch(/absolute|outside A-Z/);
    }
    expect(contentPathProblem('my pic.svg')).toBe('it contains a space');
    expect(contentPathProblem('a\\b.js')).toMatch(/outside A-Z/);
  });
});

describe('buildScormPackage on the course in this repository', () => {
  let dir = '';
  let web = '';
  let course: CourseModel;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'wachsam-scorm-'));
    const compiled = await compileCourse({ lessonsDir: join(repo, 'lessons'), themeDir: join(repo, 'themes/default'), cwd: repo });
    course = compiled.course!;
    // The default course as `npm run build` writes it, built once per run (shared, only read here).
    // A full build takes well over a minute on a loaded 2-core machine.
    web = join((await builtCourse('unit', 'default')).out, 'web');
  }, 240_000);

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.each(versions)('SCORM %s: every built file is packaged and listed, the manifest validates', async (version) => {
    const { zip } = await build(version, web, join(dir, `wachsam-scorm-${version}.zip`), course);
    expect(checkScormPackage(zip)).toEqual([]);
    const manifest = manifestOf(zip);
    expect(await validateManifest(manifest, version)).toEqual([]);
    const built = (await readdir(web, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    const packaged = unzipSync(zip);
    for (const entry of built) {
      const path = join(entry.parentPath, entry.name).slice(web.length + 1);
      expect(packaged[path], path).toEqual(new Uint8Array(await readFile(join(web, path))));
      expect(manifest).toContain(`<file href="${path}"/>`);
    }
    expect(manifest).toContain(version === '1.2' ? '<adlcp:masteryscore>80<' : '<imsss:minNormalizedMeasure>0.8<');
  });
});
