import type { LessonProgress, ProgressState } from './progress.ts';

/**
 * Combines two copies of the same learner's progress (the LMS's and a local backup), keeping for
 * each lesson whichever went further, so a commit the LMS lost costs nothing.
 */
export function mergeProgress(primary: ProgressState, backup: ProgressState): ProgressState {
  const lessons: Record<string, LessonProgress> = { ...backup.lessons, ...primary.lessons };
  for (const [id, theirs] of Object.entries(backup.lessons)) {
    const ours = primary.lessons[id];
    if (ours) lessons[id] = further(ours, theirs);
  }
  return { ...primary, lessons };
}

function further(a: LessonProgress, b: LessonProgress): LessonProgress {
  const best = Math.max(a.best ?? -1, b.best ?? -1);
  const [ahead] = [a, b].sort((x, y) => rank(y) - rank(x));
  const merged: LessonProgress = {
    ...ahead!,
    seen: Math.max(a.seen, b.seen),
    done: a.done || b.done,
  };
  if (best >= 0) merged.best = best;
  return merged;
}

/** How far a lesson got: done beats a finished attempt beats answered questions beats pages read. */
function rank(lesson: LessonProgress): number {
  const check = lesson.check;
  const answered = check ? check.submitted.length + (check.result ? 1000 : 0) + check.attempt * 10000 : 0;
  return (lesson.done ? 1e9 : 0) + answered * 100 + lesson.seen;
}
