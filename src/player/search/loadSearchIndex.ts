import { type CourseModel, type SearchIndex, searchKey } from '../../shared/courseModel.ts';
import { loadLessonIndex } from '../content/loadLessonIndex.ts';
import { loadRegistered } from '../content/loadRegistered.ts';

/**
 * A language's search index, loaded on the first search: one shard per lesson, as the lesson index names
 * them, joined in course order (classic scripts, so they load from file:// and inside an LMS alike).
 * Names come from the lesson index, never from the URL. When a shard is gone, the index is an older one
 * (kept by a cache across an update): as for lesson texts, the index is loaded again, fresh, and the
 * shards it names now are loaded instead.
 */
export async function loadSearchIndex(course: Pick<CourseModel, 'languages' | 'lessons'>, lang: string): Promise<SearchIndex> {
  if (!course.languages.includes(lang)) throw new Error(`No search index in ${lang}`);
  const shards = course.lessons.map((lesson) => {
    const textLang = lesson.variants[lang]?.lang;
    const file = textLang === undefined ? undefined : lesson.searchFiles[textLang];
    if (!file || textLang === undefined) throw new Error(`No search index in ${lang}`);
    return { id: lesson.id, textLang, file };
  });
  const load = (list: typeof shards) => Promise.all(list.map((shard) => loadRegistered<SearchIndex>(shard.file, searchKey(shard.id, shard.textLang))));
  let loaded: SearchIndex[];
  try {
    loaded = await load(shards);
  } catch (error) {
    const fresh = await loadLessonIndex(lang, true).catch(() => undefined);
    if (!fresh) throw error;
    loaded = await load(fresh.lessons.map((lesson) => ({ id: lesson.id, textLang: lesson.meta.lang, file: lesson.searchFile })));
  }
  return { lang, pages: loaded.flatMap((shard) => shard.pages) };
}
