/**
 * Gzipped HTML+JS+CSS the overview loads: the first load. It grew to 44.8 KB with every lesson's title
 * and summary in both languages, both languages' UI strings and i18next in the player's bundle; issue 16
 * moved the lessons and the strings into one lesson index per language and formats the strings without
 * i18next (24.9 KB measured). The first load names no lesson, so it does not grow with the course
 * (test/cli/build.test.ts holds both); `npm run bench` prints it for 12, 100 and 400 lessons.
 */
export const OVERVIEW_BUDGET = 35 * 1024;

/** The same at 400 lessons (issue 16's goal), printed by `npm run bench -- --scales`. */
export const OVERVIEW_BUDGET_400 = 40 * 1024;
