import { describeSelection, openExistingRaffleDb } from './raffleDb.ts';

export interface PurgeOptions {
  dbFile: string;
  /**
   * Only this campaign's entries.
   * @default all campaigns
   */
  campaign?: string;
  /** Must be true to delete; otherwise only counts what would be deleted. */
  yes: boolean;
}

export interface PurgeResult {
  /** Whether anything was deleted (false without `yes`). */
  purged: boolean;
  /** Entries deleted, or that would be deleted without `yes`. */
  count: number;
  /** A sentence for the organiser. */
  message: string;
}

/**
 * Deletes entries, as the privacy notice promises a fixed time after the draw. VACUUM and a WAL checkpoint
 * follow, so the deleted names and e-mails do not linger in free pages of the file or in its -wal file.
 */
export function purgeEntries(options: PurgeOptions): PurgeResult {
  const selection = options.campaign === undefined ? { where: '', params: [] } : { where: ' WHERE campaign = ?', params: [options.campaign] };
  return purgeRows(options, 'entries', selection, describeSelection(options.campaign), plural);
}

/**
 * Counts the rows of `table` that `where` selects, or, with `yes`, deletes them: then VACUUM and a WAL
 * checkpoint, so the deleted names and e-mails do not linger in free pages of the file or its -wal file.
 * Shared by the purge of raffle entries and of completion receipts.
 */
export function purgeRows(
  options: { dbFile: string; yes: boolean },
  table: 'entries' | 'completions',
  selection: { where: string; params: string[] },
  what: string,
  plural: (count: number) => string,
): PurgeResult {
  const db = openExistingRaffleDb(options.dbFile);
  try {
    if (!options.yes) {
      const { count } = db.prepare(`SELECT COUNT(*) AS count FROM ${table}${selection.where}`).get(...selection.params) as { count: number };
      return {
        purged: false,
        count,
        message: `Would delete ${plural(count)} (${what}) from ${options.dbFile}. Nothing was deleted; add --yes to delete them.`,
      };
    }
    const { changes } = db.prepare(`DELETE FROM ${table}${selection.where}`).run(...selection.params);
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { purged: true, count: changes, message: `Deleted ${plural(changes)} (${what}) from ${options.dbFile}.` };
  } finally {
    db.close();
  }
}

function plural(count: number): string {
  return `${count} ${count === 1 ? 'entry' : 'entries'}`;
}
