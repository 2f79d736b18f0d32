import { de } from './de.ts';
import { en } from './en.ts';

type Strings = Record<string, string>;

/** Values for a string's `{{name}}` placeholders; `count` also picks the plural form. */
export type TranslateValues = Record<string, string | number | undefined>;
export type Translate = (key: string, values?: TranslateValues) => string;

const uiResources: Record<string, Strings> = { de, en };

/**
 * Picks the language: `?lang=` first, then the learner's last choice, then the browser's
 * languages, then the course's default (its first language).
 */
export function pickLanguage(courseLanguages: readonly string[], stored: string | null): string {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const wanted = [fromUrl, stored, ...navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase())];
  return wanted.find((lang): lang is string => !!lang && courseLanguages.includes(lang)) ?? courseLanguages[0]!;
}

/**
 * Every UI string, for any language of the course; course texts come from the course model.
 * `extra` adds strings per language (the raffle's, in builds that have one).
 *
 * A few lines instead of i18next: the strings use only `{{name}}` placeholders and `_one`/`_other`
 * plurals, which Intl.PluralRules covers, and i18next cost about 16 KB of the player's 40 KB budget.
 * A language without UI strings of its own falls back to English, then German; an unknown key
 * shows as itself.
 */
export function createI18n(extra: Record<string, Strings> = {}): (lang: string) => Translate {
  return (lang) => {
    const chain = [lang, 'en', 'de'].map((code) => ({ ...uiResources[code], ...extra[code] }));
    const plurals = new Intl.PluralRules(lang);
    const lookup = (key: string) => chain.find((strings) => key in strings)?.[key];
    return (key, values = {}) => {
      const count = values.count;
      const text = (typeof count === 'number' && lookup(`${key}_${plurals.select(count)}`)) || lookup(`${key}_other`) || lookup(key) || key;
      return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
    };
  };
}
