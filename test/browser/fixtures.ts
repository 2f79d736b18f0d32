import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { LessonContent } from '../../src/shared/courseModel.ts';

/** Hosts of the test servers on this machine: the bundle's own, whatever the port. */
const OWN_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** Every test fails if the course asks any host but its own, or throws in the page. */
export const test = base.extend<{ foreignRequests: string[] }>({
  foreignRequests: [
    async ({ context }, use) => {
      const foreign: string[] = [];
      const errors: string[] = [];
      context.on('request', (request) => {
        const url = new URL(request.url());
        const own = url.protocol === 'file:' || url.protocol === 'data:' || url.protocol === 'blob:' || OWN_HOSTS.has(url.hostname);
        if (!own) foreign.push(request.url());
      });
      context.on('page', (opened) => opened.on('pageerror', (error) => errors.push(error.message)));
      for (const open of context.pages()) open.on('pageerror', (error) => errors.push(error.message));
      await use(foreign);
      expect(foreign, 'requests to other hosts').toEqual([]);
      expect(errors, 'errors thrown in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** The lesson text the player loaded, as the compiler wrote it: the test's answer key. */
export async function lessonContent(page: Page, id: string, lang: string): Promise<LessonContent> {
  await page.waitForFunction((key) => !!(globalThis as any).wachsamLessons?.[key], `${id}/${lang}`);
  return page.evaluate((key) => (globalThis as any).wachsamLessons[key], `${id}/${lang}`);
}

/** Presses Tab until `target` has focus, proving it is reachable by keyboard. */
export async function tabTo(page: Page, target: Locator, maxSteps = 60): Promise<void> {
  for (let step = 0; step < maxSteps; step++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab in ${maxSteps} steps`);
}

export async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return `${element?.tagName.toLowerCase()}:${element?.textContent?.trim() ?? ''}`;
  });
}

/** Answer ids in the order the player shows them for the question on screen. */
export async function shownAnswerIds(page: Page): Promise<string[]> {
  return page.locator('.answers input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

/** A lesson's card on the overview, found by its id rather than by words other cards may share. */
export function lessonCard(page: Page, id: string): Locator {
  return page.locator(`.lesson-card:has(a[href^="#/lesson/${id}/"])`);
}
