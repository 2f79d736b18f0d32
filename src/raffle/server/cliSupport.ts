import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../../runCli.ts';

export { runCli, UsageError } from '../../runCli.ts';

/** Parses a whole number option such as `--winners 3`, with a message naming the option. */
export function parseWholeNumber(text: string, option: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`--${option} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return value;
}

/** The options every command on the entries database shares. */
const ENTRY_OPTIONS = {
  campaign: { type: 'string' },
  db: { type: 'string', default: 'raffle.sqlite' },
  help: { type: 'boolean', short: 'h' },
} as const;

/**
 * Parses a command on the entries database: its own options plus --campaign, --db and --help.
 * Prints the usage and returns undefined for --help.
 */
export function parseEntryCommand(args: string[], usage: string, options: NonNullable<ParseArgsConfig['options']>): EntryCommand | undefined {
  const values = parseArgs({ args, options: { ...ENTRY_OPTIONS, ...options }, strict: true }).values as EntryCommand;
  if (values.help) {
    console.log(usage);
    return undefined;
  }
  return values;
}

type EntryCommand = { db: string; campaign?: string; help?: boolean } & Record<string, string | boolean | undefined>;
