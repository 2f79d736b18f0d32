import type { CourseModel } from '../shared/courseModel.ts';
import type { ProgressState } from '../shared/progress.ts';
import { encodeSuspendData } from './suspendData.ts';

/**
 * The suspend_data for a state, within the LMS's limit. Should a large course in an unusual state
 * not fit, it first drops unfinished answers of lessons other than the open one, then bookmarks
 * inside unfinished lessons; finished lessons and scores are always kept.
 */
export function fitSuspendData(course: CourseModel, state: ProgressState, lang: string, limit: number, openLesson?: string): string {
  const full = encodeSuspendData(course, state, lang);
  if (full.length <= limit) return full;
  const lessons = { ...state.lessons };
  for (const [id, lesson] of Object.entries(lessons)) {
    if (id !== openLesson && lesson.check && !lesson.check.result) lessons[id] = { ...lesson, check: undefined };
  }
  const lighter = encodeSuspendData(course, { ...state, lessons }, lang);
  if (lighter.length <= limit) return lighter;
  for (const [id, lesson] of Object.entries(lessons)) {
    if (id !== openLesson && !lesson.done) lessons[id] = { page: 1, seen: Math.min(lesson.seen, 1), done: false, best: lesson.best };
  }
  return encodeSuspendData(course, { ...state, lessons }, lang);
}
