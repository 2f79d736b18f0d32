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
  const db = openExistingRaffleDb(options.dbFile);
  const what = describeSelection(options.campaign);
  const where = options.campaign === undefined ? '' : ' WHERE campaign = ?';
  const params = options.campaign === undefined ? [] : [options.campaign];
  try {
    if (!options.yes) {
      const { count } = db.prepare(`SELECT COUNT(*) AS count FROM entries${where}`).get(...params) as { count: number };
      return {
        purged: false,
        count,
        message: `Would delete ${plural(count)} (${what}) from ${options.dbFile}. Nothing was deleted; add --yes to delete them.`,
      };
    }
    const { changes } = db.prepare(`DELETE FROM entries${where}`).run(...params);
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
