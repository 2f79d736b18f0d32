import { emptyProgress, PROGRESS_VERSION, type CheckProgress, type LessonProgress, type ProgressState } from './progress.ts';

export type LoadNotice = 'reset' | 'unavailable';

export interface LoadedProgress {
  state: ProgressState;
  /** Set when the learner must be told something about the stored progress. */
  notice?: LoadNotice;
}

/** Turns a stored state of an older version into the next version. Index = the version it reads. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Reads, migrates and checks stored progress. Anything unreadable is kept under a backup key and
 * replaced by an empty state with a notice; it never throws.
 */
export function loadProgress(storage: Storage | undefined, key: string): LoadedProgress {
  if (!storage) return { state: emptyProgress(), notice: 'unavailable' };
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { state: emptyProgress(), notice: 'unavailable' };
  }
  if (raw === null) return { state: emptyProgress() };
  const state = parseProgress(raw);
  if (state) return { state };
  try {
    storage.setItem(`${key}:backup`, raw);
  } catch {
    // A full storage must not stop the course; the notice still tells the learner.
  }
  return { state: emptyProgress(), notice: 'reset' };
}

export function saveProgress(storage: Storage | undefined, key: string, state: ProgressState): boolean {
  try {
    storage?.setItem(key, JSON.stringify(state));
    return !!storage;
  } catch {
    return false;
  }
}

export function parseProgress(raw: string): ProgressState | undefined {
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
  return isProgress(current) ? current : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProgress(value: Record<string, unknown>): value is ProgressState & Record<string, unknown> {
  return value.version === PROGRESS_VERSION && isObject(value.lessons) && Object.values(value.lessons).every(isLesson);
}

function isLesson(value: unknown): value is LessonProgress {
  return (
    isObject(value) &&
    isCount(value.page) &&
    isCount(value.seen) &&
    typeof value.done === 'boolean' &&
    (value.best === undefined || typeof value.best === 'number') &&
    (value.check === undefined || isCheck(value.check))
  );
}

function isCheck(value: unknown): value is CheckProgress {
  return (
    isObject(value) &&
    isCount(value.attempt) &&
    isCount(value.seed) &&
    isCount(value.index) &&
    isObject(value.selected) &&
    Object.values(value.selected).every(isStringList) &&
    isStringList(value.submitted)
  );
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
