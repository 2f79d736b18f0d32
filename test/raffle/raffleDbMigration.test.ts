import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertEntry, listEntries, openRaffleDb } from '../../src/raffle-server/raffleDb.ts';
import { raffleEntrySchema } from '../../src/shared/raffle/raffleEntry.ts';
import { sampleEntry, useTempDb } from './raffleFixture.ts';

const temp = useTempDb();

/** A database as schema 1 wrote it, with an entry and a plus-addressed second entry of the same person. */
function schemaOneDatabase(): void {
  const db = new Database(temp.dbFile);
  db.exec(`CREATE TABLE entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT, idempotency_key TEXT NOT NULL UNIQUE, campaign TEXT NOT NULL,
    course TEXT NOT NULL, name TEXT NOT NULL, email TEXT NOT NULL COLLATE NOCASE, received_at TEXT NOT NULL,
    UNIQUE (campaign, email));`);
  const insert = db.prepare('INSERT INTO entries (idempotency_key, campaign, course, name, email, received_at) VALUES (?, ?, ?, ?, ?, ?)');
  insert.run('k1', 'spring-2026', 'wachsam', 'Anna', 'anna@example.org', '2026-06-01T08:00:00.000Z');
  insert.run('k2', 'spring-2026', 'wachsam', 'Anna', 'anna+2@example.org', '2026-06-01T08:01:00.000Z');
  db.pragma('user_version = 1');
  db.close();
}

describe('a database of schema 1', () => {
  it('gets person keys: entries stay, and a further plus-addressed entry is a duplicate', () => {
    schemaOneDatabase();
    const db = openRaffleDb(temp.dbFile, () => {});
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(3);
      expect(listEntries(db).map((entry) => entry.email)).toEqual(['anna@example.org', 'anna+2@example.org']);
      expect(insertEntry(db, raffleEntrySchema.parse(sampleEntry({ email: 'Anna+3@example.org' })))).toBe(false);
      expect(insertEntry(db, raffleEntrySchema.parse(sampleEntry({ email: 'bert@example.org' })))).toBe(true);
    } finally {
      db.close();
    }
  });

  it('is refused when a newer Wachsam wrote it, without being changed', () => {
    schemaOneDatabase();
    const newer = new Database(temp.dbFile);
    newer.pragma('user_version = 4');
    newer.close();
    expect(() => openRaffleDb(temp.dbFile, () => {})).toThrow('written by a newer Wachsam (schema 4');
  });
});
