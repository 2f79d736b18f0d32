import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { contentSecurityPolicy } from '../../src/shared/contentSecurityPolicy.ts';
import { startHostileHost, type HostileHost } from '../support/cspServer.ts';
import { watchPolicy } from './policyViolations.ts';
import { expect, lessonContent, lessonCard, test } from './fixtures.ts';

// The service worker is blocked in most specs (playwright.config.ts); here it is allowed: the service worker runs under the policy too.
test.use({ serviceWorkers: 'allow' });

/** The header docs/security-header.md tells admins to send for the intranet bundle. */
const HEADER = `${contentSecurityPolicy({})}; frame-ancestors 'self'`;

let host: HostileHost;
let work: string;
test.beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wachsam-csp-'));
  const zip = unzipSync(new Uint8Array(await readFile('dist/wachsam-scorm12.zip')));
  for (const [name, bytes] of Object.entries(zip)) {
    if (name.endsWith('/')) continue;
    await mkdir(dirname(join(work, name)), { recursive: true });
    await writeFile(join(work, name), bytes);
  }
  host = await startHostileHost({ course: 'dist/web', scorm12: work }, HEADER);
});
test.afterAll(async () => {
  await host?.close();
  await rm(work, { recursive: true, force: true });
});

const colour = (page: Page, selector: string, property: 'backgroundColor' | 'textAlign') =>
  page
    .locator(selector)
    .first()
    .evaluate((element, name) => getComputedStyle(element)[name], property);
const variable = (page: Page, name: string) => page.evaluate((key) => getComputedStyle(document.documentElement).getPropertyValue(key).trim(), name);

test('a hash naming a script elsewhere on the host loads and runs nothing, in the preload script and in the player', async ({ page }) => {
  const hostile = ['..%2F..%2F..%2Fuploads%2Fevil.js%3F', '..%2Fuploads%2Fevil.js%3F', '..%252F..%252Fuploads%252Fevil.js%253F'];
  for (const id of hostile) {
    for (const rest of ['1', 'check']) {
      await page.goto(`${host.url}course/?lang=en#/lesson/${id}/${rest}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist.');
      // The same hash reached by the player's own navigation, after the page has loaded.
      await page.goto(`${host.url}course/?lang=en#/`);
      await expect(page.locator('.lesson-card').first()).toBeVisible();
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#/lesson/${id}/${rest}`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist.');
      expect(await page.evaluate(() => (window as any).evilRan)).toBeUndefined();
    }
  }
  // The server's own log: nothing asked for it, not the page and not its service worker.
  expect(host.requested.filter((path) => path.includes('evil'))).toEqual([]);
});

test("under its policy sent as a header, the course works with no violation and the theme's colours", async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto(`${host.url}course/?lang=en#/lesson/02-email/1`);
  const content = await lessonContent(page, '02-email', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The default theme's colours, which differ from the defaults in the player's own styles.css.
  expect(await variable(page, '--w-color-surface')).toBe('#f4f4f4');
  expect(await colour(page, '.site-header', 'backgroundColor')).toBe('rgb(29, 78, 137)');

  await page.goto(`${host.url}course/?lang=en#/lesson/02-email/check`);
  const first = content.questions[0]!;
  await page.locator(`.answers input[value="${first.answers.find((answer) => answer.correct)!.id}"]`).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.feedback .verdict')).toHaveText('Correct.');

  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await lessonContent(page, '02-email', 'de');
  await page.getByRole('button', { name: 'Dunkler Modus' }).click();
  // The dark palette's colours apply; the header keeps the colours its logo was made for (no dark logo).
  await expect.poll(() => colour(page, 'body', 'backgroundColor')).toBe('rgb(18, 20, 23)');
  expect(await colour(page, '.site-header', 'backgroundColor')).toBe('rgb(29, 78, 137)');

  await page.goto(`${host.url}course/?lang=en#/`);
  await expect(lessonCard(page, '02-email')).toBeVisible();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toMatch(/activat/);

  // What lessons may hold: an aligned table cell (the only inline style the compiler lets through) and a data: image.
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'probe';
    probe.innerHTML =
      '<table><tr><td style="text-align:right">1</td></tr></table><img alt="" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==">';
    document.querySelector('main')!.append(probe);
  });
  expect(await colour(page, '#probe td', 'textAlign')).toBe('right');
  await expect.poll(() => page.locator('#probe img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);

  expect(violations).toEqual([]);
});

test('the policy refuses inline script and style, so it is in force (the test above can see violations)', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto(`${host.url}course/?lang=en#/`);
  await expect(page.locator('.lesson-card').first()).toBeVisible();
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body{background:red}';
    document.head.append(style);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await colour(page, 'body', 'backgroundColor')).not.toBe('rgb(255, 0, 0)');
});

test("a deep link starts loading the lesson's text before the player runs, under the policy", async ({ page }) => {
  const violations = await watchPolicy(page);
  // The player never arrives: only the preload script can load the text.
  await page.route('**/assets/*.js', (route) => route.abort());
  await page.goto(`${host.url}course/?lang=en#/lesson/05-malware/2`);
  await page.waitForFunction(() => !!(globalThis as any).wachsamLessons?.['05-malware/en']);
  expect(violations).toEqual([]);
});

test('the SCORM package and the bundle opened from file:// pass the policy too', async ({ page }) => {
  const violations = await watchPolicy(page);
  await page.goto(`${host.url}scorm12/index.html?lang=en#/lesson/02-email/1`);
  await lessonContent(page, '02-email', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await colour(page, '.site-header', 'backgroundColor')).toBe('rgb(29, 78, 137)');
  expect(await variable(page, '--w-color-surface')).toBe('#f4f4f4');

  await page.goto(`${pathToFileURL(resolve('dist/web/index.html')).href}?lang=en#/lesson/04-passwords/1`);
  await lessonContent(page, '04-passwords', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await variable(page, '--w-color-surface')).toBe('#f4f4f4');
  expect(violations).toEqual([]);
});
