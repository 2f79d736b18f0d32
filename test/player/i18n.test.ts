import { describe, expect, it } from 'vitest';
import { de } from '../../src/player/i18n/de.ts';
import { en } from '../../src/player/i18n/en.ts';
import { createI18n } from '../../src/player/i18n/i18n.ts';
import { lmsStrings } from '../../src/player/i18n/lmsStrings.ts';

describe('UI strings', () => {
  const strings = createI18n({ de: { extra: 'Zusatz' }, en: { extra: 'Extra', onlyEn: 'only in English' } });

  it('fills placeholders and picks plural forms per language', () => {
    expect(strings('en')('pageOf', { page: 2, total: 7 })).toBe('Page 2 of 7');
    expect(strings('en')('minutes', { count: 1 })).toBe('1 minute');
    expect(strings('en')('minutes', { count: 10 })).toBe('10 minutes');
    expect(strings('de')('lessonsDone', { count: 1, done: 0 })).toBe(de.lessonsDone_one.replace('{{done}}', '0').replace('{{count}}', '1'));
    expect(strings('de')('lessonsDone', { count: 12, done: 3 })).toBe('3 von 12 Lektionen abgeschlossen');
  });

  it('adds strings per language and falls back to English, then to the key', () => {
    expect(strings('de')('extra')).toBe('Zusatz');
    expect(strings('de')('onlyEn')).toBe('only in English');
    expect(strings('fr')('next')).toBe(en.next);
    expect(strings('en')('no.such.key')).toBe('no.such.key');
  });

  it('has the same keys in German and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
    expect(Object.keys(lmsStrings.en).sort()).toEqual(Object.keys(lmsStrings.de).sort());
  });

  it('merges several tables of extra strings, later ones adding to earlier ones', () => {
    const both = createI18n(lmsStrings, { en: { extra: 'Extra' } })('en');
    expect(both('lmsReviewTitle')).toBe('Review mode');
    expect(both('extra')).toBe('Extra');
    expect(createI18n()('en')('lmsReviewTitle'), 'LMS strings only where a SCORM build adds them').toBe('lmsReviewTitle');
  });
});
