/**
 * Text as the search compares it, with the way back to the original: lower case, accents and umlauts
 * dropped (ä → a, é → e), ß → ss, and in German the spellings ae, oe, ue → a, o, u as well, so that
 * "Passwoerter", "Passworter" and "Passwörter" are the same word. A hyphen between letters and a soft
 * hyphen are left out: "Passwort-Manager" is one word, found as "Passwortmanager" (and "E-Mail" as
 * "Email"). Query and text are folded alike.
 */
export interface FoldedText {
  folded: string;
  /** Per folded character, the range of the original it comes from: [start[i], end[i]). */
  start: number[];
  end: number[];
}

const MARKS = /\p{M}/gu;
const LETTER = /\p{L}/u;

export function foldText(text: string, lang: string): FoldedText {
  const german = lang === 'de';
  let folded = '';
  const start: number[] = [];
  const end: number[] = [];
  let at = 0;
  for (const char of text) {
    const next = at + char.length;
    let plain = char.toLocaleLowerCase(lang).normalize('NFD').replace(MARKS, '');
    if (plain === 'ß') plain = 'ss';
    const joins = plain === '-' && LETTER.test(text[at - 1] ?? '') && LETTER.test(text[next] ?? '');
    if (joins || plain === '\u00ad') plain = '';
    const last = folded.length - 1;
    // "oe" → "o": the e joins a plain a, o or u just before it (not an ä, which already is one).
    if (german && plain === 'e' && /[aou]/i.test(text[at - 1] ?? '') && end[last] === at) {
      end[last] = next;
    } else {
      for (const piece of plain) {
        folded += piece;
        start.push(at);
        end.push(next);
      }
    }
    at = next;
  }
  return { folded, start, end };
}

/** The query's words, folded; words of one letter find too much to help and are left out. */
export function queryWords(query: string, lang: string): string[] {
  const words = query
    .split(/[^\p{L}\p{N}]+/u)
    .map((word) => foldText(word, lang).folded)
    .filter((word) => word.length > 1);
  return [...new Set(words)];
}
