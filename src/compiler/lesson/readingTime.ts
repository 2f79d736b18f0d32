import type { TextBlock } from './textBlock.ts';

/**
 * Words per minute of silent reading, by language: the IReST study's adult means for standard texts
 * (Trauzettel-Klosinski & Dietz 2012: German 179, English 228), rounded. German reads fewer words per
 * minute because its words are longer. Other languages get DEFAULT_WORDS_PER_MINUTE.
 */
export const WORDS_PER_MINUTE: Readonly<Record<string, number>> = { de: 180, en: 230 };
const DEFAULT_WORDS_PER_MINUTE = 200;

/**
 * Minutes per question on top of reading its words: choosing, checking the answer, turning to the
 * feedback. With it, the lesson sources of 2026-11 come to 111 min in German and 90 in English, inside
 * the content review's estimates (106-115 and 88-95 minutes); filled with the default theme's local
 * facts and rounded per lesson, 115 and 93.
 */
export const MINUTES_PER_QUESTION = 0.2;

/**
 * A word: letters, marks and digits, with inner apostrophes or dots ("it's", "1.5"); a hyphen splits,
 * as Intl.Segmenter does. A regular expression, not the segmenter, since the build counts every lesson
 * and the segmenter slows down on long paragraphs; the counts differ by well under 1 %.
 */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.][\p{L}\p{M}\p{N}]+)*/gu;

export interface ReadingTime {
  words: number;
  questions: number;
  /** Whole minutes, at least 1. */
  minutes: number;
}

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/**
 * How long a lesson takes: its words (pages, questions, answers, feedback and explanations: every
 * block a learner reads) at the language's reading speed, plus MINUTES_PER_QUESTION per question,
 * rounded to whole minutes.
 */
export function readingTime(lang: string, blocks: readonly TextBlock[], questions: number): ReadingTime {
  const words = blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const exact = words / wordsPerMinute(lang) + questions * MINUTES_PER_QUESTION;
  return { words, questions, minutes: Math.max(1, Math.round(exact)) };
}

/** The formula in words, for messages and documentation. */
export function readingTimeFormula(lang: string): string {
  return `words / ${wordsPerMinute(lang)} per minute (${lang}) + ${MINUTES_PER_QUESTION} minutes per question, rounded`;
}

function wordsPerMinute(lang: string): number {
  return WORDS_PER_MINUTE[lang.split('-')[0]!.toLowerCase()] ?? DEFAULT_WORDS_PER_MINUTE;
}
