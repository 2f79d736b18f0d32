import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { RaffleEntry } from '../shared/raffleEntry.ts';

/** One stored entry, as the admin commands see it. */
export interface StoredEntry {
  id: number;
  campaign: string;
  course: string;
  name: string;
  email: string;
  /** ISO 8601, UTC. */
  receivedAt: string;
}

export type RaffleDb = Database.Database;

const schemaVersion = 1;

// Both UNIQUE constraints make SQLite, not a read-then-write in our code, refuse a second copy: the same
// idempotency key (a resent entry) and the same e-mail in the same campaign (one entry per person).
// NOCASE: Jane.Doe@example.org and jane.doe@example.org are the same person.
const schema = `
CREATE TABLE IF NOT EXISTS entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  campaign TEXT NOT NULL,
  course TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE,
  received_at TEXT NOT NULL,
  UNIQUE (campaign, email)
);`;

/** Opens (and if needed creates) the receiver's database, in WAL mode so admin commands can read while it writes. */
export function openRaffleDb(file: string): RaffleDb {
  let db: RaffleDb;
  try {
    db = new Database(file);
  } catch (error) {
    const reason = (error as Error).message.replace(/\.$/, '').toLowerCase();
    throw new Error(`Cannot open the raffle database ${file} (${reason}). Check that its folder exists and that you may write there, or pass another --db FILE.`);
  }
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(schema);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) db.pragma(`user_version = ${schemaVersion}`);
  else if (version > schemaVersion) {
    db.close();
    throw new Error(`${file} was written by a newer Wachsam (schema ${version}, this one knows ${schemaVersion}); update Wachsam.`);
  }
  return db;
}

/** Opens an existing database for an admin command; a missing file is an error, not a new empty database. */
export function openExistingRaffleDb(file: string): RaffleDb {
  if (!existsSync(file)) {
    throw new Error(`No raffle database at ${file}. Pass the receiver's database with --db FILE.`);
  }
  return openRaffleDb(file);
}

/** Stores an entry unless it is already there; `false` means a duplicate (same key, or same e-mail and campaign). */
export function insertEntry(db: RaffleDb, entry: RaffleEntry, receivedAt = new Date()): boolean {
  const result = db
    .prepare(
      `INSERT INTO entries (idempotency_key, campaign, course, name, email, received_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(entry.idempotencyKey, entry.campaign, entry.course, entry.name, entry.email, receivedAt.toISOString());
  return result.changes === 1;
}

/** All entries, or one campaign's, in id order. */
export function listEntries(db: RaffleDb, campaign?: string): StoredEntry[] {
  const columns = 'id, campaign, course, name, email, received_at AS receivedAt';
  return campaign === undefined
    ? (db.prepare(`SELECT ${columns} FROM entries ORDER BY id`).all() as StoredEntry[])
    : (db.prepare(`SELECT ${columns} FROM entries WHERE campaign = ? ORDER BY id`).all(campaign) as StoredEntry[]);
}

/** Campaign ids with their entry counts, sorted by id. */
export function listCampaigns(db: RaffleDb): { campaign: string; entries: number }[] {
  return db.prepare('SELECT campaign, COUNT(*) AS entries FROM entries GROUP BY campaign ORDER BY campaign').all() as {
    campaign: string;
    entries: number;
  }[];
}

/** Describes the selection for messages: "campaign q1" or "all campaigns". */
export function describeSelection(campaign: string | undefined): string {
  return campaign === undefined ? 'all campaigns' : `campaign "${campaign}"`;
}
