import { format } from 'node:util';
import { runCommand, tasks, usage } from '../../src/cli/commands.ts';
import { failureMessage } from '../../src/cli/runCli.ts';

export interface CliResult {
  /** The exit code the command line would end with. */
  code: number;
  /** What it printed, stdout and stderr interleaved as written. */
  out: string;
}

/**
 * `npm run build|check -- …` in the test's own process: the same `runCommand` the command line runs,
 * with what it prints captured and a failure worded as `runCli` words it. A spawned CLI loads vite, Babel
 * and the compiler (about 4 s of CPU) every time; here they load once per test file. Tests of how the
 * process itself ends (exit codes, stray errors, signals) spawn the real command line:
 * test/cli/failures.test.ts.
 */
export async function cliInProcess(...argv: string[]): Promise<CliResult> {
  const lines: string[] = [];
  const capture = (...args: unknown[]) => {
    lines.push(format(...args));
  };
  const saved = { log: console.log, error: console.error, warn: console.warn, info: console.info };
  const nodeEnv = process.env.NODE_ENV;
  Object.assign(console, { log: capture, error: capture, warn: capture, info: capture });
  let code: number;
  try {
    code = await runCommand(argv);
  } catch (error) {
    lines.push(failureMessage(error, { usage, task: tasks[argv[0] ?? ''] ?? 'The command' }));
    code = 1;
  } finally {
    Object.assign(console, saved);
    // The build switches to production for the player; the test process goes on as it was.
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return { code, out: `${lines.join('\n')}\n` };
}
