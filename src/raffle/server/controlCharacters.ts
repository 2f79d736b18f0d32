import type { RaffleEntryIssue } from '../shared/raffleEntry.ts';

/**
 * Characters no one types into a name or an e-mail address: C0/C1 controls (a NUL, an ESC that starts
 * a terminal escape sequence in the draw log), line and paragraph separators, and the bidi overrides
 * and isolates that make a name display as something else in the export or the draw log.
 */
const CONTROL = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/**
 * One issue per text field of a posted entry that holds a control character, naming the field and
 * the character. Leading and trailing whitespace is left alone: the entry schema trims it anyway.
 */
export function controlCharacterIssues(body: unknown): RaffleEntryIssue[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  return Object.entries(body).flatMap(([field, value]): RaffleEntryIssue[] => {
    if (typeof value !== 'string') return [];
    const found = CONTROL.exec(value.trim())?.[0];
    if (found === undefined) return [];
    const code = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return [{ field, message: `must not contain control characters (found ${code})` }];
  });
}
