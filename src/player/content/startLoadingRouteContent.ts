import type { CourseModel } from '../../shared/courseModel.ts';
import { pickLanguage } from '../i18n/i18n.ts';
import { metaOf } from '../playerContext.ts';
import { parseHash } from '../router.ts';
import { loadLessonContent } from './loadLessonContent.ts';

/** Starts loading the lesson text the current URL points at; errors surface later, in the view. */
export function startLoadingRouteContent(course: CourseModel, storedLang: string | undefined): void {
  const route = parseHash(location.hash);
  if (route.name !== 'page' && route.name !== 'check') return;
  const meta = metaOf(course, route.lessonId, pickLanguage(course.languages, storedLang ?? null));
  if (meta) loadLessonContent(meta.contentFile, route.lessonId, meta.lang).catch(() => undefined);
}
