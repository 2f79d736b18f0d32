import { accessibilityStrings } from './accessibilityStrings.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { lmsStrings } from './lmsStrings.ts';
import { completionStrings } from '../completion/completionStrings.ts';
import { raffleStrings } from '../raffle/raffleStrings.ts';
import type { StringTable } from './uiStrings.ts';

/**
 * The strings tables of a build: the player's own; the LMS's in SCORM builds only, the raffle's in builds
 * with a raffle only, the completion receipt's in builds that offer it only, so other builds carry none of them.
 */
export function buildStringTables({ lms, raffle, completion = false }: { lms: boolean; raffle: boolean; completion?: boolean }): Record<string, StringTable>[] {
  return [{ de, en }, accessibilityStrings, ...(lms ? [lmsStrings] : []), ...(raffle ? [raffleStrings] : []), ...(completion ? [completionStrings] : [])];
}

/**
 * Each course language's name in itself, for the language switch: from that language's UI strings, or,
 * for a language the player has no strings in, as the runtime's Unicode data names it ("français").
 */
export function languageNames(languages: readonly string[]): Record<string, string> {
  const own: Record<string, StringTable> = { de, en };
  return Object.fromEntries(languages.map((code) => [code, own[code]?.languageName ?? nameInItself(code)]));
}

function nameInItself(code: string): string {
  try {
    return new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
