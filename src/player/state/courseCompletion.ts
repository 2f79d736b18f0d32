import type { CourseModel } from '../../shared/courseModel.ts';
import type { ProgressState } from '../../shared/progress.ts';

/**
 * The lessons still to finish before the course counts as complete: a lesson with a knowledge check
 * once its check is passed, one without once every page was read. Empty when the course is complete.
 */
export function lessonsToFinish(course: CourseModel, progress: ProgressState): string[] {
  return course.lessons.filter((lesson) => !progress.lessons[lesson.id]?.done).map((lesson) => lesson.id);
}

/** Whether every lesson of the course is finished: what the course end, the certificate and the completion receipt wait for. */
export function courseComplete(course: CourseModel, progress: ProgressState): boolean {
  return lessonsToFinish(course, progress).length === 0;
}
