import type { Page } from '@playwright/test';
import type { Question } from '../../src/shared/courseModel.ts';
import { expect, focusedName, tabTo } from './fixtures.ts';

/** Chooses answers with the keyboard alone: Tab into the group, arrows for radios, Space for checkboxes. */
export async function chooseByKeyboard(page: Page, question: Question, wanted: readonly string[]): Promise<void> {
  const inputs = page.locator('.answers input');
  if (question.multiple) {
    for (const input of await inputs.all()) {
      const should = wanted.includes((await input.getAttribute('value')) ?? '');
      await tabTo(page, input);
      if ((await input.isChecked()) !== should) await page.keyboard.press('Space');
    }
    return;
  }
  await tabTo(page, page.locator('.answers input:checked, .answers input').first());
  for (let step = 0; step < question.answers.length + 1; step++) {
    const value = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
    if (value === wanted[0]) {
      await page.keyboard.press('Space');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`Answer ${wanted[0]} not reachable with arrow keys`);
}

export function rightIds(question: Question): string[] {
  return question.answers.filter((answer) => answer.correct).map((answer) => answer.id);
}

export function wrongIds(question: Question): string[] {
  return [question.answers.find((answer) => !answer.correct)!.id];
}

/** Answers every question of the check on screen by keyboard; `pick` chooses the answers. After each check,
 * focus is on the feedback and the next button is the next Tab stop. */
export async function answerCheckByKeyboard(
  page: Page,
  questions: readonly Question[],
  pick: (question: Question, index: number) => string[],
  submitLabel: RegExp,
  nextLabel: RegExp,
): Promise<string[][]> {
  const orders: string[][] = [];
  for (const [index, question] of questions.entries()) {
    await expect(page.locator('legend')).toHaveText(plain(question.prompt));
    orders.push(await page.locator('.answers input').evaluateAll((all) => all.map((i) => (i as HTMLInputElement).value)));
    await chooseByKeyboard(page, question, pick(question, index));
    await tabTo(page, page.getByRole('button', { name: submitLabel }));
    await page.keyboard.press('Enter');
    await expect(page.locator('.feedback .verdict')).toBeVisible();
    // Focus is on the feedback the learner reads next; "Next" is one Tab away.
    await expect(page.locator('.feedback')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toMatch(nextLabel);
    await page.keyboard.press('Enter');
  }
  return orders;
}

export function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}
