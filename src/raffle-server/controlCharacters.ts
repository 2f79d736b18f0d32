import type { RaffleEntryIssue } from '../shared/raffle/raffleEntry.ts';

/**
 * Characters no one types into a name or an e-mail address: C0/C1 controls and DEL (a NUL, an ESC that
 * starts a terminal escape sequence in the draw log), line and paragraph separators, and every bidi
 * control (marks, embeddings, overrides, isolates) that makes a name display as something else in the
 * export or the draw log.
 */
const CONTROL_CLASS = '\\p{Cc}\\u061C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069';
const CONTROL = new RegExp(`[${CONTROL_CLASS}]`, 'u');

/** Half of a UTF-16 surrogate pair without its other half (JSON "\ud800"): not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What `showControlCharacters` makes visible: the controls above and lone surrogates. */
const SHOWN = new RegExp(`[${CONTROL_CLASS}\\uD800-\\uDFFF]`, 'gu');

/**
 * One issue per text field of a posted entry that holds a control character or a lone surrogate,
 * naming the field and the character. Leading and trailing whitespace is left alone: the entry schema
 * trims it anyway.
 */
export function controlCharacterIssues(body: unknown): RaffleEntryIssue[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  return Object.entries(body).flatMap(([field, value]): RaffleEntryIssue[] => {
    if (typeof value !== 'string') return [];
    const surrogate = LONE_SURROGATE.exec(value)?.[0];
    if (surrogate !== undefined) {
      return [{ field, message: `must be valid Unicode text (found a lone UTF-16 surrogate, ${codePoint(surrogate)})` }];
    }
    const found = CONTROL.exec(value.trim())?.[0];
    if (found === undefined) return [];
    return [{ field, message: `must not contain control characters (found ${codePoint(found)})` }];
  });
}

/**
 * Stored text as it may be printed on a terminal: every control, bidi and lone surrogate character
 * becomes a visible escape such as `\u{1b}` or `\u{202e}`, so a stored name can neither move the cursor,
 * erase a line, start a new one nor reorder what follows it. Everything else is printed as stored.
 */
export function showControlCharacters(text: string): string {
  return text.replace(SHOWN, (found) => `\\u{${found.codePointAt(0)!.toString(16)}}`);
}

function codePoint(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
