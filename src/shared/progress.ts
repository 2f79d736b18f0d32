/**
 * The learner's progress: what the player stores between visits. Pure data and pure updates;
 * storing it is progressStorage.ts's job.
 */
export const PROGRESS_VERSION = 1;

export interface ProgressState {
  version: typeof PROGRESS_VERSION;
  lessons: Record<string, LessonProgress>;
  /** The lesson whose page or check was opened last: where "Continue" leads. */
  last?: string;
  /** YYYY-MM-DD, the learner's local date: the day every lesson was first finished. The certificate's date. */
  completedOn?: string;
}

export interface LessonProgress {
  /** Bookmark: the last page opened, 1-based; the check counts as the page after the last. */
  page: number;
  /** Highest page opened. */
  seen: number;
  /** Passed the check at least once (or, without a check, read every page). */
  done: boolean;
  /** Best score in percent over all attempts, if any attempt finished. */
  best?: number;
  check?: CheckProgress;
}

export interface CheckProgress {
  /** 1-based attempt number. */
  attempt: number;
  /** Seeds of the answer order of this attempt and the one before. */
  seed: number;
  previousSeed?: number;
  /** Index of the question on screen. */
  index: number;
  /** Chosen answer ids per question id. */
  selected: Record<string, string[]>;
  /** Question ids whose answer was checked. */
  submitted: string[];
  /** Set when the attempt is finished. */
  result?: { score: number; right: number; total: number; passed: boolean };
}

export function emptyProgress(): ProgressState {
  return { version: PROGRESS_VERSION, lessons: {} };
}

export function lessonProgress(state: ProgressState, id: string): LessonProgress {
  return state.lessons[id] ?? { page: 1, seen: 0, done: false };
}

function withLesson(state: ProgressState, id: string, change: (lesson: LessonProgress) => LessonProgress): ProgressState {
  return { ...state, lessons: { ...state.lessons, [id]: change(lessonProgress(state, id)) } };
}

/** Records that a page (1-based; pageCount + 1 is the check) was opened. */
export function visitPage(state: ProgressState, id: string, page: number, pageCount: number, hasCheck: boolean): ProgressState {
  const visited = withLesson(state, id, (lesson) => {
    const seen = Math.max(lesson.seen, page);
    const readAll = !hasCheck && seen >= pageCount;
    return { ...lesson, page, seen, done: lesson.done || readAll };
  });
  return { ...visited, last: id };
}

/** A day as the learner's calendar shows it, YYYY-MM-DD. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Notes the day the course was completed, once: later visits, reviews and retries keep the first day.
 * A course that is no longer complete (an update added a lesson) loses the day: it is noted again when
 * the learner completes the course as it is now.
 */
export function noteCompletion(state: ProgressState, complete: boolean, today: string): ProgressState {
  if (complete) return state.completedOn === undefined ? { ...state, completedOn: today } : state;
  if (state.completedOn === undefined) return state;
  const { completedOn: _dropped, ...rest } = state;
  return rest;
}

export function newSeed(): number {
  return Math.floor(Math.random() * 0x7fffffff) + 1;
}

export function startCheck(state: ProgressState, id: string, seed: number): ProgressState {
  return withLesson(state, id, (lesson) => (lesson.check ? lesson : { ...lesson, check: { attempt: 1, seed, index: 0, selected: {}, submitted: [] } }));
}

function withCheck(state: ProgressState, id: string, change: (check: CheckProgress) => CheckProgress): ProgressState {
  return withLesson(state, id, (lesson) => (lesson.check ? { ...lesson, check: change(lesson.check) } : lesson));
}

export function selectAnswers(state: ProgressState, id: string, questionId: string, answerIds: string[]): ProgressState {
  return withCheck(state, id, (check) =>
    check.submitted.includes(questionId) ? check : { ...check, selected: { ...check.selected, [questionId]: answerIds } },
  );
}

export function submitAnswer(state: ProgressState, id: string, questionId: string): ProgressState {
  return withCheck(state, id, (check) => (check.submitted.includes(questionId) ? check : { ...check, submitted: [...check.submitted, questionId] }));
}

export function goToQuestion(state: ProgressState, id: string, index: number): ProgressState {
  return withCheck(state, id, (check) => ({ ...check, index }));
}

/** A question counts as right when exactly the right answers were chosen. */
export function isRight(correctIds: readonly string[], chosen: readonly string[] = []): boolean {
  return correctIds.length === chosen.length && correctIds.every((answer) => chosen.includes(answer));
}

export function finishCheck(state: ProgressState, id: string, questions: readonly { id: string; correct: string[] }[], passMark: number): ProgressState {
  const check = lessonProgress(state, id).check;
  if (!check || check.result) return state;
  const right = questions.filter((question) => isRight(question.correct, check.selected[question.id])).length;
  const total = questions.length;
  const score = total === 0 ? 100 : Math.round((right / total) * 100);
  const passed = score >= passMark;
  const result = { score, right, total, passed };
  return withLesson(state, id, (lesson) => ({
    ...lesson,
    done: lesson.done || passed,
    best: Math.max(lesson.best ?? 0, score),
    check: { ...check, result },
  }));
}

export function retryCheck(state: ProgressState, id: string, seed: number): ProgressState {
  return withCheck(state, id, (check) => ({
    attempt: check.attempt + 1,
    seed,
    previousSeed: check.seed,
    index: 0,
    selected: {},
    submitted: [],
  }));
}

export type LessonStatus = 'notStarted' | 'inProgress' | 'passed' | 'failed' | 'completed';

export function lessonStatus(state: ProgressState, id: string, hasCheck: boolean): LessonStatus {
  const lesson = state.lessons[id];
  if (!lesson || lesson.seen === 0) return 'notStarted';
  if (lesson.done) return hasCheck ? 'passed' : 'completed';
  if (lesson.check?.result && !lesson.check.result.passed) return 'failed';
  return 'inProgress';
}
