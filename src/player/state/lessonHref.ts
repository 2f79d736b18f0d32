import type { LessonMeta } from '../../shared/courseModel.ts';
import { lessonProgress, lessonStatus, type ProgressState } from '../../shared/progress.ts';
import { hrefFor } from '../router.ts';

/** The bookmark, within the lesson as it is now (it may have lost pages since the learner was here). */
export function resumePage(page: number, meta: Pick<LessonMeta, 'pageCount' | 'questionCount'>): number {
  return Math.max(1, Math.min(page, meta.pageCount + (meta.questionCount > 0 ? 1 : 0)));
}

/** Where a lesson's button leads: a failed check again, the bookmark of a begun lesson, else its first page. */
export function lessonHref(progress: ProgressState, lessonId: string, meta: Pick<LessonMeta, 'pageCount' | 'questionCount'>): string {
  const status = lessonStatus(progress, lessonId, meta.questionCount > 0);
  if (status === 'failed') return hrefFor({ name: 'check', lessonId });
  const page = status === 'inProgress' ? resumePage(lessonProgress(progress, lessonId).page, meta) : 1;
  return hrefFor({ name: 'page', lessonId, page });
}
