import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

/**
 * Gzipped bytes of the HTML, JS and CSS the overview loads (the first load, which the budget limits),
 * and apart from it the lesson index of the page's language (`content/lessons.<lang>.js`), which grows
 * with the course. Lesson text files are part of neither.
 */
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
  let indexGzip = 0;
  const files: Record<string, number> = {};
  const isIndex = (path: string) => /^content\/lessons\.[^./]+\.js$/.test(path);
  for (const path of paths) {
    const bytes = gzipSync(await readFile(join(webDir, decodeURIComponent(path))), { level: 9 }).length;
    files[path] = bytes;
    if (isIndex(path)) indexGzip += bytes;
    else if (!path.startsWith('content/')) gzip += bytes;
  }
  return { gzipBytes: gzip, indexGzip, files, includesLessonText: [...paths].some((path) => path.startsWith('content/') && !isIndex(path)) };
}
