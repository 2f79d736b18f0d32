import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** One entry of the service worker's precache list: a file and its revision (empty for hashed names). */
export interface PrecacheEntry {
  url: string;
  revision: string;
}

/** The service worker's precache list, read from the sw.js the build wrote. */
export async function precacheEntries(webDir: string): Promise<PrecacheEntry[]> {
  const worker = await readFile(join(webDir, 'sw.js'), 'utf8');
  return [...worker.matchAll(/\{url:"([^"]+)",revision:(?:"([^"]*)"|null)\}/g)].map((match) => ({ url: match[1]!, revision: match[2] ?? '' }));
}

/** What the service worker stores for offline use: the files listed in its precache manifest. */
export async function precacheFigures(webDir: string): Promise<{ files: number; bytes: number }> {
  const entries = await precacheEntries(webDir);
  let bytes = 0;
  for (const { url } of entries) bytes += (await stat(join(webDir, decodeURIComponent(url)))).size;
  return { files: entries.length, bytes };
}
