import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { offlineEntries } from '../build/offline/offlineDownloads.ts';

export { type OfflineEntry as PrecacheEntry, offlineEntries, precacheEntries } from '../build/offline/offlineDownloads.ts';

/** What the service worker stores for offline use: its precache list and every language's lesson texts. */
export async function precacheFigures(webDir: string): Promise<{ files: number; bytes: number }> {
  const entries = await offlineEntries(webDir);
  let bytes = 0;
  for (const { url } of entries) bytes += (await stat(join(webDir, decodeURIComponent(url)))).size;
  return { files: entries.length, bytes };
}
