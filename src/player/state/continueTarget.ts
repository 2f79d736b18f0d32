import type { LessonStatus } from '../../shared/progress.ts';

/**
 * Where "Continue" leads once the learner has begun: the lesson opened last, unless it is finished; then
 * the next unfinished lesson after it (or, past the end, the first one). Without a lesson opened last (an
 * LMS keeps none), the first begun and unfinished one. None when nothing is begun or everything is done.
 */
export function continueTarget(ids: readonly string[], statuses: readonly LessonStatus[], last: string | undefined): string | undefined {
  const open = (index: number) => statuses[index] === 'inProgress' || statuses[index] === 'failed' || statuses[index] === 'notStarted';
  if (statuses.every((status) => status === 'notStarted')) return undefined;
  const from = last === undefined ? -1 : ids.indexOf(last);
  if (from < 0) return ids.find((_, index) => statuses[index] === 'inProgress' || statuses[index] === 'failed') ?? ids.find((_, index) => open(index));
  for (let step = 0; step < ids.length; step++) {
    const index = (from + step) % ids.length;
    if (open(index)) return ids[index];
  }
  return undefined;
}
