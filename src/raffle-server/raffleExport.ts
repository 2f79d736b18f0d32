import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { restrictToOwner } from './ownerOnlyFile.ts';
import { listEntries, openExistingRaffleDb, type StoredEntry } from './raffleDb.ts';
import { alwaysQuoted, defuseFormulas } from './spreadsheetSafe.ts';

/** Byte order mark: without it Excel reads the file as the local code page and garbles umlauts (Jörg → JÃ¶rg). */
const utf8Bom = '\uFEFF';

/** The separators the export can use: "," (the CSV standard) or ";" (what Excel expects where "," is the decimal comma, as in German). */
export type CsvSeparator = ',' | ';';

/**
 * The entries as CSV: header id,campaign,name,email,received_at, RFC 4180 quoting, CRLF line ends.
 * Names are typed by learners, so every field is made safe for a spreadsheet (see `spreadsheetCsv`).
 */
export function entriesToCsv(entries: readonly StoredEntry[], separator: CsvSeparator = ','): string {
  return spreadsheetCsv(
    ['id', 'campaign', 'name', 'email', 'received_at'],
    entries.map((entry) => [entry.id, entry.campaign, entry.name, entry.email, entry.receivedAt]),
    separator,
  );
}

/**
 * Rows as CSV with a BOM, RFC 4180 quoting and CRLF line ends, every field made safe for a spreadsheet,
 * whichever separator it splits with: a field holding a comma, semicolon, tab, quote or line break is
 * quoted, and a formula character (= + - @) at its start or after any of those gets a `'` in front (see
 * spreadsheetSafe.ts), so that Excel runs neither "=HYPERLINK(…)" nor "Anna;=1+1" as a formula.
 */
export function spreadsheetCsv(columns: string[], rows: (string | number)[][], separator: CsvSeparator): string {
  const csv = stringify(rows, {
    header: true,
    columns,
    delimiter: separator,
    record_delimiter: 'windows',
    cast: { string: defuseFormulas },
    quoted_match: alwaysQuoted,
    quote_record_delimiter: true,
    escape_formulas: true,
  });
  return utf8Bom + csv;
}

/** Writes a CSV of personal data to a file readable only by its owner; a failure says what to do. */
export function writeOwnerOnlyCsv(outFile: string, csv: string): void {
  try {
    // mode applies only to a new file: one being replaced keeps its mode, so take that down first.
    restrictToOwner([outFile]);
    writeFileSync(outFile, csv, { encoding: 'utf8', mode: 0o600 });
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new Error(`Cannot write ${outFile} (${reason}). Choose an --out FILE.csv in an existing folder you may write to.`);
  }
}

export interface ExportOptions {
  dbFile: string;
  outFile: string;
  /**
   * Only this campaign's entries.
   * @default all campaigns
   */
  campaign?: string;
  /** @default ',' */
  separator?: CsvSeparator;
}

/** Writes the entries to a CSV file readable only by its owner (it holds names and e-mails); returns how many. */
export function exportEntries(options: ExportOptions): number {
  const db = openExistingRaffleDb(options.dbFile);
  try {
    const entries = listEntries(db, options.campaign);
    writeOwnerOnlyCsv(options.outFile, entriesToCsv(entries, options.separator));
    return entries.length;
  } finally {
    db.close();
  }
}
