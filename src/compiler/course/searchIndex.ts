import type { LessonContent, SearchEntry, SearchIndex } from '../../shared/courseModel.ts';
import { plainText } from '../lesson/markdown.ts';

/** Tags that end a block of text: their boundary is a word boundary ("<li>a</li><li>b</li>" is "a b", not "ab"). */
const BLOCK_BOUNDARY = /<\/?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|thead|tbody|tr|td|th|caption|figure|figcaption|br|hr)\b[^>]*>/gi;

/** A page's sanitised HTML as the search reads it: plain text, blocks kept apart. */
export function searchText(html: string): string {
  return plainText(html.replace(BLOCK_BOUNDARY, ' $&'));
}

/**
 * One language's search index: the pages of every lesson in the language the learner reads it in there
 * (`contents` holds exactly those, in course order). Titles and texts only, so it stays small.
 */
export function searchIndexOf(lang: string, contents: readonly LessonContent[]): SearchIndex {
  const pages: SearchEntry[] = contents.flatMap((content) =>
    content.pages.map((page, at) => ({ lesson: content.id, page: at + 1, title: page.title, text: searchText(page.html) })),
  );
  return { lang, pages };
}
