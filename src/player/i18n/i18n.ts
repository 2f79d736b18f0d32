import i18next from 'i18next';
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
 * `extras` add strings per language (the LMS's in SCORM builds, the raffle's in builds that have
 * one). Strings live in
 * i18next's resource format, so translators' tools work on them. A language without UI strings
 * of its own falls back to English, then German; an unknown key shows as itself.
 */
export function createI18n(...extras: Record<string, Strings>[]): (lang: string) => Translate {
  const tables = [uiResources, ...extras];
  const codes = new Set(tables.flatMap((table) => Object.keys(table)));
  const resources = Object.fromEntries(
    [...codes].map((code) => [code, { translation: Object.assign({}, ...tables.map((table) => table[code])) as Strings }]),
  );
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    fallbackLng: ['en', 'de'],
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (lang) => {
    const t = instance.getFixedT(lang);
    return (key, values) => String(t(key, values));
  };
}
