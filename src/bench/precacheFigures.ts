import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What the service worker stores for offline use: the files listed in its precache manifest. */
export async function precacheFigures(webDir: string): Promise<{ files: number; bytes: number }> {
  const worker = await readFile(join(webDir, 'sw.js'), 'utf8');
  const urls = [...worker.matchAll(/\{url:"([^"]+)",revision:/g)].map((match) => match[1]!);
  let bytes = 0;
  for (const url of urls) bytes += (await stat(join(webDir, decodeURIComponent(url)))).size;
  return { files: urls.length, bytes };
}
