import i18next, { type i18n } from 'i18next';
import { de } from './de.ts';
import { en } from './en.ts';

const uiResources: Record<string, Record<string, string>> = { de, en };

/**
 * Picks the language: `?lang=` first, then the learner's last choice, then the browser's
 * languages, then the course's default (its first language).
 */
export function pickLanguage(courseLanguages: readonly string[], stored: string | null): string {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const wanted = [fromUrl, stored, ...navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase())];
  return wanted.find((lang): lang is string => !!lang && courseLanguages.includes(lang)) ?? courseLanguages[0]!;
}

/** One i18next instance for every UI string; course texts come from the course model. */
export function createI18n(lang: string, courseLanguages: readonly string[]): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    courseLanguages.map((code) => [code, { translation: uiResources[code] ?? uiResources.en! }]),
  );
  void instance.init({
    lng: lang,
    fallbackLng: ['en', 'de'],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}
