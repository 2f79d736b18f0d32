import { expect, lessonContent, test } from './fixtures.ts';

test('deep links, back and forward work through the URL hash', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/04-passwords/3');
  await expect(page.getByText(/^Page 3 of \d+$/)).toBeVisible();
  const third = await page.getByRole('heading', { level: 1 }).textContent();
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page).toHaveURL(/#\/lesson\/04-passwords\/4$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(third!);
  await page.goForward();
  await expect(page.getByText(/^Page 4 of \d+$/)).toBeVisible();
});

test('the first page shows the objectives, later pages do not', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/04-passwords/1');
  await expect(page.getByRole('heading', { name: 'What you will learn' })).toBeVisible();
  await page.getByRole('link', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { name: 'What you will learn' })).toHaveCount(0);
});

test('unknown routes, lessons and pages show a way back instead of a blank page', async ({ page }) => {
  for (const hash of ['#/nowhere', '#/lesson/99-missing/1', '#/lesson/02-email/42', '#/lesson/02-email/0']) {
    await page.goto(`./?lang=en${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist.');
    await expect(page.getByRole('link', { name: 'Back to the overview' })).toBeVisible();
  }
});

test('lesson images load and have a text alternative', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/02-email/1');
  const { pages } = await lessonContent(page, '02-email', 'en');
  await page.goto(`./?lang=en#/lesson/02-email/${pages.findIndex((lessonPage) => lessonPage.html.includes('<img')) + 1}`);
  const image = page.locator('.lesson-text img').first();
  await expect(image).toHaveAttribute('alt', /.+/);
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});

test('the footer names the licence and links to the attribution', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.locator('footer')).toContainText('CC BY-SA 4.0');
  await page.locator('footer').getByRole('link', { name: 'About this course' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this course');
  await expect(page.locator('main')).toContainText('Creative Commons Attribution-ShareAlike 4.0');
  await expect(page.locator('main')).toContainText('Authors: Wachsam contributors');
  // Issue 14: the default course changed nothing, so nobody is credited with changes ("Your organisation" least of all).
  await expect(page.locator('main')).not.toContainText(/Adapted|Lessons with local facts/);
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('main')).toContainText('Autorinnen und Autoren: Wachsam-Mitwirkende');
  await expect(page.locator('main')).not.toContainText(/Angepasst|Lektionen mit örtlichen Angaben|contributors/);
  const licence = await page.request.get('LICENSE-CONTENT.txt');
  expect(await licence.text()).toContain('Attribution-ShareAlike 4.0 International');
});

test('a malformed or hostile hash shows "not found", never a blank page, and loads no foreign script', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  for (const hash of ['#/%', '#/lesson/%E0%A4%A/1', '#/lesson/..%2F..%2Fuploads%2Fevil.js%3F/1', '#/lesson/%/check']) {
    await page.goto(`./?lang=en${hash}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist.');
    await page.getByRole('link', { name: 'Back to the overview' }).click();
    await expect(page.locator('.lesson-card').first()).toBeVisible();
  }
  expect(requested.filter((url) => url.includes('evil'))).toEqual([]);
});
