import type { Page } from '@playwright/test';
import type { Question } from '../../src/shared/courseModel.ts';
import { chooseByKeyboard, plain, wrongIds } from './checkDriver.ts';
import { expect, lessonContent, tabTo, test } from './fixtures.ts';

/** Where focus is after "Check answer": the feedback, and all of its start inside the window. */
async function focusAfterCheck(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const box = focused.getBoundingClientRect();
    return { isFeedback: focused.classList.contains('feedback'), top: box.top, bottom: box.bottom, height: innerHeight };
  });
}

/** Checks what the learner reads after a check: in view, focused, everything at once, once. */
async function expectFeedbackFocused(page: Page, question: Question): Promise<void> {
  await expect(page.locator('.feedback')).toBeFocused();
  const focus = await focusAfterCheck(page);
  expect(focus.isFeedback, 'focus is on the feedback').toBe(true);
  expect(focus.top, 'the focused feedback starts inside the window').toBeGreaterThanOrEqual(0);
  expect(focus.top).toBeLessThan(focus.height);
  if (focus.bottom - focus.top <= focus.height) expect(focus.bottom, 'and ends inside it').toBeLessThanOrEqual(focus.height + 1);
  // What focus makes a screen reader read: verdict, each answer's verdict and feedback, the explanation.
  const feedback = page.locator('.feedback');
  await expect(feedback.locator('.answer-summary li')).toHaveCount(question.answers.length);
  for (const answer of question.answers) {
    await expect(feedback).toContainText(`${plain(answer.html)}: ${answer.correct ? 'Right answer' : 'Wrong answer'}`);
    if (answer.feedback) await expect(feedback).toContainText(plain(answer.feedback));
  }
  if (question.explanation) await expect(feedback).toContainText(plain(question.explanation));
  // Focus reads it; a live region saying it as well would say it twice.
  await expect(page.locator('[role=status], [aria-live]').filter({ hasText: /Correct|Incorrect|missing/ })).toHaveCount(0);
}

test('after every "Check answer", by mouse and by keyboard, focus is on the feedback, in view; "Next" is one Tab away', async ({ page }) => {
  for (const [id, by] of [
    ['02-email', 'mouse'],
    ['04-passwords', 'keyboard'],
  ] as const) {
    await page.goto(`./?lang=en#/lesson/${id}/check`);
    const { questions } = await lessonContent(page, id, 'en');
    for (const question of questions) {
      await expect(page.locator('legend')).toHaveText(plain(question.prompt));
      // The prompts of several-answer questions already say "Select all that apply": the player does not add it again.
      if (question.multiple) await expect(page.locator('fieldset')).not.toContainText(/Select all that apply\.[\s\S]*Select all that apply/);
      if (question.multiple) await expect(page.locator('.question-hint')).toHaveCount(/all that apply/i.test(question.prompt) ? 0 : 1);
      else await expect(page.locator('.question-hint')).toHaveText('Choose one answer.');
      if (by === 'mouse') {
        await page.locator(`.answers input[value="${wrongIds(question)[0]}"]`).click();
        await page.getByRole('button', { name: 'Check answer' }).click();
      } else {
        await chooseByKeyboard(page, question, wrongIds(question));
        await tabTo(page, page.getByRole('button', { name: 'Check answer' }));
        await page.keyboard.press('Enter');
      }
      await expectFeedbackFocused(page, question);
      await page.keyboard.press('Tab');
      await expect(page.getByRole('button', { name: /^(Next question|Show result)$/ })).toBeFocused();
      await page.keyboard.press('Enter');
    }
    await expect(page.locator('.check-result')).toBeVisible();
  }
});

const views = {
  en: { overview: 'Overview', about: 'About this course', contacts: 'Contacts', notFound: 'Page not found', check: 'Knowledge check: ', page: '' },
  de: { overview: 'Übersicht', about: 'Über diesen Kurs', contacts: 'Ansprechpersonen', notFound: 'Seite nicht gefunden', check: 'Wissens-Check: ', page: '' },
};

