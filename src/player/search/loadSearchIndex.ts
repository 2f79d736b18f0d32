import { type CourseModel, type SearchIndex, searchKey } from '../../shared/courseModel.ts';
import { loadLessonIndex } from '../content/loadLessonIndex.ts';
import { loadRegistered } from '../content/loadRegistered.ts';

/**
 * A language's search index, loaded on the first search (a classic script, so it loads from file:// and
 * inside an LMS alike). Its name comes from the language's lesson index, never from the URL. When the
 * script is gone, that index is an older one (kept by a cache across an update): as for lesson texts,
 * the index is loaded again, fresh, and the search index it names now is loaded instead.
 */
export async function loadSearchIndex(course: Pick<CourseModel, 'searchFiles'>, lang: string): Promise<SearchIndex> {
  const file = Object.keys(course.searchFiles).includes(lang) ? course.searchFiles[lang] : undefined;
  if (!file) throw new Error(`No search index in ${lang}`);
  try {
    return await loadRegistered<SearchIndex>(file, searchKey(lang));
  } catch (error) {
    const renamed = (await loadLessonIndex(lang, true).catch(() => undefined))?.searchFile;
    if (!renamed || renamed === file) throw error;
    return loadRegistered<SearchIndex>(renamed, searchKey(lang));
  }
}
