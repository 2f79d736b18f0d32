import type { Frame, Page } from '@playwright/test';

/**
 * Answers a knowledge check that is on screen, question by question, inside the page: for each question
 * it clicks the given answers, submits, waits for the feedback, notes the text of each `collect` selector,
 * and goes on. One script for the whole check, where a round trip from the test per click cost these
 * specs most of their CPU time. Real clicks on real inputs, so the player's handlers run as for a
 * learner; how a learner operates a check by keyboard is what keyboard.spec.ts tests.
 * Returns the collected texts: per question, one per selector (empty when nothing matched).
 */
export function answerInPage(target: Page | Frame, picksPerQuestion: string[][], collect: string[] = []): Promise<string[][]> {
  return target.evaluate(
    async ({ picksPerQuestion, collect }) => {
      const until = async <T>(found: () => T | null | undefined | false, what: string): Promise<T> => {
        for (let waited = 0; waited < 10_000; waited += 20) {
          const value = found();
          if (value) return value;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        throw new Error(`answerInPage: no ${what} after 10 s`);
      };
      const input = (answer: string) => document.querySelector<HTMLInputElement>(`.answers input[value="${answer}"]`);
      const submit = () => until(() => document.querySelector<HTMLButtonElement>('form.question button[type=submit]:not([disabled])'), 'submit button');
      const collected: string[][] = [];
      for (const ids of picksPerQuestion) {
        await until(() => ids.every((answer) => input(answer) && !input(answer)!.checked), 'unanswered question');
        // One at a time, each looked up again: a click re-renders the answers.
        for (const answer of ids) {
          input(answer)!.click();
          await until(() => input(answer)?.checked, `answer ${answer} checked`);
        }
        (await submit()).click();
        await until(() => document.querySelector('.feedback .verdict'), 'feedback');
        collected.push(collect.map((selector) => document.querySelector(selector)?.textContent ?? ''));
        (await submit()).click();
        await until(() => !document.querySelector('.feedback .verdict'), 'next question');
      }
      return collected;
    },
    { picksPerQuestion, collect },
  );
}
