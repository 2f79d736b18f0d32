import { certificateCode } from './certificateCode.ts';

/** The first day tried when the date is not given: before any Wachsam certificate, with room for clocks set wrong. */
export const FIRST_DAY = '2020-01-01';
const DAY = 24 * 60 * 60 * 1000;

/** Whether a text is a real calendar day written YYYY-MM-DD. */
export function isDay(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
}

/** The day after `now` as YYYY-MM-DD (UTC): a learner's calendar may be a day ahead of the checking machine's. */
export function dayAfter(now: Date): string {
  return new Date(now.getTime() + DAY).toISOString().slice(0, 10);
}

/**
 * The completion day whose code, for this course, edition and name, is `code`: tried for each day from
 * `first` to `last` (about 2,500 hashes for seven years, a few milliseconds). Undefined when none matches.
 */
export function matchingDay(code: string, facts: { courseId: string; version: string; name: string }, first: string, last: string): string | undefined {
  for (let time = Date.parse(`${first}T00:00:00Z`); time <= Date.parse(`${last}T00:00:00Z`); time += DAY) {
    const completedOn = new Date(time).toISOString().slice(0, 10);
    if (certificateCode({ ...facts, completedOn }) === code) return completedOn;
  }
  return undefined;
}
