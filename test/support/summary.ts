import { readFileSync } from 'node:fs';

/**
 * Prints how long each step of the gate took (`--steps FILE`: lines of name, exit code, wall seconds,
 * CPU seconds of the gate's own processes and busy seconds of the whole machine), then, as the last
 * line, "N passed, N failed" over the vitest and Playwright JSON reports.
 * A missing or unreadable report counts as one failure, so a runner that crashed never looks green;
 * so does each failed step that is not a test runner (`--broken-steps N`: typecheck, lint, build),
 * and each test that was not run because the build failed (`--not-run N`).
 */
function counts(file: string): { passed: number; failed: number } {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    if (report.stats) {
      const { expected = 0, unexpected = 0, flaky = 0 } = report.stats;
      return { passed: expected + flaky, failed: unexpected + (report.errors?.length ?? 0) };
    }
    const failed = report.numFailedTests ?? 0;
    // A test file that fails to load has no failed test but makes the run unsuccessful.
    return { passed: report.numPassedTests ?? 0, failed: failed + (report.success === false && failed === 0 ? 1 : 0) };
  } catch {
    console.error(`No test report at ${file}: counted as a failure.`);
    return { passed: 0, failed: 1 };
  }
}

/** A table of the steps' times, with their total. */
function stepTable(file: string): string[] {
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split('\t'))
    .map(([name = '', code = '', wall = '0', cpu = '0', machine = '0']) => ({
      name,
      result: code === '0' ? 'passed' : code === 'skipped' ? 'skipped' : 'failed',
      wall: Number(wall),
      cpu: Number(cpu),
      machine: Number(machine),
    }));
  const sum = (key: 'wall' | 'cpu' | 'machine') => rows.reduce((total, row) => total + row[key], 0);
  const total = { name: 'total', result: '', wall: sum('wall'), cpu: sum('cpu'), machine: sum('machine') };
  const seconds = (value: number) => `${value.toFixed(1)} s`.padStart(10);
  const line = (row: typeof total) => `${row.name.padEnd(26)}${row.result.padEnd(9)}${seconds(row.wall)}${seconds(row.cpu)}${seconds(row.machine)}`;
  // CPU: user + sys of the gate's processes, as `time` counts them (Chromium's renderers escape it);
  // machine: busy time of the whole machine meanwhile, which holds them.
  return [`${'step'.padEnd(26)}${'result'.padEnd(9)}${'wall'.padStart(10)}${'CPU'.padStart(10)}${'machine'.padStart(10)}`, ...rows.map(line), line(total)];
}

/** The value of `--name VALUE`, taken out of `args`. */
function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}

const args = process.argv.slice(2);
const steps = option(args, '--steps');
const brokenSteps = Number(option(args, '--broken-steps') ?? 0);
const notRun = Number(option(args, '--not-run') ?? 0);
if (steps) {
  try {
    for (const line of stepTable(steps)) console.log(line);
  } catch {
    console.error(`No step times at ${steps}.`);
  }
}
if (notRun > 0) console.log(`${notRun} browser tests not run because the build failed: counted as failed.`);
const totals = args.map(counts).reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), { passed: 0, failed: brokenSteps + notRun });
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
