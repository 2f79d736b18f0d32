import { readFileSync } from 'node:fs';

/**
 * Prints "N passed, N failed" over the vitest and Playwright JSON reports. A missing or
 * unreadable report counts as one failure, so a runner that crashed never looks green; so does
 * each failed step that is not a test runner (`--broken-steps N`: typecheck, build).
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

const args = process.argv.slice(2);
const flag = args.indexOf('--broken-steps');
const brokenSteps = flag >= 0 ? Number(args.splice(flag, 2)[1]) : 0;
const totals = args
  .map(counts)
  .reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed }), { passed: 0, failed: brokenSteps });
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
