import type { Frame, Page } from '@playwright/test';
import type { LessonContent } from '../../../src/shared/courseModel.ts';
import { answerInPage } from '../answerInPage.ts';
import { expect } from '../fixtures.ts';
import type { LmsSite } from './lmsSite.ts';

export interface LmsOptions {
  version: '1.2' | '2004';
  /** Folder of the unzipped package on the site. */
  folder: string;
  /** What the LMS holds before the launch, in scorm-again's loadFromJSON shape. */
  preset?: unknown;
  failCommits?: number;
  failSetValues?: number;
  /** Every SetValue is refused. */
  refuseAll?: boolean;
  /** SetValue and Commit throw. */
  throws?: boolean;
  /** Commits made while the SCO's window closes never arrive. */
  dropFinal?: boolean;
  mode?: 'frame' | 'opener';
}

export interface LogEntry {
  method: string;
  args: string[];
  result: string;
  afterFinish: boolean;
}

/** Opens the test LMS and launches the SCO in a frame; returns the SCO's frame once it has rendered. */
export async function launch(page: Page, site: LmsSite, options: LmsOptions): Promise<Frame> {
  await page.goto(site.lmsUrl);
  await page.evaluate(({ folder, ...rest }) => (window as any).lms.start({ ...rest, launch: `${folder}/index.html` }), options);
  return scoFrame(page);
}

export async function scoFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().endsWith('/index.html') || frame.url().includes('/index.html#'))).toBe(true);
  const frame = page.frames().find((candidate) => candidate.url().includes('/index.html'))!;
  await frame.locator('main h1').waitFor();
  return frame;
}

export async function lmsLog(page: Page): Promise<LogEntry[]> {
  return page.evaluate(() => (window as any).lms.log);
}

export async function lastSet(page: Page, element: string): Promise<string | undefined> {
  return page.evaluate((name) => (window as any).lms.lastSet(name), element);
}

export async function stored(page: Page): Promise<any> {
  return page.evaluate(() => (window as any).lms.stored());
}

/** Removes the SCO's frame, as an LMS does when the learner leaves: the SCO sees pagehide. */
export async function closeSco(page: Page): Promise<void> {
  await page.evaluate(() => (window as any).lms.close());
}

export async function go(frame: Frame, hash: string): Promise<void> {
  await frame.evaluate((target) => {
    location.hash = target;
  }, hash);
}

async function lessonContent(frame: Frame, id: string, lang: string): Promise<LessonContent> {
  await frame.waitForFunction((key) => !!(globalThis as any).wachsamLessons?.[key], `${id}/${lang}`);
  return frame.evaluate((key) => (globalThis as any).wachsamLessons[key], `${id}/${lang}`);
}

/**
 * Takes a lesson's knowledge check and waits for the result: every answer right (true), all wrong (false),
 * the first N right, or 'half' (the first half, rounded up: just 50 % or more, whatever the lesson's length).
 * The answers are clicked inside the page (answerInPage.ts): these specs are about what reaches the LMS.
 */
export async function takeCheck(frame: Frame, id: string, right: boolean | number | 'half', lang = 'en'): Promise<void> {
  await go(frame, `#/lesson/${id}/check`);
  const content = await lessonContent(frame, id, lang);
  const rightCount = right === true ? content.questions.length : right === false ? 0 : right === 'half' ? Math.ceil(content.questions.length / 2) : right;
  const picks = content.questions.map((question, index) => {
    const wanted = question.answers.filter((answer) => answer.correct === index < rightCount);
    return (question.multiple || index >= rightCount ? wanted.slice(0, question.multiple ? wanted.length : 1) : wanted).map((answer) => answer.id);
  });
  await answerInPage(frame, picks);
  await frame.locator('.check-result').waitFor();
}

/**
 * What Moodle 4.5 hands the next launch, from the data it stored (verified behaviour, see the
 * SCORM reference): data is restored only after exit = suspend. A SCORM 1.2 attempt with a final
 * status opens in review mode (data restored, entry "" unless suspended); a SCORM 2004 session
 * that did not end suspended opens in review mode with entry ab-initio and no data at all.
 */
export function moodleRelaunch(version: '1.2' | '2004', data: any): unknown {
  if (version === '1.2') {
    const finished = ['passed', 'completed', 'failed'].includes(data.core.lesson_status);
    const review = finished ? { lesson_mode: 'review', credit: 'no-credit' } : { lesson_mode: 'normal', credit: 'credit' };
    return { ...data, core: { ...data.core, ...review, entry: data.core.exit === 'suspend' ? 'resume' : '' } };
  }
  if (data.exit === 'suspend') return { ...data, entry: 'resume' };
  return { mode: 'review', credit: 'no-credit', entry: 'ab-initio' };
}
