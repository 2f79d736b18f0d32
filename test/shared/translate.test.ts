import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { accessibilityStatementStrings } from '../../src/shared/accessibilityStatementStrings.ts';
import { completionStrings } from '../../src/shared/completion/completionStrings.ts';
import { raffleStrings } from '../../src/shared/raffle/raffleStrings.ts';
import { de } from '../../src/shared/strings/de.ts';
import { en } from '../../src/shared/strings/en.ts';
import { lmsStrings } from '../../src/shared/strings/lmsStrings.ts';
import { buildStringTables, languageNames } from '../../src/shared/strings/stringTables.ts';
import { translator } from '../../src/shared/strings/translate.ts';
import { type StringTable, uiStringsFor } from '../../src/shared/strings/uiStrings.ts';

const ALL_TABLES = [...buildStringTables({ lms: true, raffle: true, completion: true }), accessibilityStatementStrings as Record<string, StringTable>];

/** i18next as the player used it until it formatted the strings itself: the reference. */
function i18nextFor(tables: readonly Record<string, StringTable>[]) {
  const codes = new Set(tables.flatMap((table) => Object.keys(table)));
  const resources = Object.fromEntries(
    [...codes].map((code) => [code, { translation: Object.assign({}, ...tables.map((table) => table[code])) as StringTable }]),
  );
  const instance = i18next.createInstance();
  void instance.init({ resources, fallbackLng: ['en', 'de'], initAsync: false, interpolation: { escapeValue: false }, returnNull: false });
  return (lang: string) => instance.getFixedT(lang);
}

describe('UI strings without i18next in the bundle', () => {
  it('format every string of every table exactly as i18next does, in every language, for every count', () => {
    const reference = i18nextFor(ALL_TABLES);
    const keys = new Set(ALL_TABLES.flatMap((table) => Object.values(table).flatMap((strings) => Object.keys(strings))));
    // Plural keys are asked for by their base name, with a count; every key also as it is.
    const asked = new Set([...keys, ...[...keys].map((key) => key.replace(/_(one|other|zero|two|few|many)$/, ''))]);
    let compared = 0;
    for (const lang of ['de', 'en', 'fr']) {
      const ours = translator(uiStringsFor(lang, ALL_TABLES));
      const theirs = reference(lang);
      for (const key of asked) {
        const names = [
          ...new Set(
            [
              ...ALL_TABLES.flatMap((table) => Object.values(table).map((strings) => strings[key] ?? ''))
                .join(' ')
                .matchAll(/\{\{\s*([^{}]+?)\s*\}\}/g),
            ].map((match) => match[1]!),
          ),
        ];
        const filled = Object.fromEntries(names.map((name) => [name, `<${name}>`]));
        for (const values of [
          undefined,
          filled,
          { ...filled, count: 0 },
          { ...filled, count: 1 },
          { ...filled, count: 2 },
          { ...filled, count: 21 },
          { count: 1 },
          Object.fromEntries(names.map((name) => [name, undefined])),
        ]) {
          expect(ours(key, values), `${lang} ${key} ${JSON.stringify(values)}`).toBe(String(theirs(key, values)));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('fills placeholders and picks plural forms per language', () => {
    const t = (lang: string) => translator(uiStringsFor(lang, buildStringTables({ lms: false, raffle: false })));
    expect(t('en')('pageOf', { page: 2, total: 7 })).toBe('Page 2 of 7');
    expect(t('en')('minutes', { count: 1 })).toBe('1 minute');
    expect(t('en')('minutes', { count: 10 })).toBe('10 minutes');
    expect(t('de')('lessonsDone', { count: 12, done: 3 })).toBe('3 von 12 Lektionen abgeschlossen');
    expect(t('fr')('next')).toBe(en.next);
    expect(t('en')('no.such.key')).toBe('no.such.key');
    expect(t('en')('constructor'), 'no name from the prototype').toBe('constructor');
  });

  it('carries the LMS, raffle and completion receipt strings only into builds that need them', () => {
    expect(uiStringsFor('en', buildStringTables({ lms: false, raffle: false })).strings).not.toHaveProperty('lmsReviewTitle');
    expect(uiStringsFor('en', buildStringTables({ lms: true, raffle: false })).strings.lmsReviewTitle).toBe('Review mode');
    expect(uiStringsFor('de', buildStringTables({ lms: false, raffle: false })).strings).not.toHaveProperty('raffleTitle');
    expect(uiStringsFor('de', buildStringTables({ lms: false, raffle: true })).strings.raffleTitle).toBe(raffleStrings.de!.raffleTitle);
    expect(uiStringsFor('en', buildStringTables({ lms: false, raffle: true })).strings).not.toHaveProperty('completionTitle');
    expect(uiStringsFor('en', buildStringTables({ lms: false, raffle: false, completion: true })).strings.completionTitle).toBe('Confirm your completion');
  });

  it('has the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(Object.keys(lmsStrings.en).sort()).toEqual(Object.keys(lmsStrings.de).sort());
    expect(Object.keys(raffleStrings.en!).sort()).toEqual(Object.keys(raffleStrings.de!).sort());
    expect(Object.keys(completionStrings.en!).sort()).toEqual(Object.keys(completionStrings.de!).sort());
  });

  it('names each course language in itself', () => {
    expect(languageNames(['de', 'en', 'fr'])).toEqual({ de: 'Deutsch', en: 'English', fr: 'français' });
  });
});
