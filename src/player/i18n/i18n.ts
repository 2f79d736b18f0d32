import i18next from 'i18next';
import { chooseLanguage } from '../../shared/languageChoice.ts';
import { de } from './de.ts';
import { en } from './en.ts';

type Strings = Record<string, string>;

/** Values for a string's `{{name}}` placeholders; `count` also picks the plural form. */
export type TranslateValues = Record<string, string | number | undefined>;
export type Translate = (key: string, values?: TranslateValues) => string;

const uiResources: Record<string, Strings> = { de, en };

/** The page's language, by the rule in `shared/languageChoice.ts` that the preload script follows too. */
export function pickLanguage(courseLanguages: readonly string[], stored: string | null): string {
  return chooseLanguage(courseLanguages, new URLSearchParams(location.search).get('lang'), stored, navigator.languages);
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
  const resources = Object.fromEntries([...codes].map((code) => [code, { translation: Object.assign({}, ...tables.map((table) => table[code])) as Strings }]));
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
