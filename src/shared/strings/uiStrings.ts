/**
 * UI strings in i18next's resource format, and how the player resolves them. Imports no table: the
 * player's bundle must not carry any (the build adds a language's strings to its lesson index).
 */

export type StringTable = Record<string, string>;

/**
 * The UI strings of one language, as the build publishes them with that language's lesson index: every
 * key already resolved (a language without strings of its own takes English's, then German's), and the
 * language whose plural rules pick the forms (that of the strings, as i18next does on a fallback).
 */
export interface UiStrings {
  pluralLang: string;
  strings: StringTable;
}

/** The languages the player has UI strings in, in the order a missing one falls back. */
export const FALLBACK_LANGUAGES = ['en', 'de'];

/** The key under which a language's UI strings register themselves (in its lesson index script). */
export function uiStringsKey(lang: string): string {
  return `ui/${lang}`;
}

/**
 * One language's strings from tables in i18next's resource format (one object per language): its own,
 * with the fallback languages' for any key it lacks.
 */
export function uiStringsFor(lang: string, tables: readonly Record<string, StringTable>[]): UiStrings {
  const chain = [...new Set([lang, ...FALLBACK_LANGUAGES])];
  const strings: StringTable = {};
  for (const code of [...chain].reverse()) for (const table of tables) Object.assign(strings, table[code]);
  const pluralLang = chain.find((code) => tables.some((table) => table[code])) ?? lang;
  return { pluralLang, strings };
}
