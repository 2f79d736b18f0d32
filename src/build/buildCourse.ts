import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describeCourse, measureFiles, measureOutputs, searchSizes, type BuildReport } from './buildReport.ts';
import { buildSummary } from './buildSummary.ts';
import type { CompiledCourse, CompileOptions } from '../compiler/compileCourse.ts';
import { hasErrors } from '../compiler/diagnostics/diagnostics.ts';
import { formatDiagnostic, formatTally } from '../compiler/diagnostics/formatDiagnostics.ts';
import type { ScormVersion } from '../shared/scormVersion.ts';
import { RIGHTS_DESCRIPTION } from './scorm/manifestInput.ts';
import type { BuildTarget } from './vite/viteConfig.ts';

export interface BuildOptions extends CompileOptions {
  outDir: string;
  log?: (line: string) => void;
  /**
   * Builds only the intranet bundle (`web/`), no SCORM or intranet zips: a third of the work, for
   * previews and tests that open the course in a browser.
   * @default false
   */
  webOnly?: boolean;
}

export interface BuildResult {
  ok: boolean;
  report?: BuildReport;
}

/**
 * Compiles the lessons, and only if they are free of errors, builds the player into a fresh
 * folder and swaps it in: an earlier `dist/` stays as it was whenever anything fails.
 */
