import { PROGRESS_VERSION, type CheckProgress, type LessonProgress, type ProgressState } from '../../shared/progress.ts';

/**
 * Upper bounds no real learner reaches: a lesson has far fewer pages and questions, nobody retries a
 * check ten thousand times. A stored value beyond them is damage, not progress, and would otherwise
 * show as "Passed (1e+308 %)" or send the learner to page 90071992.
 */
const MAX_PAGE = 1000;
const MAX_QUESTIONS = 1000;
const MAX_ATTEMPT = 10_000;
const MAX_SEED = 0xffffffff;

/** Stored progress as read: the lessons that make sense, and the ids of those that did not. */
export interface ReadProgress {
  state: ProgressState;
  /** Lessons whose stored record was nonsense and was left out. */
  dropped: string[];
}

/** Turns a stored state of an older version into the next version. Index = the version it reads. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Reads stored progress, lesson by lesson: one damaged lesson costs that lesson only. Returns
 * undefined when nothing can be read (not JSON, an unknown version, no lesson list).
 */
export function readProgress(raw: string): ReadProgress | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(value) || typeof value.version !== 'number') return undefined;
  let current = value;
  while (typeof current.version === 'number' && current.version < PROGRESS_VERSION) {
    const migrate = migrations[current.version];
    if (!migrate) return undefined;
    current = migrate(current);
  }
  if (current.version !== PROGRESS_VERSION || !isObject(current.lessons)) return undefined;
  const lessons: Record<string, LessonProgress> = {};
  const dropped: string[] = [];
  for (const [id, lesson] of Object.entries(current.lessons)) {
    if (isLesson(lesson)) lessons[id] = lesson;
    else dropped.push(id);
  }
  // The lesson opened last, for "Continue": kept only when it names a lesson that was read.
  const last = typeof current.last === 'string' && Object.keys(lessons).includes(current.last) ? { last: current.last } : {};
  const completedOn =
    typeof current.completedOn === 'string' && /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(current.completedOn)
      ? { completedOn: current.completedOn }
      : {};
  return { state: { version: PROGRESS_VERSION, lessons, ...last, ...completedOn }, dropped };
}

/** The readable lessons of stored progress, or undefined when nothing can be read. */
export function parseProgress(raw: string): ProgressState | undefined {
  return readProgress(raw)?.state;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isLesson(value: unknown): value is LessonProgress {
  return (
    isObject(value) &&
    isCount(value.page, MAX_PAGE) &&
    isCount(value.seen, MAX_PAGE) &&
    typeof value.done === 'boolean' &&
    (value.best === undefined || isCount(value.best, 100)) &&
    (value.check === undefined || isCheck(value.check))
  );
}

function isCheck(value: unknown): value is CheckProgress {
  return (
    isObject(value) &&
    isCount(value.attempt, MAX_ATTEMPT) &&
    value.attempt >= 1 &&
    isCount(value.seed, MAX_SEED) &&
    (value.previousSeed === undefined || isCount(value.previousSeed, MAX_SEED)) &&
    isCount(value.index, MAX_QUESTIONS) &&
    isObject(value.selected) &&
    Object.values(value.selected).every(isStringList) &&
    isStringList(value.submitted) &&
    (value.result === undefined || isResult(value.result))
  );
}

function isResult(value: unknown): value is CheckProgress['result'] {
  return (
    isObject(value) &&
    isCount(value.score, 100) &&
    isCount(value.total, MAX_QUESTIONS) &&
    isCount(value.right, value.total) &&
    typeof value.passed === 'boolean'
  );
}

/** A whole number from 0 to max: rules out NaN, Infinity, 1e308, -50 and 2.5 pages alike. */
function isCount(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length <= MAX_QUESTIONS && value.every((item) => typeof item === 'string');
}
