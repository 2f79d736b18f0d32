import { syllable } from 'syllable';

/** A piece of text a learner reads (a paragraph, a list item, a heading), with its source line. */
export interface TextBlock {
  text: string;
  line: number;
}

export interface Readability {
  /** Flesch-Amstad for German, Flesch Reading Ease for English: 0 (hard) to 100 (easy). */
  score: number;
  formula: string;
  words: number;
  sentences: number;
  wordsPerSentence: number;
  syllablesPerWord: number;
  longSentences: { line: number; words: number; start: string }[];
}

/** A sentence with more words than this gets a warning. */
export const LONG_SENTENCE = 25;

/** Abbreviations whose dots do not end a sentence; Intl.Segmenter would split after them. */
const ABBREVIATIONS = /\b(z|d|u|o|s|v|e|i)\. ?(B|h|a|Ä|g|U|A|S|d)\.|\b(bzw|ca|Nr|vgl|ggf|usw|etc|evtl|inkl|e\.g|i\.e|Dr|Mr|Mrs|Art|Abs|Mio|Mrd|Tel|St)\./g;

/**
 * Readability of a lesson's text. Formulas: German Flesch-Amstad = 180 − ASL − 58.5 × ASW; English
 * Flesch Reading Ease = 206.835 − 1.015 × ASL − 84.6 × ASW (ASL: words per sentence, ASW: syllables
 * per word). Sentences and words come from Intl.Segmenter; each block (paragraph, list item, heading,
 * answer) ends a sentence, since list items often have no full stop. Syllables: English by the
 * `syllable` package (dictionary plus rules); German by counting groups of vowels (a e i o u y ä ö ü),
 * so diphthongs such as "ei", "au", "eu" and "ie" count once: the usual approximation for German.
 */
export function readability(lang: string, blocks: readonly TextBlock[]): Readability {
  const german = lang.startsWith('de');
  const sentenceSplitter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const wordSplitter = new Intl.Segmenter(lang, { granularity: 'word' });
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  const longSentences: Readability['longSentences'] = [];
  for (const block of blocks) {
    const text = block.text.replace(ABBREVIATIONS, (match) => match.replace(/\./g, '·'));
    for (const { segment } of sentenceSplitter.segment(text)) {
      const inSentence = [...wordSplitter.segment(segment)].filter((part) => part.isWordLike).map((part) => part.segment);
      if (inSentence.length === 0) continue;
      sentences++;
      words += inSentence.length;
      for (const word of inSentence) syllables += german ? germanSyllables(word) : Math.max(1, syllable(word));
      if (inSentence.length > LONG_SENTENCE) {
        longSentences.push({ line: block.line, words: inSentence.length, start: segment.trim().split(/\s+/).slice(0, 6).join(' ') });
      }
    }
  }
  const wordsPerSentence = sentences ? words / sentences : 0;
  const syllablesPerWord = words ? syllables / words : 0;
  const score = german ? 180 - wordsPerSentence - 58.5 * syllablesPerWord : 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
  return {
    score: Math.round(score * 10) / 10,
    formula: german ? 'Flesch-Amstad' : 'Flesch Reading Ease',
    words,
    sentences,
    wordsPerSentence: Math.round(wordsPerSentence * 10) / 10,
    syllablesPerWord: Math.round(syllablesPerWord * 100) / 100,
    longSentences,
  };
}

function germanSyllables(word: string): number {
  return Math.max(1, word.toLowerCase().match(/[aeiouyäöü]+/g)?.length ?? 0);
}
