import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { compileCourse } from '../compiler/compileCourse.ts';
import { encodeSuspendData } from '../lms/suspendData.ts';
import type { ProgressState } from '../shared/progress.ts';
import { writeDistinctLessons } from '../../test/support/distinctLessons.ts';
import { serveFolder } from '../../test/support/staticServer.ts';
import { overviewBytes } from './overviewBytes.ts';
import { offlineEntries, precacheEntries } from './precacheFigures.ts';

/** What one synthetic course of `lessons` lessons costs: the figures issue 16 asks the bench for. */
export interface ScaleFigures {
  lessons: number;
  /** `npm run build` (all outputs): wall time and the build process's CPU time (user + system). */
  buildMs: number;
  buildCpuMs: number;
  /** Gzipped HTML+JS+CSS the overview loads in the course's first language. */
  overviewGzip: number;
  /** Gzipped lesson index of that language, which the overview loads beside it. */
  indexGzip: number;
  /** Everything the service worker keeps for offline use, every language (a first visit, once idle). */
  precacheAll: { files: number; bytes: number; gzip: number };
  /** Its precache list alone: installed before anything else, and read on every update. */
  precacheList: { files: number };
  /** Per language, what a learner of that language gets first (shared files included). */
  precache: Record<string, { files: number; bytes: number; gzip: number }>;
  /** The service worker script, which the browser fetches on every update check. */
  serviceWorker: { bytes: number; gzip: number };
  /** After one sentence of one lesson changed in one language: the files an installed learner fetches again. */
  afterOneChange: { files: number; bytes: number; gzip: number; paths: string[] };
  /** SCORM suspend_data characters with every lesson done. */
  suspendDataDone: number;
}

/** Builds a course of `count` distinct lessons under `work`, and measures it. */
export async function scaleFigures(browser: Browser, count: number, work: string): Promise<ScaleFigures> {
  const lessonsDir = join(work, 'lessons');
  const ids = await writeDistinctLessons(lessonsDir, count);
  const out = join(work, 'dist');
  const { ms, cpuMs } = timedBuild(['--lessons', lessonsDir, '--out', out], join(work, 'cpu.json'));
  const web = join(out, 'web');

  const server = await serveFolder(web);
  let overview: Awaited<ReturnType<typeof overviewBytes>>;
  try {
    overview = await overviewBytes(browser, server.url, web);
  } finally {
    await server.close();
  }

  const compiled = await compileCourse({ lessonsDir, themeDir: 'themes/default' });
  const course = compiled.course!;
  const entries = await offlineEntries(web);
  const precacheList = { files: (await precacheEntries(web)).length };
  const precache: ScaleFigures['precache'] = {};
  for (const lang of course.languages) {
    // A learner's language first: the precache list (every index in it) and that language's lesson texts.
    const mine = entries.filter((entry) => entry.lang === undefined || entry.lang === lang || entry.url.startsWith('content/lessons.'));
    precache[lang] = {
      files: mine.length,
      ...(await sizes(
        web,
        mine.map((entry) => entry.url),
      )),
    };
  }

  const precacheAll = {
    files: entries.length,
    ...(await sizes(
      web,
      entries.map((entry) => entry.url),
    )),
  };
  const serviceWorker = await sizes(web, ['sw.js']);

  // One sentence changed in the middle lesson's German text, then a web-only build (the zips do not matter here).
  const changed = join(work, 'changed');
  await cp(lessonsDir, join(changed, 'lessons'), { recursive: true });
  const file = join(changed, 'lessons', ids[Math.floor(ids.length / 2)]!, 'de.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/\n\n([^\n#-][^\n]*?\.) /, '\n\nDieser Satz ist neu. '));
  timedBuild(['--lessons', join(changed, 'lessons'), '--out', join(changed, 'dist'), '--web-only'], join(work, 'cpu2.json'));
  const changedWeb = join(changed, 'dist', 'web');
  const before = new Set(entries.map((entry) => `${entry.url} ${entry.revision}`));
  // The browser checks the service worker script itself on every update check; it is not in its own list.
  const fetched = ['sw.js', ...(await offlineEntries(changedWeb)).filter((entry) => !before.has(`${entry.url} ${entry.revision}`)).map((entry) => entry.url)];

  const done: ProgressState = {
    version: 1,
    lessons: Object.fromEntries(course.lessons.map((lesson) => [lesson.id, { page: 7, seen: 7, done: true, best: 100 }])),
  };
  const afterOneChange = { files: fetched.length, ...(await sizes(changedWeb, fetched)), paths: fetched };
  await rm(changed, { recursive: true, force: true });
  return {
    lessons: count,
    buildMs: ms,
    buildCpuMs: cpuMs,
    overviewGzip: overview.gzipBytes,
    indexGzip: overview.indexGzip,
    precacheAll,
    precacheList,
    precache,
    serviceWorker,
    afterOneChange,
    suspendDataDone: encodeSuspendData(course, done, course.languages[0]!).length,
  };
}

/**
 * Loaded with `--import` into the build: at exit it writes the process's CPU time (user and system, all
 * threads, microseconds) to WACHSAM_CPU_FILE. Plain JavaScript, since the build's own worker threads
 * inherit the flag without tsx.
 */
const REPORT_CPU_AT_EXIT = `data:text/javascript,${encodeURIComponent(
  'import{writeFileSync}from"node:fs";import{isMainThread}from"node:worker_threads";const f=process.env.WACHSAM_CPU_FILE;if(f&&isMainThread)process.on("exit",()=>writeFileSync(f,JSON.stringify(process.cpuUsage())));',
)}`;

/** `npm run build -- <args>` in a process of its own: wall time and its CPU time. */
function timedBuild(args: string[], cpuFile: string): { ms: number; cpuMs: number } {
  const started = performance.now();
  execFileSync(process.execPath, ['--import', 'tsx', '--import', REPORT_CPU_AT_EXIT, 'src/cli/cli.ts', 'build', ...args], {
    stdio: 'ignore',
    env: { ...process.env, WACHSAM_CPU_FILE: cpuFile },
  });
  const ms = performance.now() - started;
  const usage = JSON.parse(readFileSync(cpuFile, 'utf8')) as { user: number; system: number };
  return { ms: Math.round(ms), cpuMs: Math.round((usage.user + usage.system) / 1000) };
}

/** The language a precached file belongs to (`content/<id>.<lang>.<hash>.js` and the like), or undefined when all share it. */
async function sizes(webDir: string, urls: string[]): Promise<{ bytes: number; gzip: number }> {
  let bytes = 0;
  let gzip = 0;
  for (const url of urls) {
    const path = join(webDir, decodeURIComponent(url));
    bytes += (await stat(path)).size;
    gzip += gzipSync(await readFile(path), { level: 9 }).length;
  }
  return { bytes, gzip };
}
