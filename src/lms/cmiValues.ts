import type { CourseModel } from '../shared/courseModel.ts';
import type { LessonProgress, ProgressState } from '../shared/progress.ts';
import type { ScormVersion } from '../shared/scormVersion.ts';

/** Element name → value, in the order they should be sent. */
export type CmiValues = Map<string, string>;

interface CourseOutcome {
  done: number;
  total: number;
  allDone: boolean;
  /** Every lesson with a check has a finished attempt, and at least one is below the mastery score. */
  failed: boolean;
  hasChecks: boolean;
  /**
   * The lowest best score over all checks, 0-100, once every check has been taken; undefined before.
   * It is at or above the mastery score exactly when every check is passed, so LMSs that derive
   * pass/fail from the score (SCORM 2004, Moodle's "mastery score overrides status") agree with us.
   */
  score: number | undefined;
}

export function courseOutcome(course: CourseModel, state: ProgressState): CourseOutcome {
  const lessons = course.lessons.map((lesson) => ({
    checked: lesson.shape.questions > 0,
    progress: state.lessons[lesson.id],
  }));
  const withCheck = lessons.filter((lesson) => lesson.checked);
  const done = lessons.filter((lesson) => lesson.progress?.done).length;
  const attemptedAll = withCheck.length > 0 && withCheck.every((lesson) => lesson.progress?.best !== undefined);
  const score = attemptedAll ? Math.min(...withCheck.map((lesson) => lesson.progress?.best ?? 0)) : undefined;
  const allDone = done === lessons.length;
  return {
    done,
    total: lessons.length,
    allDone,
    failed: !allDone && attemptedAll && withCheck.some((lesson) => !lesson.progress?.done),
    hasChecks: withCheck.length > 0,
    score,
  };
}

/**
 * What the LMS should hold for this progress: overall status and score, the bookmark, the
 * suspend_data, and one objective per lesson (`objectiveIndex` maps lesson ids to n).
 */
export function cmiValues(
  version: ScormVersion,
  course: CourseModel,
  state: ProgressState,
  extra: { location: string; suspendData: string; objectiveIndex: Map<string, number> },
): CmiValues {
  const outcome = courseOutcome(course, state);
  const values: CmiValues = new Map();
  const v12 = version === '1.2';
  if (v12) {
    const passedOrCompleted = outcome.hasChecks ? 'passed' : 'completed';
    values.set('cmi.core.lesson_status', outcome.allDone ? passedOrCompleted : outcome.failed ? 'failed' : 'incomplete');
  } else {
    values.set('cmi.completion_status', outcome.allDone ? 'completed' : 'incomplete');
    values.set('cmi.success_status', outcome.allDone ? 'passed' : outcome.failed ? 'failed' : 'unknown');
    values.set('cmi.progress_measure', round2(outcome.total ? outcome.done / outcome.total : 1));
  }
  if (outcome.score !== undefined) {
    const prefix = v12 ? 'cmi.core.score' : 'cmi.score';
    values.set(`${prefix}.min`, '0');
    values.set(`${prefix}.max`, '100');
    values.set(`${prefix}.raw`, String(outcome.score));
    if (!v12) values.set('cmi.score.scaled', round2(outcome.score / 100));
  }
  values.set(v12 ? 'cmi.core.lesson_location' : 'cmi.location', extra.location);
  values.set('cmi.suspend_data', extra.suspendData);

  for (const lesson of course.lessons) {
    const n = extra.objectiveIndex.get(lesson.id);
    if (n === undefined) continue;
    const checked = lesson.shape.questions > 0;
    const progress = state.lessons[lesson.id];
    const prefix = `cmi.objectives.${n}`;
    values.set(`${prefix}.id`, lesson.id);
    if (progress?.best !== undefined) {
      values.set(`${prefix}.score.min`, '0');
      values.set(`${prefix}.score.max`, '100');
      values.set(`${prefix}.score.raw`, String(progress.best));
      if (!v12) values.set(`${prefix}.score.scaled`, round2(progress.best / 100));
    }
    if (v12) values.set(`${prefix}.status`, objectiveStatus12(progress, checked));
    else {
      values.set(`${prefix}.completion_status`, progress?.done ? 'completed' : progress && progress.seen > 0 ? 'incomplete' : 'not attempted');
      values.set(`${prefix}.success_status`, progress?.done && checked ? 'passed' : failedCheck(progress) ? 'failed' : 'unknown');
    }
  }
  return values;
}

function objectiveStatus12(progress: LessonProgress | undefined, checked: boolean): string {
  if (progress?.done) return checked ? 'passed' : 'completed';
  if (failedCheck(progress)) return 'failed';
  return progress && progress.seen > 0 ? 'incomplete' : 'not attempted';
}

function failedCheck(progress: LessonProgress | undefined): boolean {
  return !progress?.done && progress?.check?.result?.passed === false;
}

function round2(value: number): string {
  return String(Math.round(value * 100) / 100);
}
