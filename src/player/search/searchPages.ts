import type { SearchEntry, SearchIndex } from '../../shared/courseModel.ts';
import { type FoldedText, foldText, queryWords } from './foldText.ts';
import { highlight, joinRanges, type Range, type Segment } from './highlight.ts';

export interface SearchHit {
  lesson: string;
  page: number;
  title: Segment[];
  snippet: Segment[];
}

/** About two lines of text around the matches. */
const SNIPPET_LENGTH = 180;
/** How much of the text before the first match the snippet shows. */
const LEAD = 50;

interface FoldedEntry {
  entry: SearchEntry;
  title: FoldedText;
  text: FoldedText;
}

/** Each index is folded once, on its first search. */
const foldedIndexes = new WeakMap<SearchIndex, FoldedEntry[]>();

function foldedOf(index: SearchIndex): FoldedEntry[] {
  let folded = foldedIndexes.get(index);
  if (!folded) {
    folded = index.pages.map((entry) => ({ entry, title: foldText(entry.title, index.lang), text: foldText(entry.text, index.lang) }));
    foldedIndexes.set(index, folded);
  }
  return folded;
}

/** Where a folded word occurs in the folded text, as ranges of the original text. */
function rangesOf(text: FoldedText, word: string): Range[] {
  const ranges: Range[] = [];
  for (let at = text.folded.indexOf(word); at >= 0; at = text.folded.indexOf(word, at + word.length)) {
    ranges.push([text.start[at]!, text.end[at + word.length - 1]!]);
  }
  return ranges;
}

/**
 * The pages that hold every word of the query, each word anywhere inside a word of the page ("Passwort"
 * finds "Einmalpasswort" and "Passwortmanager"). Pages with a match in their title come first, then
 * those with the most matches; equal ones keep the course's order.
 */
export function searchPages(index: SearchIndex, query: string): SearchHit[] {
  const words = queryWords(query, index.lang);
  if (words.length === 0) return [];
  const found: { hit: SearchHit; titleHits: number; hits: number }[] = [];
  for (const { entry, title, text } of foldedOf(index)) {
    const titleRanges = words.map((word) => rangesOf(title, word));
    const textRanges = words.map((word) => rangesOf(text, word));
    if (words.some((_, at) => titleRanges[at]!.length + textRanges[at]!.length === 0)) continue;
    const inText = joinRanges(textRanges.flat());
    found.push({
      hit: { lesson: entry.lesson, page: entry.page, title: highlight(entry.title, joinRanges(titleRanges.flat())), snippet: snippetOf(entry.text, inText) },
      titleHits: titleRanges.flat().length,
      hits: titleRanges.flat().length + inText.length,
    });
  }
  return found.sort((a, b) => Number(b.titleHits > 0) - Number(a.titleHits > 0) || b.hits - a.hits).map((result) => result.hit);
}

/** The part of the text with the most matches (the earliest such part), cut at spaces, with "…" where text is left out. */
export function snippetOf(text: string, ranges: readonly Range[]): Segment[] {
  let first = 0;
  let bestCount = 0;
  for (const [start] of ranges) {
    const count = ranges.filter(([other]) => other >= start - LEAD && other < start - LEAD + SNIPPET_LENGTH).length;
    if (count > bestCount) [first, bestCount] = [start, count];
  }
  // From the start of a word before the first match shown (ranges never hold a space).
  const lead = Math.max(0, first - LEAD);
  const space = text.indexOf(' ', lead);
  const from = lead > 0 && space >= 0 && space < first ? space + 1 : lead;
  let to = Math.min(text.length, from + SNIPPET_LENGTH);
  const cut = text.lastIndexOf(' ', to);
  if (to < text.length && cut > first) to = cut;
  const segments = highlight(text, ranges, from, to);
  if (from > 0) segments.unshift('… ');
  if (to < text.length) segments.push(' …');
  return segments;
}
