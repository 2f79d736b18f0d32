import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import type { BuildReport } from '../../src/build/buildReport.ts';
import { serveFolder, type StaticServer } from '../support/staticServer.ts';
import { cityCourse, expect, test } from './fixtures.ts';
import { installReflowProbe, look, show, TEXT_SPACING, visit, walkCheck, type View } from './reflowProbe.ts';
import { startLmsSite } from './scorm/lmsSite.ts';
import { launch } from './scorm/scoDriver.ts';

/**
 * WCAG 1.4.10 and 1.4.12 (issue 13): at 320 CSS px no view of the course scrolls sideways, in any
 * language, with the default and the example city theme; nor inside an LMS frame on a phone; and
 * the text-spacing overrides cut no text off.
 */

test.use({ viewport: { width: 320, height: 640 } });

/** The lessons of a build, with their page counts per language, from its report.json. */
async function lessonsOf(out: string): Promise<BuildReport['lessons']> {
  return (JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as BuildReport).lessons;
}

/** Every view of the course in the language on screen: each route, each page, each check's states. */
async function walkCourse(target: Page | Frame, lessons: BuildReport['lessons'], lang: string): Promise<View[]> {
  const views: View[] = [await look(target, '#/')];
  const notFound = await show(target, '#/no-such-view');
  views.push(await look(target, '#/no-such-view'));
  // The course end, the certificate (both still saying what is missing) and the verification page.
  for (const route of ['#/about', '#/contacts', '#/accessibility', '#/end', '#/certificate', '#/verify']) {
    const heading = await show(target, route);
    // The accessibility statement is being added separately: counted once it renders.
    if (route === '#/accessibility' && heading === notFound) continue;
    views.push(await look(target, route));
  }
  // The search results (issue 17), with long compounds in their snippets, once the index has loaded (also inside the LMS).
  await show(target, '#/search?q=phishing');
  await target.waitForSelector('.search-results mark');
  views.push(await look(target, '#/search?q=phishing'));
  for (const lesson of lessons) {
    const pages = lesson.pages[lang] ?? Object.values(lesson.pages)[0]!;
    for (let page = 1; page <= pages; page++) views.push(await visit(target, `#/lesson/${lesson.id}/${page}`));
    if ((lesson.questions[lang] ?? Object.values(lesson.questions)[0]!) > 0) views.push(...(await walkCheck(target, lesson.id)));
  }
  // The overview again, now with progress: "Continue" and the minutes left.
  await show(target, '#/');
  views.push(await look(target, '#/ (with progress)'));
  return views;
}

function expectNoProblems(views: View[], what: string): void {
  const bad = views.filter((view) => view.problem);
  console.log(`${what}: ${bad.length} of ${views.length} views with problems`);
  expect(
    bad.map((view) => `${view.route}: ${view.problem}`),
    `${bad.length} of ${views.length} views of ${what}`,
  ).toEqual([]);
}

async function openCourse(page: Page, root: string, lang: string): Promise<void> {
  await page.addInitScript(installReflowProbe);
  await page.goto(`${root}?lang=${lang}#/`);
  await expect(page.locator('.lesson-card').first()).toBeVisible();
}

/** Sample views for text spacing: the overview, a page with long compounds, contacts, a check with feedback. */
async function walkWithSpacing(page: Page, longWordsPage: string): Promise<View[]> {
  await page.addStyleTag({ content: TEXT_SPACING });
  const letterSpacing = await page.locator('.lead').evaluate((element) => getComputedStyle(element).letterSpacing);
  expect(letterSpacing, 'the overrides apply').not.toBe('normal');
  const views = [await look(page, '#/', true)];
  for (const route of [longWordsPage, '#/contacts']) {
    await show(page, route);
    views.push(await look(page, route, true));
  }
  return [...views, ...(await walkCheck(page, '02-email', true))];
}

const COURSES = [
  { name: 'default', longWordsPage: '#/lesson/01-security-role/3' },
  { name: 'city', longWordsPage: '#/lesson/01-musterhausen/1' },
] as const;

for (const course of COURSES) {
  test.describe(`${course.name} theme`, () => {
    let root = '';
    let lessons: BuildReport['lessons'] = [];
    let city: StaticServer | undefined;
    test.beforeAll(async ({ baseURL }) => {
      test.setTimeout(180_000);
      if (course.name === 'default') {
        root = baseURL!;
        lessons = await lessonsOf('dist');
        return;
      }
      const built = await cityCourse();
      city = await serveFolder(join(built.out, 'web'));
      root = city.url;
      lessons = await lessonsOf(built.out);
    });
    test.afterAll(async () => {
      await city?.close();
    });

    for (const lang of ['de', 'en']) {
      test(`no view scrolls sideways at 320 px (${lang})`, async ({ page }) => {
        await openCourse(page, root, lang);
        expectNoProblems(await walkCourse(page, lessons, lang), `the ${course.name} theme in ${lang} at 320 px`);
      });
    }

    test.describe('with text spacing', () => {
      // The overrides arrive as a style element, as a bookmarklet's or an extension's do: past the policy.
      test.use({ bypassCSP: true });
      test('clips no text and scrolls no view sideways at 320 px', async ({ page }) => {
        const views: View[] = [];
        for (const lang of ['de', 'en']) {
          await openCourse(page, root, lang);
          views.push(...(await walkWithSpacing(page, course.longWordsPage)));
        }
        expectNoProblems(views, `the ${course.name} theme with text spacing at 320 px`);
      });
    });
  });
}

test('in an LMS frame on a phone, no view scrolls sideways', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 640 });
  const zip = (await readdir('dist')).find((name) => name.endsWith('-scorm2004.zip'));
  expect(zip, 'the SCORM 2004 package of `npm run build`').toBeDefined();
  const site = await startLmsSite({ sco: join('dist', zip!) });
  try {
    await page.addInitScript(installReflowProbe);
    const sco = await launch(page, site, { version: '2004', folder: 'sco' });
    await sco.locator('.language-switch button[lang=de]').click();
    await expect(sco.locator('html')).toHaveAttribute('lang', 'de');
    // The frame changes the width, not the styles: the lessons with the longest words stand for the rest.
    const lessons = (await lessonsOf('dist')).filter((lesson) => ['01-security-role', '02-email'].includes(lesson.id));
    expectNoProblems(await walkCourse(sco, lessons, 'de'), 'the SCORM package in a 344 px frame (de)');
  } finally {
    await site.close();
  }
});
