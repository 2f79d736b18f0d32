import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { type FuzzFailure, type FuzzOutcome, type FuzzReport, fuzzCase, fuzzSources, HANG_MS, runCase } from './fuzzCompiler.ts';

/**
 * `npm run fuzz`: mutated copies of the real lessons and themes through the compiler's parsers.
 * Options: --seed N (default 1), --cases N (default 10000), --from N (first case, default 0),
 * --case N (replay one case and show it),
 * --save (write failing cases to test/compiler/fixtures/fuzz-regressions, which a unit test replays).
 * Prints the counts and exits 1 on any crash or hang.
 */
const REGRESSIONS = 'test/compiler/fixtures/fuzz-regressions';
/** Failing cases above this size are not kept as fixtures; their seed and number replay them. */
const MAX_FIXTURE_BYTES = 256 * 1024;
/** A case still running after this is stopped (its worker ended) and counted as a hang. */
const STOP_MS = 30_000;
/** Memory for the worker: a case needing more is counted as a crash, as it would abort `npm run check`. */
const WORKER_MEMORY_MB = 1536;

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '1' },
    cases: { type: 'string', default: '10000' },
    from: { type: 'string', default: '0' },
    case: { type: 'string' },
    save: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
const sources = fuzzSources(process.cwd());

if (values.case !== undefined) {
  const item = fuzzCase(sources, seed, Number(values.case));
  const outcome = runCase(item.kind, item.path, item.text);
  console.log(`case ${item.index} (seed ${seed}): ${item.path} with ${item.applied.join(', ')}; ${item.text.length} characters`);
  console.log(outcome.problem ? `✖ ${outcome.problem}` : `✔ passed in ${Math.round(outcome.ms)} ms`);
  process.exit(outcome.problem ? 1 : 0);
}

const report = await runInWorker(Number(values.from), Number(values.cases));
const summary = (failure: FuzzFailure) =>
  `  ${failure.kind} case ${failure.case.index}: ${failure.case.path} with ${failure.case.applied.join(', ')}: ${failure.problem}`;
for (const failure of [...report.crashes, ...report.hangs]) console.log(summary(failure));
if (values.save) save([...report.crashes, ...report.hangs]);

const seconds = (report.ms / 1000).toFixed(1);
console.log(
  `\nfuzz (seed ${seed}): ${report.cases} cases from ${sources.length} lessons and themes, ` +
    `${report.crashes.length} crashes, ${report.hangs.length} hangs (over ${HANG_MS} ms), ${seconds} s; ` +
    `slowest case ${report.slowest.index} (${report.slowest.applied.join(', ')}) ${Math.round(report.slowest.ms)} ms`,
);
process.exit(report.crashes.length + report.hangs.length > 0 ? 1 : 0);

/**
 * Runs the cases one by one in a worker thread; a case that outlives STOP_MS or the worker's memory
 * ends that worker, is counted, and the run goes on in a new one.
 */
async function runInWorker(from: number, cases: number): Promise<FuzzReport> {
  const report: FuzzReport = { cases: 0, crashes: [], hangs: [], ms: 0, slowest: { index: -1, path: '', applied: [], ms: 0 } };
  const started = performance.now();
  let worker = startWorker();
  for (let index = from; index < from + cases; index++) {
    const { outcome, stopped } = await new Promise<{ outcome: FuzzOutcome; stopped?: boolean }>((resolve) => {
      const caseStart = performance.now();
      const onMessage = (outcome: FuzzOutcome) => finish({ outcome }, false);
      const onError = (error: Error) => finish({ outcome: { ms: performance.now() - caseStart, problem: `the worker died: ${error.message}` } }, true);
      const onExit = (code: number) => finish({ outcome: { ms: performance.now() - caseStart, problem: `the worker exited with ${code}` } }, true);
      const timer = setTimeout(() => finish({ outcome: { ms: STOP_MS }, stopped: true }, true), STOP_MS);
      // Only these listeners go: removeAllListeners() would also stop the worker's own message delivery.
      const finish = (result: { outcome: FuzzOutcome; stopped?: boolean }, restart: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (restart) {
          void worker.terminate();
          worker = startWorker();
        }
        resolve(result);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(index);
    });
    const item = fuzzCase(sources, seed, index);
    report.cases++;
    if (outcome.ms > report.slowest.ms) report.slowest = { index, path: item.path, applied: item.applied, ms: outcome.ms };
    if (outcome.problem) report.crashes.push({ case: item, kind: 'crash', problem: outcome.problem, ms: outcome.ms });
    else if (stopped || outcome.ms > HANG_MS) {
      const problem = stopped ? `still running after ${STOP_MS / 1000} s, stopped` : `took ${Math.round(outcome.ms)} ms`;
      report.hangs.push({ case: item, kind: 'hang', problem, ms: outcome.ms });
    }
    if ((index - from + 1) % 1000 === 0) console.log(`  ${index - from + 1} cases …`);
  }
  await worker.terminate();
  report.ms = performance.now() - started;
  return report;
}

/** The worker imports TypeScript, so it registers tsx first (a worker does not inherit the loader). */
function startWorker(): Worker {
  const url = new URL('./fuzzWorker.ts', import.meta.url).href;
  const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); });`;
  return new Worker(code, { eval: true, workerData: { root: process.cwd(), seed }, resourceLimits: { maxOldGenerationSizeMb: WORKER_MEMORY_MB } });
}

function save(failures: FuzzFailure[]): void {
  mkdirSync(REGRESSIONS, { recursive: true });
  for (const failure of failures) {
    const name = `${failure.case.kind}-seed${seed}-case${failure.case.index}`;
    const extension = failure.case.kind === 'lesson' ? `${failure.case.path.match(/(\w+)\.md$/)?.[1] ?? 'en'}.md` : 'yaml';
    if (failure.case.text.length > MAX_FIXTURE_BYTES) {
      console.log(`  not saved (${failure.case.text.length} characters): replay with npm run fuzz -- --seed ${seed} --case ${failure.case.index}`);
      continue;
    }
    writeFileSync(join(REGRESSIONS, `${name}.${extension}`), failure.case.text);
  }
}
