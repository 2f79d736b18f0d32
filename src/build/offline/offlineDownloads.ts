import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { CONTENT_GLOBAL, type LessonIndex } from '../../shared/courseModel.ts';
import type { OutputSize } from '../buildReport.ts';

/**
 * One file the service worker keeps for offline use: from its precache list (with Workbox's revision), or
 * a lesson text from a lesson index (named by its content, so its name is its revision).
 */
export interface OfflineEntry {
  url: string;
  revision: string;
  /** The language of a lesson text; none for what every learner gets (the lesson indexes among it). */
  lang?: string;
}

/** The service worker's precache list, read from the sw.js the build wrote. */
export async function precacheEntries(webDir: string): Promise<OfflineEntry[]> {
  const worker = await readFile(join(webDir, 'sw.js'), 'utf8');
  // Workbox writes entries as {url, revision} objects, keys quoted or not, in either order.
  return [...worker.matchAll(/\{[^{}]*?"?url"?:"([^"]+)"[^{}]*\}/g)].map((match) => ({
    url: match[1]!,
    revision: /"?revision"?:(?:"([^"]*)"|null)/.exec(match[0])?.[1] ?? '',
  }));
}

/** Everything the service worker keeps: its precache list and the lesson texts and search shards each language's index names. */
export async function offlineEntries(webDir: string): Promise<OfflineEntry[]> {
  const entries = await precacheEntries(webDir);
  for (const name of (await readdir(join(webDir, 'content'))).filter((file) => /^lessons\.[^./]+\.js$/.test(file))) {
    const context: Record<string, unknown> = { self: {} };
    runInNewContext(await readFile(join(webDir, 'content', name), 'utf8'), context);
    const registered = Object.values((context.self as Record<string, Record<string, unknown>>)[CONTENT_GLOBAL] ?? {});
    const index = registered.find((value): value is LessonIndex => !!value && typeof value === 'object' && 'lessons' in value);
    for (const lesson of index?.lessons ?? []) {
      // The lesson text, and its search shard (kept after the texts: useKeepOffline).
      for (const url of [lesson.file, lesson.searchFile]) {
        if (!entries.some((entry) => entry.url === url)) entries.push({ url, revision: '', lang: lesson.meta.lang });
      }
    }
  }
  return entries;
}

export interface DownloadFigures {
  files: number;
  bytes: number;
  gzipBytes: number;
}

/**
 * What a learner's device downloads for offline use: first, what every learner gets and the lesson texts
 * of their language (per language); once the browser is idle, the other languages too (all). `sizes`: the
 * bundle's files as the build already measured them (paths relative to `webDir`), so none is read twice.
 */
export async function offlineDownloads(
  webDir: string,
  languages: readonly string[],
  sizes: readonly OutputSize[],
): Promise<{ perLanguage: Record<string, DownloadFigures>; all: DownloadFigures }> {
  const entries = await offlineEntries(webDir);
  const measured = new Map(sizes.map((size) => [size.path, size]));
  const sizeOf = (entry: OfflineEntry) => {
    const size = measured.get(decodeURIComponent(entry.url));
    if (!size) throw new Error(`The service worker keeps ${entry.url}, which the build did not write. This is a bug in Wachsam; please report it.`);
    return size;
  };
  const sum = (picked: OfflineEntry[]): DownloadFigures => ({
    files: picked.length,
    bytes: picked.reduce((total, entry) => total + sizeOf(entry).bytes, 0),
    gzipBytes: picked.reduce((total, entry) => total + sizeOf(entry).gzipBytes, 0),
  });
  const perLanguage = Object.fromEntries(languages.map((lang) => [lang, sum(entries.filter((entry) => entry.lang === undefined || entry.lang === lang))]));
  return { perLanguage, all: sum(entries) };
}