test('every route names the tab "<view> – <course>" in the current language, also after a language switch; header and pager names', async ({ page }) => {
  await page.goto('./?lang=en#/');
  const title = { en: (await page.locator('.brand-title').textContent())!.trim(), de: '' };
  // The header link: the course and where it leads, the organisation not twice.
  await expect(page.getByRole('link', { name: `${title.en}, overview`, exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Deutsch' }).click();
  // The first switch waits for the German lesson index.
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  title.de = (await page.locator('.brand-title').textContent())!.trim();
  await page.getByRole('button', { name: 'English' }).click();

  const switchTo = async (lang: 'de' | 'en') => {
    await page.getByRole('button', { name: lang === 'de' ? 'Deutsch' : 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  };
  for (const [hash, view] of [
    ['#/', 'overview'],
    ['#/about', 'about'],
    ['#/contacts', 'contacts'],
    ['#/lesson/02-email/1', 'page'],
    ['#/lesson/02-email/check', 'check'],
    ['#/no-such-page', 'notFound'],
  ] as const) {
    await page.evaluate((next) => {
      location.hash = next;
    }, hash);
    for (const lang of ['en', 'de'] as const) {
      if (lang === 'de') await switchTo('de');
      const name = views[lang][view];
      if (view === 'check') await expect(page).toHaveTitle(new RegExp(`^${name}.+ – ${title[lang]}$`));
      else if (view === 'page') await expect(page).toHaveTitle(new RegExp(`^.+ – ${title[lang]}$`));
      else await expect(page).toHaveTitle(`${name} – ${title[lang]}`);
      // Issue 14: the contacts are one step away from every view, in the header, marked on their own page.
      const contacts = page.getByRole('banner').getByRole('link', { name: views[lang].contacts, exact: true });
      await expect(contacts, `${hash} ${lang}`).toHaveAttribute('href', '#/contacts');
      if (view === 'contacts') await expect(contacts).toHaveAttribute('aria-current', 'page');
      else await expect(contacts).not.toHaveAttribute('aria-current');
    }
    await switchTo('en');
  }

  // From a knowledge check, by keyboard: the header link opens the contacts with focus on their heading.
  await page.evaluate(() => {
    location.hash = '#/lesson/02-email/check';
  });
  await expect(page.locator('fieldset legend')).toBeVisible();
  const contacts = page.getByRole('banner').getByRole('link', { name: views.en.contacts, exact: true });
  await contacts.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(views.en.contacts);
  await expect(page).toHaveTitle(`${views.en.contacts} – ${title.en}`);

  await page.goto('./?lang=en#/lesson/02-email/2');
  // The pager's landmark keeps its name from page to page; the page count stays visible.
  await expect(page.getByRole('navigation', { name: 'Lesson pages' })).toBeVisible();
  await expect(page.locator('.page-count')).toHaveText(/^Page 2 of \d+$/);
  await expect(page).toHaveTitle(new RegExp(` – ${title.en}$`));

  // While a lesson's text is still on its way, the tab already names the lesson, not the view before.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/content\/04-passwords\.en\.[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.evaluate(() => {
    location.hash = '#/about';
  });
  await expect(page).toHaveTitle(`${views.en.about} – ${title.en}`);
  await page.evaluate(() => {
    location.hash = '#/lesson/04-passwords/1';
  });
  await expect(page.locator('.loading')).toBeVisible();
  const lessonTitle = (await page.locator('.eyebrow').textContent())!.trim();
  await expect(page).toHaveTitle(`${lessonTitle} – ${title.en}`);
  release();
  await expect(page.locator('.lesson-text')).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(`· ${lessonTitle} – ${title.en}$`));
});

test.describe('layout stability', () => {
  // The offline notice comes from the service worker, blocked in most specs (playwright.config.ts).
  test.use({ serviceWorkers: 'allow', viewport: { width: 375, height: 667 } });

  test('on a phone, the first visit shifts nothing the learner reads while the offline notice arrives (CLS < 0.05)', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts = { total: 0 };
      (globalThis as unknown as { shifts: typeof shifts }).shifts = shifts;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) shifts.total += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('./?lang=en');
    await expect(page.getByRole('status').filter({ hasText: 'available offline' })).toBeAttached({ timeout: 20_000 });
    // Layout shifts are reported after the frame that made them.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(300);
    const total = await page.evaluate(() => (globalThis as unknown as { shifts: { total: number } }).shifts.total);
    test.info().annotations.push({ type: 'CLS', description: total.toFixed(4) });
    console.log(`CLS on first visit, 375x667: ${total.toFixed(4)}`);
    expect(total).toBeLessThan(0.05);
  });
});
