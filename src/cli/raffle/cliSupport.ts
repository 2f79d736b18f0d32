import { parseArgs, type ParseArgsConfig } from 'node:util';

export { parseWholeNumber, runCli, UsageError } from '../runCli.ts';

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
