import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/** Gzipped bytes of the HTML, JS and CSS the overview loads; lesson text files are not part of it. */
export async function overviewBytes(browser: Browser, url: string, webDir: string) {
  const page = await browser.newPage();
  const paths = new Set<string>();
  page.on('requestfinished', (request) => {
    const path = new URL(request.url()).pathname.replace(/^\//, '') || 'index.html';
    if (['document', 'script', 'stylesheet'].includes(request.resourceType())) paths.add(path);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('.lesson-card').first().waitFor();
  await page.close();
  let gzip = 0;
  const files: Record<string, number> = {};
  for (const path of paths) {
    const bytes = gzipSync(await readFile(join(webDir, decodeURIComponent(path))), { level: 9 }).length;
    files[path] = bytes;
    gzip += bytes;
  }
  return { gzipBytes: gzip, files, includesLessonText: [...paths].some((path) => path.startsWith('content/')) };
}
