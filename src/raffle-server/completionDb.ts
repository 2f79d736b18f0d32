import type { CompletionReceipt } from '../shared/completion/completionReceipt.ts';
import type { RaffleDb } from './raffleDb.ts';

/** One stored completion receipt, as the export sees it. */
export interface StoredCompletion {
  id: number;
  course: string;
  version: string;
  name: string;
  email: string;
  /** YYYY-MM-DD, the learner's local date. */
  completedOn: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
}

/**
 * Stores a receipt unless one with its idempotency key is there (the UNIQUE constraint decides, not a read
 * before the write); `false` means a resent receipt, stored before.
 */
export function insertCompletion(db: RaffleDb, receipt: CompletionReceipt, receivedAt = new Date()): boolean {
  const result = db
    .prepare(
      `INSERT INTO completions (idempotency_key, course, version, name, email, completed_on, received_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(receipt.idempotencyKey, receipt.course, receipt.version, receipt.name, receipt.email, receipt.completedOn, receivedAt.toISOString());
  return result.changes === 1;
}

/** All receipts, or one course's, in the order they arrived. */
export function listCompletions(db: RaffleDb, course?: string): StoredCompletion[] {
  const columns = 'id, course, version, name, email, completed_on AS completedOn, received_at AS receivedAt';
  return course === undefined
    ? (db.prepare(`SELECT ${columns} FROM completions ORDER BY id`).all() as StoredCompletion[])
    : (db.prepare(`SELECT ${columns} FROM completions WHERE course = ? ORDER BY id`).all(course) as StoredCompletion[]);
}
