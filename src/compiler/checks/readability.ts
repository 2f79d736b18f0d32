import { syllable } from 'syllable';
import type { TextBlock } from '../lesson/textBlock.ts';

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
  // Lessons repeat their words, and the `syllable` package is slow; long "words" are no words.
  const syllableCache = new Map<string, number>();
  const syllablesOf = (word: string): number => {
    if (german || word.length > MAX_WORD) return germanSyllables(word);
    const known = syllableCache.get(word);
    if (known !== undefined) return known;
    const count = Math.max(1, syllable(word));
    syllableCache.set(word, count);
    return count;
  };
  for (const block of blocks) {
    const text = block.text.replace(ABBREVIATIONS, (match) => match.replace(/\./g, '·'));
    let open = { words: 0, syllables: 0, start: '' };
    const close = () => {
      if (open.words === 0) return;
      sentences++;
      words += open.words;
      syllables += open.syllables;
      if (open.words > LONG_SENTENCE) longSentences.push({ line: block.line, words: open.words, start: open.start });
      open = { words: 0, syllables: 0, start: '' };
    };
    for (const window of sentenceWindows(text, sentenceSplitter)) {
      let sentence = 0;
      for (const { segment, index, isWordLike } of wordSplitter.segment(window.text)) {
        for (; sentence + 1 < window.starts.length && index >= window.starts[sentence + 1]!; sentence++) close();
        if (!isWordLike) continue;
        // Quoted from the author's text, with the dots the abbreviation guard hid.
        const end = window.starts[sentence + 1] ?? window.text.length;
        if (open.words === 0) open.start = startOf(block.text.slice(window.from + window.starts[sentence]!, window.from + end));
        open.words++;
        open.syllables += syllablesOf(segment);
      }
      if (window.ends) close();
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

/** Longer "words" (a URL, random letters) get the German vowel-group count: `syllable` is slow on them. */
const MAX_WORD = 40;

/**
 * Longest text handed to Intl.Segmenter in one call. V8's segmenter gets slower per segment as its
 * input grows, so one long paragraph in a single call took quadratic time and memory (100 KB: 3.5 GB).
 */
const WINDOW = 1000;

interface SentenceWindow {
  text: string;
  /** Where it starts in the whole text. */
  from: number;
  /** Where its sentences start; the first at 0. */
  starts: number[];
  /** False when its last sentence goes on in the next window. */
  ends: boolean;
}

/**
 * The sentences of `text`, as Intl.Segmenter finds them, read through windows of at most WINDOW
 * characters. A window's last sentence may be cut, so the next window starts at it again; a sentence
 * longer than a window comes in pieces, cut at a space. Every window moves on by at least half its
 * length or by a whole sentence, so the time is linear in the length of the text.
 */
export function* sentenceWindows(text: string, splitter: Intl.Segmenter): Generator<SentenceWindow> {
  let from = 0;
  while (from < text.length) {
    const to = windowEnd(text, from);
    const window = text.slice(from, to);
    const starts: number[] = [];
    for (const { index } of splitter.segment(window)) starts.push(index);
    if (to === text.length) {
      yield { text: window, from, starts, ends: true };
      return;
    }
    if (starts.length === 1) {
      yield { text: window, from, starts, ends: false };
      from = to;
      continue;
    }
    const cut = starts.pop()!;
    yield { text: window.slice(0, cut), from, starts, ends: true };
    from += cut;
  }
}

/** Where a window starting at `from` ends: after the last space in its second half, else at its limit. */
function windowEnd(text: string, from: number): number {
  const limit = from + WINDOW;
  if (limit >= text.length) return text.length;
  for (let at = limit; at > from + WINDOW / 2; at--) if (/\s/.test(text[at - 1]!)) return at;
  // No space: never split a surrogate pair.
  return /[\uD800-\uDBFF]/.test(text[limit - 1]!) ? limit - 1 : limit;
}

/** The first words of a sentence, to name it in a message. */
function startOf(sentence: string): string {
  return sentence.slice(0, 300).trim().split(/\s+/, 6).join(' ');
}

function germanSyllables(word: string): number {
  return Math.max(1, word.toLowerCase().match(/[aeiouyäöü]+/g)?.length ?? 0);
}