export async function buildCourse(options: BuildOptions): Promise<BuildResult> {
  const log = options.log ?? console.log;
  const started = performance.now();
  await checkOutDir(options.outDir);
  // The compiler's parsers take a second to load: a wrong --out is reported before that.
  const { compileCourse } = await import('../compiler/compileCourse.ts');
  const compiled = await compileCourse(options);
  for (const diagnostic of compiled.diagnostics) log(formatDiagnostic(diagnostic));
  if (compiled.skipped) log(`note: ${compiled.skipped}`);
  if (!compiled.course || hasErrors(compiled.diagnostics)) {
    log(formatTally(compiled.diagnostics, compiled.lessonCount));
    log(`Nothing was written; ${options.outDir} is unchanged.`);
    return { ok: false };
  }
  log(`Compiled ${compiled.lessonCount} ${compiled.lessonCount === 1 ? 'lesson' : 'lessons'} in ${compiled.course.languages.join(', ')}.`);

  const outDir = resolve(options.outDir);
  const staging = join(outDir, `.staging-${process.pid}`);
  await mkdir(outDir, { recursive: true });
  const course = compiled.course;
  const { viteBuild, playerViteConfig, wachsamPlugin, buildScormPackage, buildIntranetZip } = await buildTools();
  // What learners get is always a production build, whatever NODE_ENV the shell (or a test runner) set.
  process.env.NODE_ENV = 'production';
  const player = (target: BuildTarget, dir: string) => {
    const forTarget = target === 'web' ? compiled : forLms(compiled);
    const config = playerViteConfig({ coursePlugin: wachsamPlugin({ compiled: forTarget, target }), outDir: dir, target, course: forTarget.course });
    return viteBuild({ ...config, mode: 'production', configFile: false });
  };
  const zips: string[] = [];
  try {
    await player('web', join(staging, 'web'));
    const webFiles = await measureFiles(join(staging, 'web'));
    log(`Built the intranet bundle: ${webFiles.length} files.`);
    const packages: [BuildTarget, ScormVersion][] = options.webOnly
      ? []
      : [
          ['scorm12', '1.2'],
          ['scorm2004', '2004'],
        ];
    for (const [target, version] of packages) {
      await player(target, join(staging, target));
      const name = `${course.id}-${target}.zip`;
      const zip = await buildScormPackage({
        version,
        contentDir: join(staging, target),
        course,
        packageVersion: await packageVersion(),
        outFile: join(staging, name),
      });
      log(`Built ${name}: ${zip.files} files, ${(zip.bytes / 1024).toFixed(1)} KB.`);
      zips.push(name);
    }
    if (options.webOnly) log('Web only: no SCORM or intranet zips built.');
    else {
      const intranet = `${course.id}-intranet.zip`;
      const intranetZip = await buildIntranetZip({ webDir: join(staging, 'web'), course, outFile: join(staging, intranet), webSizes: webFiles });
      log(`Built ${intranet}: ${intranetZip.files} files, ${(intranetZip.bytes / 1024).toFixed(1)} KB.`);
      zips.push(intranet);
    }
    await swapIn(join(staging, 'web'), join(outDir, 'web'));
    for (const name of zips) await rename(join(staging, name), join(outDir, name));
    await removeEarlierOutputs(outDir, zips);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }

  const files = await measureOutputs(outDir, ['web', ...zips]);
  const report: BuildReport = {
    ...describeCourse(compiled.course, compiled.buildId ?? '', compiled.contents),
    files,
    search: searchSizes(compiled.course, files),
    warnings: compiled.diagnostics.filter((d) => d.severity === 'warning'),
  };
  await writeFile(join(outDir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  log(buildSummary(report, course.raffle, performance.now() - started, options.outDir, compiled.templatePlaceholders, course.completion));
  return { ok: true, report };
}

/**
 * Vite, Preact's Babel preset, Workbox and the packagers take seconds of CPU to load: only a course that
 * compiled needs them, so a lesson's errors or a wrong --out are reported without that wait.
 */
async function buildTools() {
  const [{ build: viteBuild }, { playerViteConfig }, { wachsamPlugin }, { buildScormPackage }, { buildIntranetZip }] = await Promise.all([
    import('vite'),
    import('./vite/viteConfig.ts'),
    import('./vite/vitePlugin.ts'),
    import('./scorm/buildScormPackage.ts'),
    import('./offline/intranetZip.ts'),
  ]);
  return { viteBuild, playerViteConfig, wachsamPlugin, buildScormPackage, buildIntranetZip };
}

/** Packages an earlier build may have left: another course id's zips would be taken for this build's. */
const EARLIER_OUTPUT = /^[a-z][a-z0-9-]*-(intranet|scorm12|scorm2004)\.zip$/;

/**
 * Removes the zips of earlier builds (another theme, another course id) that this build did not write,
 * so an admin cannot upload a stale or unbranded package from the folder. Anything else in the folder
 * is the user's and stays; `web/` and `report.json` are replaced by this build anyway.
 */
async function removeEarlierOutputs(outDir: string, written: readonly string[]): Promise<void> {
  const entries = await readdir(outDir, { withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !EARLIER_OUTPUT.test(entry.name) || written.includes(entry.name)) continue;
    const path = join(outDir, entry.name);
    if (isWachsamPackage(entry.name, await readFile(path))) await rm(path);
  }
}

/**
 * Whether a zip named like a package is one a Wachsam build wrote: by name alone, a user's own
 * `backup-scorm12.zip` would be deleted too. SCORM packages carry Wachsam's rights text in their
 * manifest; the intranet zip carries the admin guide beside web/index.html.
 */
function isWachsamPackage(name: string, bytes: Uint8Array): boolean {
  const wanted = name.endsWith('-intranet.zip') ? ['web/index.html', 'admin-guide.en.html'] : ['imsmanifest.xml'];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => wanted.includes(file.name) });
  } catch {
    return false;
  }
  if (!wanted.every((file) => file in files)) return false;
  return name.endsWith('-intranet.zip') || new TextDecoder().decode(files['imsmanifest.xml']).includes(RIGHTS_DESCRIPTION);
}

/** Fails fast, before a minute of building, when --out names a file rather than a folder. */
async function checkOutDir(outDir: string): Promise<void> {
  const info = await stat(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info && !info.isDirectory()) {
    throw new Error(`--out ${outDir} is a file, but the build writes a folder there. Choose another --out, or move the file away.`);
  }
}

/**
 * The course as a SCORM package carries it. The raffle stays off unless the theme allows it there; the
 * completion receipt is always left out, since the LMS holds the record of who completed.
 */
function forLms(compiled: CompiledCourse): CompiledCourse {
  const { raffle, completion: _never, ...rest } = compiled.course!;
  return { ...compiled, course: raffle?.scorm ? { ...rest, raffle } : rest };
}

/** The release of Wachsam that built the package, for the SCORM manifest. */
async function packageVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

/** Replaces `target` by `fresh` with two renames, so a reader never sees a half-written folder. */
async function swapIn(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  await rename(target, old).catch(() => undefined);
  await rename(fresh, target);
  await rm(old, { recursive: true, force: true });
}
