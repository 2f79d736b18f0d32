import type { UiStrings } from './uiStrings.ts';

/** Values for a string's `{{name}}` placeholders; a numeric `count` also picks the plural form. */
export type TranslateValues = Record<string, string | number | undefined>;
export type Translate = (key: string, values?: TranslateValues) => string;

/**
 * Looks up and fills UI strings in i18next's resource format, the part of it the course's strings use:
 * plural forms by suffix (`minutes_one`, `minutes_other`, chosen by the language's plural rules when
 * `count` is a number) and `{{name}}` placeholders. i18next itself would cost the first load about 13 KB
 * gzipped for features no string uses; test/shared/translate.test.ts checks every string of every
 * table against i18next, so the two cannot drift. An unknown key shows as itself.
 */
export function translator({ pluralLang, strings }: UiStrings): Translate {
  const rules = new Intl.PluralRules(pluralLang);
  // A Map finds own keys only ("constructor" is no string), and needs no ES2022 `Object.hasOwn`, which
  // browsers the player still runs in (es2020: Safari before 15.4) lack.
  const table = new Map(Object.entries(strings));
  return (key, values) => {
    const count = values?.count;
    const template = (typeof count === 'number' ? table.get(`${key}_${rules.select(count)}`) : undefined) ?? table.get(key) ?? key;
    if (!values) return template;
    // As i18next: a name the values lack stays as it is; one they hold as undefined becomes empty.
    return template.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (placeholder, name: string) => {
      if (!Object.keys(values).includes(name)) return placeholder;
      const value = values[name];
      return value === undefined ? '' : String(value);
    });
  };
}
