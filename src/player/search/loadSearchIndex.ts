import { type CourseModel, type SearchIndex, searchKey } from '../../shared/courseModel.ts';
import { loadRegistered } from '../content/loadRegistered.ts';

/**
 * A language's search index, loaded on the first search (a classic script, so it loads from file:// and
 * inside an LMS alike). Its name comes from the language's lesson index, never from the URL.
 */
export function loadSearchIndex(course: Pick<CourseModel, 'searchFiles'>, lang: string): Promise<SearchIndex> {
  const file = Object.keys(course.searchFiles).includes(lang) ? course.searchFiles[lang] : undefined;
  if (!file) return Promise.reject(new Error(`No search index in ${lang}`));
  return loadRegistered<SearchIndex>(file, searchKey(lang));
}
