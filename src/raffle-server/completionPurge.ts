import { openExistingRaffleDb } from './raffleDb.ts';

export interface CompletionPurgeOptions {
  dbFile: string;
  /** YYYY-MM-DD: receipts of completions before this day are deleted; the storage period your privacy notice names decides it. */
  completedBefore: string;
  /** Must be true to delete; otherwise only counts what would be deleted. */
  yes: boolean;
}

/**
 * Deletes the completion receipts whose storage period is over, as the privacy notice promises. VACUUM
 * and a WAL checkpoint follow, as for entries, so the deleted names do not linger in the file.
 */
export function purgeCompletions(options: CompletionPurgeOptions): { purged: boolean; count: number; message: string } {
  if (!/^\d{4}-\d\d-\d\d$/.test(options.completedBefore))
    throw new Error(`--completed-before must be a date written as YYYY-MM-DD, not "${options.completedBefore}".`);
  const db = openExistingRaffleDb(options.dbFile);
  const what = `completed before ${options.completedBefore}`;
  try {
    if (!options.yes) {
      const { count } = db.prepare('SELECT COUNT(*) AS count FROM completions WHERE completed_on < ?').get(options.completedBefore) as { count: number };
      return {
        purged: false,
        count,
        message: `Would delete ${plural(count)} (${what}) from ${options.dbFile}. Nothing was deleted; add --yes to delete them.`,
      };
    }
    const { changes } = db.prepare('DELETE FROM completions WHERE completed_on < ?').run(options.completedBefore);
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { purged: true, count: changes, message: `Deleted ${plural(changes)} (${what}) from ${options.dbFile}.` };
  } finally {
    db.close();
  }
}

function plural(count: number): string {
  return `${count} completion ${count === 1 ? 'receipt' : 'receipts'}`;
}
