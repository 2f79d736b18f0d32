import { type PurgeResult, purgeRows } from './rafflePurge.ts';

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
export function purgeCompletions(options: CompletionPurgeOptions): PurgeResult {
  const { completedBefore, email } = options;
  if (completedBefore === undefined && email === undefined)
    throw new Error('Say which receipts to delete: --completed-before YYYY-MM-DD, --email ADDRESS, or both.');
  if (completedBefore !== undefined && !/^\d{4}-\d\d-\d\d$/.test(completedBefore))
    throw new Error(`--completed-before must be a date written as YYYY-MM-DD, not "${completedBefore}".`);
  const parts = [
    ...(completedBefore === undefined ? [] : [{ sql: 'completed_on < ?', param: completedBefore, what: `completed before ${completedBefore}` }]),
    // The email column compares without case (COLLATE NOCASE), as the receiver's e-mail checks do.
    ...(email === undefined ? [] : [{ sql: 'email = ?', param: email.trim(), what: `of ${email.trim()}` }]),
  ];
  const selection = { where: ` WHERE ${parts.map((part) => part.sql).join(' AND ')}`, params: parts.map((part) => part.param) };
  return purgeRows(options, 'completions', selection, parts.map((part) => part.what).join(', '), plural);
}

function plural(count: number): string {
  return `${count} completion ${count === 1 ? 'receipt' : 'receipts'}`;
}
