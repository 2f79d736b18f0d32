import { expect, lessonContent, test, lessonCard } from './fixtures.ts';

const KEY = 'wachsam:wachsam:progress';

test('progress survives a reload: bookmark, chosen answers and checked questions', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/05-malware/3');
  await expect(page.getByText('Page 3 of')).toBeVisible();
  await page.reload();
  await page.goto('./?lang=en#/');
  const card = lessonCard(page, '05-malware');
  await expect(card).toContainText('In progress');
  await card.getByRole('link', { name: /^Continue/ }).click();
  await expect(page).toHaveURL(/#\/lesson\/05-malware\/3$/);

  await page.goto('./?lang=en#/lesson/05-malware/check');
  const content = await lessonContent(page, '05-malware', 'en');
  const first = content.questions[0]!;
  const right = first.answers.find((answer) => answer.correct)!;
  await page.locator(`.answers input[value="${right.id}"]`).check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  await page.getByRole('button', { name: 'Next question' }).click();
  const second = content.questions[1]!;
  await page.locator(`.answers input[value="${second.answers[0]!.id}"]`).check();

  await page.reload();
  await expect(page.getByRole('heading', { name: `Question 2 of ${content.questions.length}` })).toBeVisible();
  await expect(page.locator(`.answers input[value="${second.answers[0]!.id}"]`)).toBeChecked();
  const order = await page.locator('.answers input').evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value));
  await page.reload();
  expect(await page.locator('.answers input').evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value))).toEqual(order);
});

test('progress survives a browser restart', async ({ browser, baseURL }) => {
  const first = await browser.newContext({ baseURL, locale: 'en-GB' });
  const page = await first.newPage();
  await page.goto('./#/lesson/02-email/2');
  await expect(page.getByText('Page 2 of')).toBeVisible();
  const saved = await first.storageState();
  await first.close();

  const second = await browser.newContext({ baseURL, locale: 'en-GB', storageState: saved });
  const again = await second.newPage();
  await again.goto('./');
  await expect(lessonCard(again, '02-email')).toContainText('In progress');
  await second.close();
});

for (const [name, stored] of [
  ['not JSON', '{"version":1,"lessons":'],
  ['an unknown version', JSON.stringify({ version: 99, lessons: {} })],
  ['a wrong shape', JSON.stringify({ version: 1, lessons: { '02-email': { page: 'three' } } })],
] as const) {
  test(`stored progress that is ${name} is reset with a notice and kept as a backup`, async ({ page }) => {
    await page.goto('./?lang=en');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, stored]);
    await page.reload();
    await expect(page.getByRole('status')).toContainText('Your saved progress was damaged or outdated and has been reset.');
    await expect(page.locator('.lesson-card').first()).toContainText('Not started');
    expect(await page.evaluate((key) => localStorage.getItem(`${key}:backup`), KEY)).toBe(stored);
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(page.getByRole('status')).toHaveCount(0);
    await page.goto('./?lang=en#/lesson/02-email/1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What phishing is');
  });
}
