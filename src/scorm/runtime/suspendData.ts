import type { CourseModel } from '../../shared/courseModel.ts';
import { emptyProgress, type CheckProgress, type LessonProgress, type ProgressState } from '../../player/state/progress.ts';

/**
 * Compact, versioned progress for SCORM suspend_data, which SCORM 1.2 caps at 4,096 characters.
 * Only the characters [0-9a-z.,!_|-] are used, which no LMS mangles.
 *
 *   1|<lang>|<record>,<record>,…
 *   done lesson:      <key>!<best>
 *   other lesson:     <key>.<page>.<seen>.<best>[.<attempt>.<seed>.<previousSeed>.<index>.<result>.<selected>.<submitted>]
 *   result:           <right>r<total><p|f>    (empty while the attempt runs)
 *   selected:         one bit mask of answers (a1 = bit 0) per question, joined by "_"
 *   submitted:        a bit mask of questions (q1 = bit 0)
 * Numbers are base 36; an empty field means "none". A passed lesson keeps only its best score:
 * revisiting its check starts a fresh attempt, which cannot take the pass away.
 */
export const SUSPEND_VERSION = '1';

export interface DecodedSuspendData {
  state: ProgressState;
  lang?: string;
}

export function encodeSuspendData(course: CourseModel, state: ProgressState, lang: string): string {
  const records: string[] = [];
  for (const lesson of course.lessons) {
    const progress = state.lessons[lesson.id];
    if (progress) records.push(encodeLesson(lesson.trackKey, progress));
  }
  return `${SUSPEND_VERSION}|${lang}|${records.join(',')}`;
}

/** Undefined when the text is not a suspend_data this version can read. */
export function decodeSuspendData(course: CourseModel, text: string): DecodedSuspendData | undefined {
  const [version, lang, body, ...rest] = text.split('|');
  if (version !== SUSPEND_VERSION || body === undefined || rest.length > 0 || !/^[a-z-]*$/i.test(lang ?? '')) return undefined;
  const byKey = new Map(course.lessons.map((lesson) => [lesson.trackKey, lesson.id]));
  const state = emptyProgress();
  for (const record of body ? body.split(',') : []) {
    const decoded = safeDecodeLesson(record);
    if (!decoded) return undefined;
    const id = byKey.get(decoded.key);
    // A lesson the course no longer has is dropped; the rest of the progress stays.
    if (id) state.lessons[id] = decoded.progress;
  }
  return { state, lang: lang || undefined };
}

function safeDecodeLesson(record: string): ReturnType<typeof decodeLesson> {
  if (!/^[0-9a-z.!_]+$/.test(record)) return undefined;
  try {
    return decodeLesson(record);
  } catch {
    return undefined;
  }
}

function encodeLesson(key: string, lesson: LessonProgress): string {
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

function decodeLesson(record: string): { key: string; progress: LessonProgress } | undefined {
  const done = /^([0-9a-z]+)!([0-9a-z]*)$/.exec(record);
  if (done) {
    const best = optional(done[2]!);
    return { key: done[1]!, progress: { page: 1, seen: 1, done: true, ...(best === undefined ? {} : { best }) } };
  }
  const [key, page, seen, best, attempt, seed, previousSeed, index, result, selected, submitted] = record.split('.');
  if (!key || !/^[0-9a-z]+$/.test(key) || !page || !seen) return undefined;
  const progress: LessonProgress = { page: int(page), seen: int(seen), done: false };
  if (best) progress.best = int(best);
  if (attempt) {
    const check: CheckProgress = {
      attempt: int(attempt),
      seed: int(seed ?? ''),
      index: int(index ?? ''),
      selected: {},
      submitted: bits(submitted ?? '').map((bit) => `q${bit + 1}`),
    };
    if (previousSeed) check.previousSeed = int(previousSeed);
    (selected ? selected.split('_') : []).forEach((value, question) => {
      if (value) check.selected[`q${question + 1}`] = bits(value).map((bit) => `a${bit + 1}`);
    });
    const outcome = /^([0-9a-z]+)r([0-9a-z]+)([pf])$/.exec(result ?? '');
    if (outcome) {
      const right = int(outcome[1]!);
      const total = int(outcome[2]!);
      check.result = { right, total, score: total ? Math.round((right / total) * 100) : 100, passed: outcome[3] === 'p' };
    }
    progress.check = check;
  }
  return Object.values(progress).some((value) => Number.isNaN(value)) || Number.isNaN(progress.check?.seed)
    ? undefined
    : { key, progress };
}

function num(value: number | undefined): string {
  return value === undefined ? '' : value.toString(36);
}

function int(text: string): number {
  return /^[0-9a-z]+$/.test(text) ? Number.parseInt(text, 36) : Number.NaN;
}

function optional(text: string): number | undefined {
  return text ? int(text) : undefined;
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
