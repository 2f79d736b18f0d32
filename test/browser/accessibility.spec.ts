import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, lessonContent, test } from './fixtures.ts';

async function expectNoViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

for (const lang of ['de', 'en']) {
  test(`axe finds no violations on the overview, lesson, check, result and about pages (${lang})`, async ({ page }) => {
    // Five axe scans take about 30 s on an idle 2-core machine; the limit only guards against a hang.
    test.setTimeout(180_000);
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('.lesson-card').first()).toBeVisible();
    await expectNoViolations(page, 'the overview');

    await page.goto(`./?lang=${lang}#/lesson/02-email/1`);
    await expect(page.locator('.lesson-text')).toBeVisible();
    await expectNoViolations(page, 'the first lesson page');
    await page.goto(`./?lang=${lang}#/lesson/02-email/2`);
    await expect(page.locator('.lesson-text img')).toBeVisible();
    await expectNoViolations(page, 'a lesson page with an image');

    await page.goto(`./?lang=${lang}#/lesson/04-passwords/check`);
    const content = await lessonContent(page, '04-passwords', lang);
    await expect(page.locator('fieldset legend')).toBeVisible();
    await expectNoViolations(page, 'a knowledge check question');
    for (const question of content.questions) {
      await page.locator(`.answers input[value="${question.answers.find((a) => !a.correct)!.id}"]`).check();
      await page.locator('form button[type=submit]').click();
      await expect(page.locator('.feedback .verdict')).toBeVisible();
      if (question === content.questions[0]) await expectNoViolations(page, 'a question with feedback');
      await page.locator('form button[type=submit]').click();
    }
    await expect(page.locator('.check-result')).toBeVisible();
    await expectNoViolations(page, 'the check result');

    await page.goto(`./?lang=${lang}#/about`);
    await expectNoViolations(page, 'the about page');
  });
}

test('focus is always visible', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
