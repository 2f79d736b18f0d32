import { answerCheckByKeyboard, rightIds, wrongIds } from './checkDriver.ts';
import { expect, focusedName, lessonContent, tabTo, test, lessonCard } from './fixtures.ts';

test('a learner takes a lesson by keyboard alone: reads, fails the check, retries and passes', async ({ page }) => {
  await page.goto('./?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Security awareness/);

  await tabTo(page, page.getByRole('link', { name: /^Start lesson: E-mail and phishing/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/lesson\/02-email\/1$/);
  const content = await lessonContent(page, '02-email', 'en');
  const pages = content.pages.length;

  for (let number = 1; number <= pages; number++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.pages[number - 1]!.title);
    await expect(page.getByText(`Page ${number} of ${pages + 1}`)).toBeVisible();
    if (number > 1) expect(await focusedName(page)).toBe(`h1:${content.pages[number - 1]!.title}`);
    await tabTo(page, page.getByRole('link', { name: number < pages ? 'Next' : 'To the knowledge check' }));
    await page.keyboard.press('Enter');
  }

  await expect(page).toHaveURL(/#\/lesson\/02-email\/check$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Knowledge check: E-mail and phishing');
  const questions = content.questions;
  const firstOrders = await answerCheckByKeyboard(page, questions, wrongIds, /^Check answer$/, /^button:(Next question|Show result)$/);

  await expect(page.getByRole('heading', { name: 'Your result' })).toBeFocused();
  await expect(page.locator('.check-result')).toContainText(`You answered 0 of ${questions.length} questions correctly: 0 %.`);
  await expect(page.locator('.check-result')).toContainText('You need 80 % to pass.');
  await expect(page.locator('.check-result')).toContainText('Not passed yet');

  await tabTo(page, page.getByRole('button', { name: 'Try again' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Question 1 of ${questions.length}` })).toBeFocused();
  const secondOrders = await answerCheckByKeyboard(page, questions, rightIds, /^Check answer$/, /^button:(Next question|Show result)$/);
  for (const [index, order] of secondOrders.entries()) {
    expect(order, `answers of question ${index + 1} in a new order`).not.toEqual(firstOrders[index]);
  }

  await expect(page.locator('.check-result')).toContainText(`You answered ${questions.length} of ${questions.length} questions correctly: 100 %.`);
  await expect(page.locator('.check-result')).toContainText('Passed. Well done!');
  await tabTo(page, page.getByRole('link', { name: 'Back to the overview' }));
  await page.keyboard.press('Enter');
  const card = lessonCard(page, '02-email');
  await expect(card).toContainText('Passed (100 %)');
  const lessons = await page.locator('.lesson-card').count();
  await expect(page.locator('.course-progress')).toContainText(`1 of ${lessons} lessons completed`);
});

test('feedback is shown for every answer and read where focus goes, not by a live region as well', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/04-passwords/check');
  const content = await lessonContent(page, '04-passwords', 'en');
  const question = content.questions[0]!;
  await page.locator('.answers input').first().check();
  await page.getByRole('button', { name: 'Check answer' }).click();
  // Focus on the feedback makes a screen reader read it; a live region saying it too would say it twice.
  await expect(page.locator('.feedback')).toBeFocused();
  await expect(page.locator('.feedback')).toContainText(/Correct\.|Not correct\.|Not quite/);
  await expect(page.locator('[aria-live], [role=status]').filter({ hasText: /Correct\.|Not correct\.|Not quite/ })).toHaveCount(0);
  for (const answer of question.answers) {
    if (answer.feedback) await expect(page.locator('.answers')).toContainText(answer.feedback.replace(/<[^>]+>/g, '').trim());
  }
  await expect(page.locator('.answer-verdict')).toHaveCount(question.answers.length);
  await expect(page.locator('.answers input:disabled')).toHaveCount(question.answers.length);
});

test('checking without choosing asks for an answer instead of counting it wrong', async ({ page }) => {
  await page.goto('./?lang=en#/lesson/05-malware/check');
  await page.getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('[aria-live="polite"]')).toHaveText('Please choose an answer first.');
  await expect(page.locator('.answer-verdict')).toHaveCount(0);
});
