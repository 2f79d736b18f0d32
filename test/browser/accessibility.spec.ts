import { expectNoAxeViolations } from './axe.ts';
import { expect, lessonContent, test } from './fixtures.ts';

// The default theme in light mode; themes.spec.ts scans it in dark mode and the example theme in both.
for (const lang of ['de', 'en']) {
  test(`axe finds no violations on the overview, lesson, check, result, about and contacts pages (${lang})`, async ({ page }) => {
    // Five axe scans take about 30 s on an idle 2-core machine; the limit only guards against a hang.
    test.setTimeout(180_000);
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('.lesson-card').first()).toBeVisible();
    await expectNoAxeViolations(page, 'the overview');

    await page.goto(`./?lang=${lang}#/lesson/02-email/1`);
    await expect(page.locator('.lesson-text')).toBeVisible();
    await expectNoAxeViolations(page, 'the first lesson page');
    const email = await lessonContent(page, '02-email', lang);
    const withImage = email.pages.findIndex((lessonPage) => lessonPage.html.includes('<img')) + 1;
    await page.goto(`./?lang=${lang}#/lesson/02-email/${withImage}`);
    await expect(page.locator('.lesson-text img')).toBeVisible();
    await expectNoAxeViolations(page, 'a lesson page with an image');

    await page.goto(`./?lang=${lang}#/lesson/04-passwords/check`);
    const content = await lessonContent(page, '04-passwords', lang);
    await expect(page.locator('fieldset legend')).toBeVisible();
    await expectNoAxeViolations(page, 'a knowledge check question');
    for (const question of content.questions) {
      await page.locator(`.answers input[value="${question.answers.find((a) => !a.correct)!.id}"]`).check();
      await page.locator('form.question button[type=submit]').click();
      await expect(page.locator('.feedback .verdict')).toBeVisible();
      if (question === content.questions[0]) await expectNoAxeViolations(page, 'a question with feedback');
      await page.locator('form.question button[type=submit]').click();
    }
    await expect(page.locator('.check-result')).toBeVisible();
    await expectNoAxeViolations(page, 'the check result');

    await page.goto(`./?lang=${lang}#/about`);
    await expectNoAxeViolations(page, 'the about page');
    await page.goto(`./?lang=${lang}#/contacts`);
    await expectNoAxeViolations(page, 'the contacts page');
  });
}

test('focus is always visible', async ({ page }) => {
  await page.goto('./?lang=en');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});
