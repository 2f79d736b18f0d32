import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expect, lessonContent, passCheckInPage, test, lessonCard } from './fixtures.ts';

const KEY = 'wachsam:wachsam:progress';

/** The copies of damaged progress the player kept in the browser. */
function backups(page: Page): Promise<string[]> {
  return page.evaluate(
    (key) =>
      Object.keys(localStorage)
        .filter((name) => name.startsWith(`${key}:backup:`))
        .map((name) => localStorage.getItem(name)!),
    KEY,
  );
}

/** Answers a lesson's whole check right, on the page that shows it. */
async function passCheck(page: Page, id: string): Promise<void> {
  await passCheckInPage(page, id, 'en');
  await expect(page.locator('.check-result')).toContainText('Passed');
}

test('progress survives a reload: bookmark, chosen answers and checked questions', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/05-malware/3');
  await expect(page.getByText('Page 3 of')).toBeVisible();
  await page.reload();
  await page.goto('./?lang=en#/');
  // Issue 17: the overview starts with "Continue" at the lesson and page left, and says what is left.
  const resume = page.getByRole('region', { name: 'Pick up where you left off' });
  await expect(resume.locator('p')).toHaveText(/: Page 3 of \d+$/);
  await expect(resume.getByRole('link', { name: /^Continue: / })).toHaveAttribute('href', '#/lesson/05-malware/3');
  const minutes = async () =>
    /about (\d+) minutes; (\d+) of them are left/
      .exec((await page.locator('.course-progress').textContent()) ?? '')!
      .slice(1)
      .map(Number);
  const [total, left] = await minutes();
  expect(left, 'nothing done yet').toBe(total);
  await expectNoAxeViolations(page, 'the overview with "Continue"');
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

  // Once the lesson opened last is passed, "Continue" leads on to the next one, and its minutes are no longer left.
  await page.evaluate(() => {
    location.hash = '#/lesson/02-email/check';
  });
  await passCheck(page, '02-email');
  await page.evaluate(() => {
    location.hash = '#/';
  });
  const lessonMinutes = Number(/(\d+) minutes/.exec((await lessonCard(page, '02-email').textContent()) ?? '')![1]);
  expect(await minutes()).toEqual([total, total! - lessonMinutes]);
  await expect(resume.getByRole('link', { name: /^Continue: / })).toHaveAttribute('href', /^#\/lesson\/03-[^/]+\/1$/);
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

for (const [name, stored, keptAs] of [
  ['not JSON', '{"version":1,"lessons":', 'a backup'],
  ['a wrong shape', JSON.stringify({ version: 1, lessons: { '02-email': { page: 'three' } } }), 'a backup'],
  // Written by a newer version of the course: left where it is, for that version to read.
  ['of a newer version', JSON.stringify({ version: 99, lessons: {} }), 'it was'],
] as const) {
  test(`stored progress that is ${name} is reset with a notice and kept as ${keptAs}`, async ({ page }) => {
    await page.goto('./?lang=en');
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, stored]);
    await page.reload();
    await expect(page.getByRole('status')).toContainText('Your saved progress was damaged or outdated and has been reset.');
    await expect(page.locator('.lesson-card').first()).toContainText('Not started');
    await page.getByRole('button', { name: 'Dismiss notice' }).click();
    await expect(page.getByRole('status')).toHaveCount(0);
    await page.goto('./?lang=en#/lesson/02-email/1');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('What phishing is');
    if (keptAs === 'a backup') expect(await backups(page)).toEqual([stored]);
    else expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(stored);
  });
}

test('two tabs never erase each other’s progress, and each shows what the other did', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('./?lang=en#/');
  await expect(lessonCard(a, '02-email')).toContainText('Not started');

  // A lesson card opened in a second tab (a middle click), its check passed there.
  const b = await context.newPage();
  await b.goto('./?lang=en#/lesson/02-email/check');
  await passCheck(b, '02-email');

  // Tab A, opened earlier, turns a page of another lesson.
  await a.evaluate(() => {
    location.hash = '#/lesson/05-malware/2';
  });
  await expect(a.getByText(/^Page 2 of/)).toBeVisible();

  const fresh = await context.newPage();
  await fresh.goto('./?lang=en#/');
  await expect(lessonCard(fresh, '02-email')).toContainText('Passed (100 %)');
  await expect(lessonCard(fresh, '05-malware')).toContainText('In progress');

  // Tab A's overview shows the pass from tab B without a reload.
  await a.evaluate(() => {
    location.hash = '#/';
  });
  await expect(lessonCard(a, '02-email')).toContainText('Passed (100 %)');
  // And tab B hears of A's page turn as it happens.
  await b.evaluate(() => {
    location.hash = '#/';
  });
  await expect(lessonCard(b, '05-malware')).toContainText('In progress');
});

test('an open overview updates as another tab passes a lesson', async ({ context }) => {
  const a = await context.newPage();
  await a.goto('./?lang=en#/');
  await expect(lessonCard(a, '04-passwords')).toContainText('Not started');
  const b = await context.newPage();
  await b.goto('./?lang=en#/lesson/04-passwords/check');
  await passCheck(b, '04-passwords');
  await expect(lessonCard(a, '04-passwords')).toContainText('Passed (100 %)');
});

test('one nonsense lesson in stored progress costs that lesson only: the others stay, with a notice and a backup', async ({ page }) => {
  const good = { page: 3, seen: 3, done: false };
  const stored = JSON.stringify({ version: 1, lessons: { '05-malware': good, '02-email': { page: 1, seen: 6, done: true, best: 1e308 } } });
  await page.goto('./?lang=en');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, stored]);
  await page.reload();
  await expect(page.getByRole('status')).toContainText('Part of your saved progress was damaged');
  await expect(lessonCard(page, '05-malware')).toContainText('In progress');
  await expect(lessonCard(page, '02-email')).toContainText('Not started');
  await expect(page.locator('main')).not.toContainText('e+308');
  expect(await backups(page)).toEqual([stored]);
});

test('a full storage is reported as full, not as a private window, and what was not saved is saved once there is room', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/05-malware/1');
  await expect(page.getByText(/^Page 1 of/)).toBeVisible();
  await page.evaluate(() => {
    // Fill the origin's storage to the last character the browser accepts.
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      for (let index = 0; ; index++) {
        try {
          localStorage.setItem(`filler-${size}-${index}`, 'x'.repeat(size));
        } catch {
          break;
        }
      }
    }
  });
  const open = (hash: string) =>
    page.evaluate((target) => {
      location.hash = target;
    }, hash);
  // A lesson not started before needs room the storage no longer has.
  await open('#/lesson/02-email/1');
  const full = page.getByRole('status').filter({ hasText: "The browser's storage is full" });
  await expect(full).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'private window' })).toHaveCount(0);
  await page.evaluate(() => {
    for (const name of Object.keys(localStorage)) if (name.startsWith('filler-')) localStorage.removeItem(name);
  });
  await open('#/lesson/04-passwords/1');
  await expect(full).toHaveCount(0);
  const stored = await page.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key)!).lessons), KEY);
  expect(stored.sort()).toEqual(['02-email', '04-passwords', '05-malware']);
});

test('a bookmark beyond the lesson (it lost pages since) continues at its last page, not at "not found"', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, lessons: { '05-malware': { page: 40, seen: 40, done: false } } })), KEY);
  await page.reload();
  await lessonCard(page, '05-malware')
    .getByRole('link', { name: /^Continue/ })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('This page does not exist.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Knowledge check: /);
});
