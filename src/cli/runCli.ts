/**
 * How every command line tool of Wachsam (build, check, new-theme, the raffle commands) ends: with an
 * exit code and, on failure, one line that says what failed and what to do, never a stack trace. The
 * stack is for developers: `--debug` or `WACHSAM_DEBUG=1` shows it.
 */

/** A mistake in the command line: the message is followed by the usage text. */
export class UsageError extends Error {}

/** Parses a whole number option such as `--winners 3`, with a message naming the option. */
export function parseWholeNumber(text: string, option: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`--${option} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return value;
}

export interface CliSpec {
  usage: string;
  /** What the command does, for "<task> failed: …", e.g. "The build". */
  task: string;
  main: (args: string[]) => number | Promise<number>;
  /**
   * End the process once `main` returns (tools that start workers or watchers keep it alive otherwise).
   * A server leaves this off and keeps running.
   * @default false
   */
  exitWhenDone?: boolean;
  /**
   * A long-running command that must outlive a stray error (the live preview): an error outside `main`
   * is reported in one line and the process goes on. Errors of `main` itself still end it.
   * @default false
   */
  survive?: boolean;
}

/** Whether the user asked for stack traces: `--debug` or `WACHSAM_DEBUG=1`. */
export function debugRequested(argv: readonly string[] = process.argv.slice(2)): boolean {
  return argv.includes('--debug') || /^(1|true|yes)$/i.test(process.env.WACHSAM_DEBUG ?? '');
}

/** Runs `main` with the process arguments (without `--debug`) and sets the exit code: 0, or 1 on any error. */
export function runCli(spec: CliSpec): void {
  const argv = process.argv.slice(2);
  const debug = debugRequested(argv);
  const fail = (error: unknown) => {
    console.error(failureMessage(error, spec, debug));
    process.exit(1);
  };
  // Errors outside `main`'s promise (a server's socket, a stray callback) end the same way, or, for a
  // command that must survive them, are reported the same way.
  const stray = spec.survive ? (error: unknown) => console.error(failureMessage(error, spec, debug, 'hit an error (it keeps running)')) : fail;
  process.on('uncaughtException', stray);
  process.on('unhandledRejection', stray);
  Promise.resolve()
    .then(() => spec.main(argv.filter((arg) => arg !== '--debug')))
    .then((code) => {
      process.exitCode = code;
      if (spec.exitWhenDone) process.exit(code);
    }, fail);
}

/** The text printed for an error: one line (plus the usage for command-line mistakes, the stack with --debug). */
export function failureMessage(error: unknown, spec: Pick<CliSpec, 'usage' | 'task'>, debug = false, outcome = 'failed'): string {
  const failure = error instanceof Error ? error : new Error(String(error));
  const code = String((failure as NodeJS.ErrnoException).code ?? '');
  if (failure instanceof UsageError || code.startsWith('ERR_PARSE_ARGS')) return `error: ${failure.message}\n\n${spec.usage}`;
  if (debug) return `error: ${spec.task} ${outcome}.\n${failure.stack ?? failure.message}`;
  // A plain Error without a code is one of ours: its message already says what to do.
  if (failure.constructor === Error && !code) return `error: ${firstLine(failure.message)}`;
  const advice = adviceFor(failure as NodeJS.ErrnoException);
  return `error: ${spec.task} ${outcome}: ${withoutFinalStop(firstLine(failure.message))}. ${advice}`;
}

/** What a user can do about a system error, by its code; a bug report for anything else. */
function adviceFor(error: NodeJS.ErrnoException): string {
  const path = error.path ? `"${error.path}"` : 'the path';
  switch (error.code) {
    case 'ENOENT':
      return `Check that ${path} exists and is spelled right.`;
    case 'EACCES':
    case 'EPERM':
      return `You may not use ${path}: check its permissions or choose another path.`;
    case 'EEXIST':
    case 'ENOTDIR':
    case 'EISDIR':
      return `A file and a folder are mixed up at ${path}: choose another path, or move what is there.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return 'The disk is full: free some space and run it again.';
    case 'EROFS':
      return `${path} is on a read-only drive: choose another path.`;
    case 'EADDRNOTAVAIL':
      return "That address is not one of this machine's: check --host.";
    case 'ENOTFOUND':
      return 'No machine answers to that name: check --host.';
    case 'EADDRINUSE':
      return 'Another program uses that port: choose another with --port.';
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open: close other programs and run it again.';
    default:
      return 'This looks like a bug in Wachsam: run the command again with --debug and report what it prints.';
  }
}

/**
 * The first line of a message; when that only announces what follows ("Build failed with 1 error:", as
 * the bundler words it), with the first line that says what went wrong (plugin tags like `[plugin x]` skipped).
 */
function firstLine(text: string): string {
  const lines = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removes terminal colours from tool messages
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const [first = 'unknown error', ...rest] = lines;
  const detail = first.endsWith(':') ? rest.find((line) => !/^\[[^\]]*\]$/.test(line)) : undefined;
  return detail ? `${first} ${detail.replace(/^Error: /, '')}` : first;
}

function withoutFinalStop(text: string): string {
  return text.replace(/[.:;]+$/, '');
}
