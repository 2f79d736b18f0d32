import { appendFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { LessonContent } from '../../src/shared/courseModel.ts';
import { builtCourse, type BuiltCourse, type CourseRecipe } from '../support/builtCourse.ts';
import { serveFolder, type StaticServer } from '../support/staticServer.ts';
import { answerInPage } from './answerInPage.ts';

/**
 * A course the specs build from their own lessons or theme: built once per run (test/support/builtCourse.ts),
 * whichever worker asks first. Call it in `beforeAll` with a timeout that allows for a build.
 */
export function browserCourse(name: string, recipe: CourseRecipe): Promise<BuiltCourse> {
  return builtCourse('browser', name, recipe);
}

/** The example theme's course (themes/stadt-musterhausen), web bundle only: one build per run for every spec that uses it. */
export function cityCourse(): Promise<BuiltCourse> {
  return browserCourse('city', { webOnly: true, prepare: async () => ['--theme', 'themes/stadt-musterhausen'] });
}

/**
 * Serves `cityCourse()` to the tests of the file or `describe` block that calls this at its top level:
 * `city.url` is the course's address once `beforeAll` has run.
 */
export function useCityCourse(): { readonly url: string } {
  const city = { url: '' };
  let server: StaticServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    server = await serveFolder(join((await cityCourse()).out, 'web'));
    city.url = server.url;
  });
  test.afterAll(async () => {
    await server?.close();
  });
  return city;
}

/** The lessons of `threeLessonCourse()`, in course order. */
export const THREE_LESSONS = ['02-email', '04-passwords', '05-malware'];
/** The phrase of `threeLessonCourse()`'s raffle. */
export const RAFFLE_PHRASE = 'SICHER IST SICHER';

/**
 * Three lessons of the default course with the default theme and a phrase raffle for the intranet:
 * the raffle spec plays its raffle, and the SCORM spec imports its packages, which leave the raffle out
 * (a theme must allow it in an LMS). One full build for both, with exact objectives and scores
 * whatever the default course grows to.
 */
export function threeLessonCourse(): Promise<BuiltCourse> {
  return browserCourse('three-lessons-raffle', {
    prepare: async (work) => {
      for (const id of THREE_LESSONS) await cp(join('lessons', id), join(work, 'lessons', id), { recursive: true });
      await cp('themes/default', join(work, 'theme'), { recursive: true });
      await appendFile(join(work, 'theme', 'theme.yaml'), PHRASE_RAFFLE);
      return ['--lessons', join(work, 'lessons'), '--theme', join(work, 'theme')];
    },
  });
}

const PHRASE_RAFFLE = `
raffle:
  enabled: true
  campaign: herbst-2026
  start: 2026-11-01
  end: 2026-12-15
  requiredLessons: [02-email, 04-passwords]
  mode: phrase
  phrase: ${RAFFLE_PHRASE}
  howToEnter:
    de: Senden Sie den Satz bis 15. Dezember an gewinnspiel@example.org.
    en: Send the phrase to raffle@example.org by 15 December.
  terms: Drei Preise, Auslosung am 20. Dezember unter Aufsicht.
  privacy: Wir speichern nichts; Sie senden den Satz selbst.
`;

/** The e-mail lesson with the default theme and one section added to its theme.yaml, web bundle only, built once per run under `name`. */
function emailLessonCourse(name: string, themeSection: string): Promise<BuiltCourse> {
  return browserCourse(name, {
    webOnly: true,
    prepare: async (dir) => {
      await cp(join('lessons', '02-email'), join(dir, 'lessons', '02-email'), { recursive: true });
      await cp('themes/default', join(dir, 'theme'), { recursive: true });
      await appendFile(join(dir, 'theme', 'theme.yaml'), themeSection);
      return ['--lessons', join(dir, 'lessons'), '--theme', join(dir, 'theme')];
    },
  });
}

/** The e-mail lesson with a raffle in entry mode that sends to `endpoint`. */
export function entryRaffleCourse(name: string, endpoint: string): Promise<BuiltCourse> {
  return emailLessonCourse(
    name,
    `
raffle:
  enabled: true
  campaign: herbst-2026
  start: 2026-11-01
  end: 2026-12-15
  mode: entry
  endpoint: ${endpoint}
  terms: Drei Preise, Auslosung am 20. Dezember.
  privacy: Wir speichern Name und E-Mail bis vier Wochen nach der Auslosung.
`,
  );
}

/** The e-mail lesson with the completion receipt switched on, sending to `endpoint`. */
export function completionCourse(name: string, endpoint: string): Promise<BuiltCourse> {
  return emailLessonCourse(
    name,
    `
completion:
  enabled: true
  endpoint: ${endpoint}
  privacy:
    de: Verantwortlich ist die Stadt Test. Wir speichern Name, E-Mail, Kurs, Version und Datum als Nachweis der Schulung.
    en: The controller is the City of Test. We store name, e-mail, course, version and date as proof of training.
`,
  );
}

/**
 * The port of a raffle receiver a spec starts, chosen once per run in playwright.config.ts: the course
 * built for the spec names it as its endpoint, so every worker's receiver must listen there.
 */
export function receiverPort(name: 'WACHSAM_ENTRY_RECEIVER_PORT' | 'WACHSAM_CSP_RECEIVER_PORT' | 'WACHSAM_COMPLETION_RECEIVER_PORT'): number {
  const port = Number(process.env[name]);
  if (!port) throw new Error(`${name} is not set: run the browser tests with playwright.config.ts`);
  return port;
}

/** Retries while an earlier worker's receiver still holds the port (it closes in that worker's afterAll). */
export async function onFixedPort<T>(start: () => Promise<T>, seconds = 15): Promise<T> {
  for (let waited = 0; ; waited += 0.25) {
    try {
      return await start();
    } catch (error) {
      if (!/already in use/.test((error as Error).message) || waited >= seconds) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

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

/**
 * Answers every question of the check on screen right (answerInPage.ts: clicks inside the page), for
 * specs about what happens after a check. Returns what `collect` showed after each answer.
 */
export async function passCheckInPage(page: Page, id: string, lang: string, collect: string[] = []): Promise<string[][]> {
  const content = await lessonContent(page, id, lang);
  return answerInPage(
    page,
    content.questions.map((question) => question.answers.filter((answer) => answer.correct).map((answer) => answer.id)),
    collect,
  );
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
