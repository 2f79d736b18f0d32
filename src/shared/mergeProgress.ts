import type { LessonProgress, ProgressState } from './progress.ts';

/**
 * Combines two copies of the same learner's progress (the LMS's and a local backup, or this tab's
 * and what another tab stored), keeping every lesson either copy has and, for a lesson both have,
 * whichever went further. Nothing reached goes back: a passed lesson stays passed, the best score
 * and the highest page seen are kept, and so is the earlier day of completion.
 */
export function mergeProgress(primary: ProgressState, backup: ProgressState): ProgressState {
  const lessons: Record<string, LessonProgress> = { ...backup.lessons, ...primary.lessons };
  for (const [id, theirs] of Object.entries(backup.lessons)) {
    const ours = primary.lessons[id];
    if (ours) lessons[id] = further(ours, theirs);
  }
  const last = primary.last ?? backup.last;
  // The first day the course was complete, whichever copy saw it first.
  const completedOn = [primary.completedOn, backup.completedOn].filter((day) => day !== undefined).sort()[0];
  return { ...primary, lessons, ...(last === undefined ? {} : { last }), ...(completedOn === undefined ? {} : { completedOn }) };
}

function further(a: LessonProgress, b: LessonProgress): LessonProgress {
  const best = Math.max(a.best ?? -1, b.best ?? -1);
  const ahead = compare(a, b) >= 0 ? a : b;
  const merged: LessonProgress = {
    ...ahead,
    seen: Math.max(a.seen, b.seen),
    done: a.done || b.done,
  };
  if (best >= 0) merged.best = best;
  return merged;
}

/**
 * How far a lesson got, compared step by step: done beats not done, a later attempt beats an
 * earlier one, a finished attempt beats an open one, more checked answers beat fewer, more pages
 * read beat fewer. Equal means the first (this tab's) copy is kept.
 */
function compare(a: LessonProgress, b: LessonProgress): number {
  const steps = (lesson: LessonProgress) => {
    const check = lesson.check;
    return [lesson.done ? 1 : 0, check?.attempt ?? 0, check?.result ? 1 : 0, check?.submitted.length ?? 0, lesson.seen];
  };
  const ours = steps(a);
  const theirs = steps(b);
  for (let index = 0; index < ours.length; index++) {
    const difference = ours[index]! - theirs[index]!;
    if (difference !== 0) return difference;
  }
  return 0;
}
