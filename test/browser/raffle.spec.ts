import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { serveFolder, type StaticServer } from '../support/staticServer.ts';
import { expect, passCheckInPage, RAFFLE_PHRASE, test, threeLessonCourse } from './fixtures.ts';
const PHRASE = RAFFLE_PHRASE;

/** The build's output folder, with the SCORM packages: the test below looks into them. */
let dist: string;
let server: StaticServer;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const built = await threeLessonCourse();
  dist = built.out;
  server = await serveFolder(join(dist, 'web'));
});
test.afterAll(async () => {
  await server?.close();
});

async function passCheck(page: Page, id: string): Promise<string[]> {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#/lesson/${id}/check`);
  const shown = await passCheckInPage(page, id, 'en', ['.feedback .verdict', '.raffle-letters']);
  expect(shown.map(([verdict]) => verdict)).toEqual(shown.map(() => 'Correct.'));
  return shown.map(([, letters]) => letters!).filter((letters) => letters !== '');
}

test('phrase mode: right answers reveal letters; once the required checks are passed, the whole phrase', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
  await page.goto(`${server.url}?lang=en`);
  await page.evaluate(() => {
    (window as any).eligibleEvents = [];
    addEventListener('wachsam:raffle-eligible', (event) => (window as any).eligibleEvents.push((event as CustomEvent).detail));
  });
  await expect(page.locator('.raffle-panel')).toContainText('0 of 2 required lessons passed.');
  const letters = [...(await passCheck(page, '02-email')), ...(await passCheck(page, '04-passwords'))];
  const revealed = letters.join(' ').match(/\b[A-Z] \(\d+\)/g) ?? [];
  expect(revealed.length, 'every letter of the phrase revealed once').toBe(PHRASE.replace(/ /g, '').length);
  // The event fires from an effect, after the render that shows the pass: wait for it, do not race it.
  await expect.poll(() => page.evaluate(() => (window as any).eligibleEvents)).toEqual([{ campaign: 'herbst-2026', course: 'wachsam' }]);

  await page.evaluate(() => {
    location.hash = '#/';
  });
  await expect(page.locator('.raffle-panel')).toContainText('You can now take part in the prize draw.');
  await page.getByRole('link', { name: 'To the prize draw' }).click();
  await expect(page.locator('.phrase')).toHaveText(PHRASE);
  await expect(page.locator('main')).toContainText('Send the phrase to raffle@example.org');
  await expect(page.locator('main')).toContainText('Taking part is voluntary');
});

test('before the period learners see when it starts; after it, nothing', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-10-15T10:00:00'));
  await page.goto(`${server.url}?lang=en`);
  await expect(page.locator('.raffle-panel')).toContainText('The prize draw starts on November 1, 2026.');
  await expect(page.getByRole('link', { name: 'To the prize draw' })).toHaveCount(0);
  await page.clock.setFixedTime(new Date('2026-12-16T10:00:00'));
  await page.reload();
  await expect(page.locator('.lesson-card').first()).toBeVisible();
  await expect(page.locator('.raffle-panel')).toHaveCount(0);
});

test('the phrase is nowhere in the built files, and the SCORM packages have no raffle', async () => {
  const files = await readdir(join(dist, 'web'), { recursive: true, withFileTypes: true });
  for (const entry of files.filter((file) => file.isFile())) {
    const text = await readFile(join(entry.parentPath, entry.name), 'latin1');
    expect(text, entry.name).not.toContain(PHRASE);
    expect(text, entry.name).not.toContain('SICHER');
  }
  const { unzipSync } = await import('fflate');
  for (const name of ['wachsam-scorm12.zip', 'wachsam-scorm2004.zip']) {
    const entries = unzipSync(new Uint8Array(await readFile(join(dist, name))));
    for (const [path, bytes] of Object.entries(entries).filter(([path]) => path.endsWith('.js'))) {
      expect(new TextDecoder().decode(bytes), `${name}/${path}`).not.toMatch(/herbst-2026|prize draw|Gewinnspiel/);
    }
  }
});

test('without a raffle the bundle holds no raffle text, button or code', async () => {
  const assets = join('dist', 'web', 'assets');
  for (const file of await readdir(assets)) {
    expect(await readFile(join(assets, file), 'utf8'), file).not.toMatch(/raffle|Gewinnspiel|prize draw/i);
  }
});
