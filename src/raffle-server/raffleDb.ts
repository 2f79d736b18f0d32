import { existsSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { RaffleEntry } from '../shared/raffle/raffleEntry.ts';
import { showControlCharacters } from './controlCharacters.ts';
import { loadSqlite } from './loadSqlite.ts';
import { createOwnerOnly, restrictToOwner } from './ownerOnlyFile.ts';
import { personKey } from './personKey.ts';

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

const schemaVersion = 3;

// Schema 3 adds the completion receipts (completionDb.ts): a table of their own, unique by idempotency key
// only, since one person may complete a course again (a new edition, a yearly refresher).
// Both UNIQUE constraints of entries make SQLite, not a read-then-write in our code, refuse a second copy: the same
// idempotency key (a resent entry) and the same person in the same campaign (one entry per person).
// person_key is the e-mail in lower case without a plus tag (see personKey.ts): Jane.Doe@example.org,
// jane.doe@example.org and jane.doe+2@example.org are the same person. email keeps what was typed.
const schema = `
CREATE TABLE IF NOT EXISTS entries (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  campaign TEXT NOT NULL,
  course TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE,
  received_at TEXT NOT NULL,
  person_key TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS entries_one_per_person ON entries (campaign, person_key);
CREATE TABLE IF NOT EXISTS completions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  idempotency_key TEXT NOT NULL UNIQUE,
  course TEXT NOT NULL,
  version TEXT NOT NULL,
  name TEXT NOT NULL,
  email TEXT NOT NULL COLLATE NOCASE,
  completed_on TEXT NOT NULL,
  received_at TEXT NOT NULL
);`;

/**
 * Opens (and if needed creates) the receiver's database, in WAL mode so admin commands can read while it
 * writes. The file and its -wal and -shm are readable by their owner only (0600): a new file is created
 * so, an existing one with wider permissions is tightened and `warn` says so.
 */
export function openRaffleDb(file: string, warn: (message: string) => void = console.warn): RaffleDb {
  const onDisk = file !== '' && file !== ':memory:' && !file.startsWith('file:');
  const Sqlite = loadSqlite();
  let db: RaffleDb;
  try {
    if (onDisk) createOwnerOnly(file);
    db = new Sqlite(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'its folder does not exist' : (code ?? (error as Error).message.replace(/\.$/, '').toLowerCase());
    throw new Error(
      `Cannot open the raffle database ${file} (${reason}). Check that its folder exists and that you may write there, or pass another --db FILE.`,
    );
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > schemaVersion) {
      throw new Error(`${file} was written by a newer Wachsam (schema ${version}, this one knows ${schemaVersion}); update Wachsam.`);
    }
    db.transaction(() => {
      addPersonKeys(db);
      db.exec(schema);
      if (version !== schemaVersion) db.pragma(`user_version = ${schemaVersion}`);
    })();
  } catch (error) {
    db.close();
    throw error;
  }
  if (onDisk) {
    const tightened = restrictToOwner([file, `${file}-wal`, `${file}-shm`]);
    if (tightened.length > 0) {
      warn(
        `notice: ${tightened.join(', ')} could be read by other users of this machine; made readable by its owner only (0600), as entries are personal data.`,
      );
    }
  }
  return db;
}

/**
 * Schema 1 to 2: fills person_key for entries stored before it existed. Entries that were already the
 * same person (a+2@… next to a@…) stay, as they were accepted then; each later one gets its id appended to
 * its key, so the one-per-person index can be built and new duplicates are refused.
 */
function addPersonKeys(db: RaffleDb): void {
  const columns = db.prepare('PRAGMA table_info(entries)').all() as { name: string }[];
  if (columns.length === 0 || columns.some((column) => column.name === 'person_key')) return;
  db.exec("ALTER TABLE entries ADD COLUMN person_key TEXT NOT NULL DEFAULT ''");
  const rows = db.prepare('SELECT id, campaign, email FROM entries ORDER BY id').all() as { id: number; campaign: string; email: string }[];
  const update = db.prepare('UPDATE entries SET person_key = ? WHERE id = ?');
  const seen = new Set<string>();
  for (const row of rows) {
    const key = personKey(row.email);
    const taken = seen.has(`${row.campaign}\n${key}`);
    seen.add(`${row.campaign}\n${key}`);
    update.run(taken ? `${key} #${row.id}` : key, row.id);
  }
}

/** Opens an existing database for an admin command; a missing file is an error, not a new empty database. */
export function openExistingRaffleDb(file: string): RaffleDb {
  if (!existsSync(file)) {
    throw new Error(`No raffle database at ${file}. Pass the receiver's database with --db FILE.`);
  }
  return openRaffleDb(file);
}

/** Stores an entry unless it is already there; `false` means a duplicate (same key, or same person and campaign). */
export function insertEntry(db: RaffleDb, entry: RaffleEntry, receivedAt = new Date()): boolean {
  const result = db
    .prepare(
      `INSERT INTO entries (idempotency_key, campaign, course, name, email, received_at, person_key)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(entry.idempotencyKey, entry.campaign, entry.course, entry.name, entry.email, receivedAt.toISOString(), personKey(entry.email));
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
  return campaign === undefined ? 'all campaigns' : `campaign "${showControlCharacters(campaign)}"`;
}
