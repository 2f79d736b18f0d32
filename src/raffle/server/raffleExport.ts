import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { listEntries, openExistingRaffleDb, type StoredEntry } from './raffleDb.ts';

/** Byte order mark: without it Excel reads the file as the local code page and garbles umlauts (Jörg → JÃ¶rg). */
const utf8Bom = '\uFEFF';

/**
 * The entries as CSV: header id,campaign,name,email,received_at, RFC 4180 quoting, CRLF line ends.
 * Names are typed by learners, so a leading = + - @ is defused (escape_formulas) so that Excel does not run
 * "=HYPERLINK(…)" as a formula.
 */
export function entriesToCsv(entries: readonly StoredEntry[]): string {
  const csv = stringify(
    entries.map((entry) => [entry.id, entry.campaign, entry.name, entry.email, entry.receivedAt]),
    {
      header: true,
      columns: ['id', 'campaign', 'name', 'email', 'received_at'],
      record_delimiter: 'windows',
      escape_formulas: true,
    },
  );
  return utf8Bom + csv;
}

export interface ExportOptions {
  dbFile: string;
  outFile: string;
  /**
   * Only this campaign's entries.
   * @default all campaigns
   */
  campaign?: string;
}

/** Writes the entries to a CSV file readable only by its owner (it holds names and e-mails); returns how many. */
export function exportEntries(options: ExportOptions): number {
  const db = openExistingRaffleDb(options.dbFile);
  try {
    const entries = listEntries(db, options.campaign);
    try {
      writeFileSync(options.outFile, entriesToCsv(entries), { encoding: 'utf8', mode: 0o600 });
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new Error(`Cannot write ${options.outFile} (${reason}). Choose an --out FILE.csv in an existing folder you may write to.`);
    }
    return entries.length;
  } finally {
    db.close();
  }
}
