import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CsvSeparator } from '../../raffle-server/raffleExport.ts';
import { UsageError } from '../runCli.ts';

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

const SEPARATORS = new Map<string, CsvSeparator>([
  [',', ','],
  [';', ';'],
  ['comma', ','],
  ['semicolon', ';'],
]);

/** `--separator` of the CSV exports: "," or ";" (Excel where the list separator is ";"), also spelt "comma" and "semicolon". */
export function csvSeparator(value: string): CsvSeparator {
  const separator = SEPARATORS.get(value);
  if (!separator) throw new UsageError(`--separator must be "," or ";" (or comma, semicolon), not "${value}".`);
  return separator;
}
