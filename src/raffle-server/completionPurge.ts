import { openExistingRaffleDb } from './raffleDb.ts';

export interface CompletionPurgeOptions {
  dbFile: string;
  /** YYYY-MM-DD: receipts of completions before this day are deleted; the storage period your privacy notice names decides it. */
  completedBefore?: string;
  /** One person's receipts, by e-mail address (case ignored): an erasure request (GDPR Art. 17). */
  email?: string;
  /** Must be true to delete; otherwise only counts what would be deleted. */
  yes: boolean;
}

/**
 * Deletes the completion receipts whose storage period is over, as the privacy notice promises, or one
 * person's receipts when they ask for erasure; with both, the receipts that match both. VACUUM and a WAL
 * checkpoint follow, as for entries, so the deleted names do not linger in the file.
 */
export function purgeCompletions(options: CompletionPurgeOptions): { purged: boolean; count: number; message: string } {
  const { completedBefore, email } = options;
  if (completedBefore === undefined && email === undefined)
    throw new Error('Say which receipts to delete: --completed-before YYYY-MM-DD, --email ADDRESS, or both.');
  if (completedBefore !== undefined && !/^\d{4}-\d\d-\d\d$/.test(completedBefore))
    throw new Error(`--completed-before must be a date written as YYYY-MM-DD, not "${completedBefore}".`);
  // The email column compares without case (COLLATE NOCASE), as the receiver's e-mail checks do.
  const conditions = [...(completedBefore === undefined ? [] : ['completed_on < ?']), ...(email === undefined ? [] : ['email = ?'])];
  const params = [...(completedBefore === undefined ? [] : [completedBefore]), ...(email === undefined ? [] : [email.trim()])];
  const where = ` WHERE ${conditions.join(' AND ')}`;
  const what = [...(completedBefore === undefined ? [] : [`completed before ${completedBefore}`]), ...(email === undefined ? [] : [`of ${email.trim()}`])].join(
    ', ',
  );
  const db = openExistingRaffleDb(options.dbFile);
  try {
    if (!options.yes) {
      const { count } = db.prepare(`SELECT COUNT(*) AS count FROM completions${where}`).get(...params) as { count: number };
      return {
        purged: false,
        count,
        message: `Would delete ${plural(count)} (${what}) from ${options.dbFile}. Nothing was deleted; add --yes to delete them.`,
      };
    }
    const { changes } = db.prepare(`DELETE FROM completions${where}`).run(...params);
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
