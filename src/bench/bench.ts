import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { serveFolder } from '../../test/support/staticServer.ts';
import { OVERVIEW_BUDGET } from './budgets.ts';
import { overviewBytes } from './overviewBytes.ts';
import { precacheFigures } from './precacheFigures.ts';
import { printScaleTable } from './printScaleTable.ts';
import { scaleFigures, type ScaleFigures } from './scaleFigures.ts';
import { suspendDataFigures } from './suspendDataFigures.ts';

/** `npm run bench`: figures, not assertions. Budgets are printed beside them. */
const FIRST_ANSWER_GOAL_MS = 150;
/** Course sizes of distinct generated lessons (`--scales 12,100,400`). */
const SCALES = String(parseArgs({ options: { scales: { type: 'string', default: '12,100,400' } } }).values.scales)
  .split(',')
  .map(Number);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function timeBuilds(outDir: string, runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', 'build', '--out', outDir], { stdio: 'ignore' });
    times.push(performance.now() - started);
  }
  return times;
}

/** Milliseconds from navigation start to the first answer of a check being on screen and enabled. */
async function firstAnswerMs(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const input = document.querySelector<HTMLInputElement>('.answers input');
      if (input && !input.disabled) {
        (window as unknown as { firstAnswerAt: number }).firstAnswerAt = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(url);
  await page.waitForFunction(() => 'firstAnswerAt' in window);
  const ms = await page.evaluate(() => (window as unknown as { firstAnswerAt: number }).firstAnswerAt);
  await context.close();
  return ms;
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), 'wachsam-bench-'));
  try {
    const buildTimes = timeBuilds(outDir, 3);
    const webDir = join(outDir, 'web');
    const server = await serveFolder(webDir);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const overview = await overviewBytes(browser, server.url, webDir);
      const checkUrl = `${server.url}#/lesson/02-email/check`;
      await firstAnswerMs(browser, checkUrl);
      const answerTimes: number[] = [];
      for (let run = 0; run < 5; run++) answerTimes.push(await firstAnswerMs(browser, checkUrl));
      const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as {
        files: { path: string; bytes: number; gzipBytes: number }[];
      };
      const web = report.files.filter((file) => file.path.startsWith('web/'));
      const zips = Object.fromEntries(report.files.filter((file) => file.path.endsWith('.zip')).map((file) => [file.path, file.bytes]));
      const suspendData = await suspendDataFigures();
      const precache = await precacheFigures(webDir);
      const results = {
        date: new Date().toISOString(),
        buildMs: { median: Math.round(median(buildTimes)), runs: buildTimes.map(Math.round) },
        overview: { ...overview, budgetBytes: OVERVIEW_BUDGET, withinBudget: overview.gzipBytes <= OVERVIEW_BUDGET },
        firstAnswerMs: {
          median: Math.round(median(answerTimes)),
          runs: answerTimes.map(Math.round),
          goalMs: FIRST_ANSWER_GOAL_MS,
        },
        zipBytes: zips,
        precache,
        suspendData,
        bundle: {
          files: web.length,
          bytes: web.reduce((sum, file) => sum + file.bytes, 0),
          gzipBytes: web.reduce((sum, file) => sum + file.gzipBytes, 0),
        },
      };
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(`build time (median of 3)        ${results.buildMs.median} ms  (${results.buildMs.runs.join(', ')})`);
      console.log(
        `overview HTML+JS+CSS, gzipped   ${kb(overview.gzipBytes)}  (budget ${kb(OVERVIEW_BUDGET)}: ${results.overview.withinBudget ? 'within' : 'OVER'})`,
      );
      console.log(
        `check route → first answer      ${results.firstAnswerMs.median} ms median of 5  (goal < ${FIRST_ANSWER_GOAL_MS} ms; ${results.firstAnswerMs.runs.join(', ')})`,
      );
      console.log(`intranet bundle                 ${results.bundle.files} files, ${kb(results.bundle.bytes)} (${kb(results.bundle.gzipBytes)} gzipped)`);
      console.log(`kept for offline, all languages  ${precache.files} files, ${kb(precache.bytes)}`);
      for (const [name, bytes] of Object.entries(zips)) console.log(`${name.padEnd(32)}${kb(bytes)}`);
      console.log(`suspend_data, default course done   ${suspendData.defaultCourse} characters (SCORM 1.2 budget 4,096)`);
      console.log(`suspend_data, 200 lessons done      ${suspendData.lessons200Done} characters`);
      console.log(`suspend_data, 200 lessons mid-check ${suspendData.lessons200Busy} characters (after fitting)`);
      // Issue 16: how the course scales, on synthetic courses of distinct lessons.
      const scales: ScaleFigures[] = [];
      for (const count of SCALES) {
        const work = await mkdtemp(join(tmpdir(), `wachsam-bench-${count}-`));
        try {
          scales.push(await scaleFigures(browser, count, work));
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      }
      console.log();
      printScaleTable(scales);
      await writeFile('bench.json', `${JSON.stringify({ ...results, scales }, null, 2)}\n`);
      console.log('written to bench.json');
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

await main();
