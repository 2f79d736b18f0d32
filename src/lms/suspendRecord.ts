import type { CheckProgress, LessonProgress } from '../shared/progress.ts';

/**
 * One lesson's record inside suspend_data (format in suspendData.ts), and the checks that keep a
 * record that is well-formed but impossible (a cut number, a score of 1.3e31 %) from being shown.
 */

/** What a lesson can hold, from the course model; a record beyond it is stale or damaged. */
export interface LessonLimits {
  /** Pages of the longest language version; the check counts as one page more. */
  pages: number;
  /** Questions of the largest check; 0 when the lesson has none. */
  questions: number;
}

/** Bounds no real progress comes near, for values the course model cannot bound. */
const MAX_ATTEMPTS = 100_000;
const MAX_SEED = 0x7fffffff;
/** Base-36 digits of a bit mask of answers or questions: 12 digits hold 62 bits. */
const MAX_MASK_DIGITS = 12;

export function encodeLesson(key: string, lesson: LessonProgress): string {
  if (lesson.done) return `${key}!${num(lesson.best)}`;
  const fields = [key, num(lesson.page), num(lesson.seen), num(lesson.best)];
  const check = lesson.check;
  if (check) {
    const result = check.result ? `${num(check.result.right)}r${num(check.result.total)}${check.result.passed ? 'p' : 'f'}` : '';
    const questions = Math.max(0, ...[...Object.keys(check.selected), ...check.submitted].map(indexOf));
    const selected = Array.from({ length: questions }, (_, index) => mask(check.selected[`q${index + 1}`] ?? []));
    fields.push(num(check.attempt), num(check.seed), num(check.previousSeed), num(check.index), result);
    fields.push(check.result ? '' : selected.join('_'), check.result ? '' : mask(check.submitted));
  }
  return fields.join('.').replace(/\.+$/, '');
}

/** The key a record starts with, or undefined when the record is not of our form at all. */
export function recordKey(record: string): string | undefined {
  return /^([0-9a-z]+)[.!]/.exec(record)?.[1];
}

/**
 * The lesson progress in a record, or undefined when the record is malformed or holds values the
 * lesson cannot have. Never throws.
 */
export function decodeLesson(record: string, limits: LessonLimits): LessonProgress | undefined {
  if (!/^[0-9a-z.!_]+$/.test(record)) return undefined;
  try {
    const progress = parseLesson(record, limits);
    return progress && plausible(progress, limits) ? progress : undefined;
  } catch {
    return undefined;
  }
}

function parseLesson(record: string, limits: LessonLimits): LessonProgress | undefined {
  const done = /^[0-9a-z]+!([0-9a-z]*)$/.exec(record);
  if (done) {
    const best = done[1] ? int(done[1]) : undefined;
    // A lesson with a check is done only by passing it, which always records a best score: a done
    // record without one was cut after the "!".
    if (best === undefined && limits.questions > 0) return undefined;
    return { page: 1, seen: 1, done: true, ...(best === undefined ? {} : { best }) };
  }
  const [key, page, seen, best, attempt, seed, previousSeed, index, result, selected, submitted, ...rest] = record.split('.');
  if (!key || !page || !seen || rest.length > 0) return undefined;
  const progress: LessonProgress = { page: int(page), seen: int(seen), done: false };
  if (best) progress.best = int(best);
  if (attempt) {
    if (!seed || !index) return undefined;
    if ((selected?.split('_') ?? []).some((value) => value.length > MAX_MASK_DIGITS) || (submitted ?? '').length > MAX_MASK_DIGITS) {
      return undefined;
    }
    const check: CheckProgress = {
      attempt: int(attempt),
      seed: int(seed),
      index: int(index),
      selected: {},
      submitted: bits(submitted ?? '').map((bit) => `q${bit + 1}`),
    };
    if (previousSeed) check.previousSeed = int(previousSeed);
    (selected ? selected.split('_') : []).forEach((value, question) => {
      if (value) check.selected[`q${question + 1}`] = bits(value).map((bit) => `a${bit + 1}`);
    });
    if (result) {
      const outcome = /^([0-9a-z]+)r([0-9a-z]+)([pf])$/.exec(result);
      if (!outcome) return undefined;
      const right = int(outcome[1]!);
      const total = int(outcome[2]!);
      check.result = { right, total, score: total ? Math.round((right / total) * 100) : 100, passed: outcome[3] === 'p' };
    }
    progress.check = check;
  }
  return progress;
}

/** Every number within what this lesson can hold; pages and questions within the course. */
function plausible(progress: LessonProgress, limits: LessonLimits): boolean {
  const lastPage = limits.pages + 1;
  if (!inRange(progress.page, 1, lastPage) || !inRange(progress.seen, 0, lastPage)) return false;
  if (progress.best !== undefined && !inRange(progress.best, 0, 100)) return false;
  const check = progress.check;
  if (!check) return true;
  if (limits.questions === 0) return false;
  if (!inRange(check.attempt, 1, MAX_ATTEMPTS) || !inRange(check.seed, 1, MAX_SEED) || !inRange(check.index, 0, limits.questions)) return false;
  if (check.previousSeed !== undefined && !inRange(check.previousSeed, 1, MAX_SEED)) return false;
  const questionIds = [...Object.keys(check.selected), ...check.submitted];
  if (questionIds.some((id) => indexOf(id) > limits.questions)) return false;
  const result = check.result;
  if (result && !(inRange(result.total, 1, limits.questions) && inRange(result.right, 0, result.total))) return false;
  return true;
}

function inRange(value: number, min: number, max: number): boolean {
  return Number.isSafeInteger(value) && value >= min && value <= max;
}

function num(value: number | undefined): string {
  return value === undefined ? '' : value.toString(36);
}

function int(text: string): number {
  return /^[0-9a-z]{1,10}$/.test(text) ? Number.parseInt(text, 36) : Number.NaN;
}

function indexOf(id: string): number {
  const match = /^[qa](\d+)$/.exec(id);
  return match ? Number(match[1]) : 0;
}

/** A set of ids such as a1, a3 as a base-36 bit mask ("5"); ids of another form are skipped. */
function mask(ids: readonly string[]): string {
  let value = 0n;
  for (const id of ids) {
    const position = indexOf(id);
    if (position > 0) value |= 1n << BigInt(position - 1);
  }
  return value === 0n ? '' : value.toString(36);
}

function bits(text: string): number[] {
  if (!text) return [];
  let value = 0n;
  for (const char of text) value = value * 36n + BigInt(Number.parseInt(char, 36));
  const result: number[] = [];
  for (let bit = 0; value > 0n; bit++, value >>= 1n) if (value & 1n) result.push(bit);
  return result;
}
