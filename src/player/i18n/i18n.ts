import { chooseLanguage } from '../../shared/languageChoice.ts';
import { type Translate, translator } from '../../shared/strings/translate.ts';
import { type UiStrings, uiStringsKey } from '../../shared/strings/uiStrings.ts';
import { registered } from '../content/loadRegistered.ts';

export type { Translate, TranslateValues } from '../../shared/strings/translate.ts';

/** The page's language, by the rule in `shared/languageChoice.ts` that the preload script follows too. */
export function pickLanguage(courseLanguages: readonly string[], stored: string | null): string {
  return chooseLanguage(courseLanguages, new URLSearchParams(location.search).get('lang'), stored, navigator.languages);
}

/**
 * The UI strings of a language. They come with its lesson index (the build adds them to that script), so
 * the first load carries the strings of the learner's language only; before the index is there, every
 * key shows as itself.
 */
export function translatorFor(lang: string): Translate {
  return translator(registered<UiStrings>(uiStringsKey(lang)) ?? { pluralLang: lang, strings: {} });
}
