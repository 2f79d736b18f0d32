import { OVERVIEW_BUDGET, OVERVIEW_BUDGET_400 } from './budgets.ts';
import type { ScaleFigures } from './scaleFigures.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The scale figures as one table: a row per figure, a column per course size. */
export function printScaleTable(scales: ScaleFigures[]): void {
  const languages = Object.keys(scales[0]?.precache ?? {});
  const rows: [string, (figures: ScaleFigures) => string][] = [
    ['build (all outputs): wall', (f) => `${(f.buildMs / 1000).toFixed(1)} s`],
    ['build: CPU (user + sys)', (f) => `${(f.buildCpuMs / 1000).toFixed(1)} s`],
    ['overview first load, gzipped', (f) => kb(f.overviewGzip)],
    ['  beside it: lesson index of its language', (f) => `${kb(f.indexGzip)} gz`],
    ['service worker script (sw.js)', (f) => `${kb(f.serviceWorker.bytes)}, ${kb(f.serviceWorker.gzip)} gz`],
    ['service worker precache list', (f) => `${f.precacheList.files} files`],
    ...languages.map((lang): [string, (figures: ScaleFigures) => string] => [
      `first visit in ${lang}: kept first`,
      (f) => `${f.precache[lang]!.files} files, ${kb(f.precache[lang]!.gzip)} gz`,
    ]),
    ['first visit, all languages (once idle)', (f) => `${f.precacheAll.files} files, ${kb(f.precacheAll.gzip)} gz`],
    ['after a one-lesson change: fetched', (f) => `${f.afterOneChange.files} files, ${kb(f.afterOneChange.gzip)} gz`],
    ['suspend_data, all lessons done', (f) => `${f.suspendDataDone} chars`],
  ];
  const header = ['lessons', ...scales.map((f) => String(f.lessons))];
  const table = [header, ...rows.map(([name, cell]) => [name, ...scales.map(cell)])];
  const widths = header.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  for (const row of table) console.log(row.map((cell, column) => (column === 0 ? cell.padEnd(widths[0]!) : cell.padStart(widths[column]!))).join('   '));
  // The first-load goals of issue 16: 35 KB for a course of the default's size, 40 KB at 400 lessons.
  for (const f of scales) {
    const budget = f.lessons >= 400 ? OVERVIEW_BUDGET_400 : OVERVIEW_BUDGET;
    console.log(`first load at ${f.lessons} lessons: ${kb(f.overviewGzip)} of ${kb(budget)}: ${f.overviewGzip <= budget ? 'within' : 'OVER'}`);
  }
}
