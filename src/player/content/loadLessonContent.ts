import { contentFileOf, contentKey, type CourseModel, type LessonContent } from '../../shared/courseModel.ts';
import { loadLessonIndex } from './loadLessonIndex.ts';
import { loadRegistered, registered } from './loadRegistered.ts';

export function loadedLessonContent(id: string, lang: string): LessonContent | undefined {
  return registered<LessonContent>(contentKey(id, lang));
}

/**
 * Loads a lesson's text. Only a lesson and language of this course can name the script: ids arrive
 * from the URL, and `../uploads/evil.js?` must never become a script's address. When the script is not
 * there, the index that named it may be an older one (a cache kept it across an update of the course):
 * the index is loaded again, fresh, and the script it names now is loaded instead.
 */
export async function loadLessonContent(course: Pick<CourseModel, 'lessons'>, id: string, lang: string): Promise<LessonContent> {
  const file = contentFileOf(course, id, lang);
  if (!file) throw new Error(`No lesson ${id} in ${lang}`);
  try {
    return await loadRegistered<LessonContent>(file, contentKey(id, lang));
  } catch (error) {
    const renamed = (await loadLessonIndex(lang, true).catch(() => undefined))?.lessons.find((entry) => entry.id === id && entry.meta.lang === lang)?.file;
    if (!renamed || renamed === file) throw error;
    return loadRegistered<LessonContent>(renamed, contentKey(id, lang));
  }
}
