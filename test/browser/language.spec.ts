import { expect, lessonContent, test, lessonCard } from './fixtures.ts';

test('German is the default and ?lang= picks the language', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'fr-FR' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { name: 'Lektionen' })).toBeVisible();
  await page.goto('./?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
  await context.close();
});

test('the browser language is used when nothing else is chosen', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await context.close();
});

test('switching the language mid-check keeps the page, the answers and the progress', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/02-email/3');
  await page.goto('./?lang=en#/lesson/02-email/check');
  const english = await lessonContent(page, '02-email', 'en');
  const first = english.questions[0]!;
  const right = first.answers.find((answer) => answer.correct)!;
  await page.locator(`.answers input[value="${right.id}"]`).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('.feedback .verdict')).toHaveText('Correct.');

  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page).toHaveURL(/\?lang=de#\/lesson\/02-email\/check$/);
  const german = await lessonContent(page, '02-email', 'de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Wissens-Check: /);
  await expect(page.locator('legend')).toHaveText(german.questions[0]!.prompt.replace(/<[^>]+>/g, ''));
  await expect(page.locator(`.answers input[value="${right.id}"]`)).toBeChecked();
  await expect(page.locator('.feedback .verdict')).toHaveText('Richtig.');
  await expect(page.getByRole('button', { name: 'Deutsch' })).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.goto('./#/');
  await expect(lessonCard(page, '02-email')).toContainText('Begonnen');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(lessonCard(page, '02-email')).toContainText('In progress');
});

test('the chosen language is remembered without ?lang=', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'English' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
