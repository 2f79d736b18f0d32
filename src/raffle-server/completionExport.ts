import { listCompletions, type StoredCompletion } from './completionDb.ts';
import { openExistingRaffleDb } from './raffleDb.ts';
import { type CsvSeparator, spreadsheetCsv, writeOwnerOnlyCsv } from './raffleExport.ts';

/** The receipts as CSV: name,email,course,version,completed_on,received_at, safe for a spreadsheet like the entries' export. */
export function completionsToCsv(completions: readonly StoredCompletion[], separator: CsvSeparator = ','): string {
  return spreadsheetCsv(
    ['name', 'email', 'course', 'version', 'completed_on', 'received_at'],
    completions.map((row) => [row.name, row.email, row.course, row.version, row.completedOn, row.receivedAt]),
    separator,
  );
}

export interface CompletionExportOptions {
  dbFile: string;
  outFile: string;
  /**
   * Only this course's receipts.
   * @default every course
   */
  course?: string;
  /** @default ',' */
  separator?: CsvSeparator;
}

/** Writes the receipts to a CSV file readable only by its owner (it holds names and e-mails); returns how many. */
export function exportCompletions(options: CompletionExportOptions): number {
  const db = openExistingRaffleDb(options.dbFile);
  try {
    const completions = listCompletions(db, options.course);
    writeOwnerOnlyCsv(options.outFile, completionsToCsv(completions, options.separator));
    return completions.length;
  } finally {
    db.close();
  }
}
