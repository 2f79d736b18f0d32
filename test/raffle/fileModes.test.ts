import { chmodSync, existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { insertEntry, openRaffleDb } from '../../src/raffle-server/raffleDb.ts';
import { exportEntries } from '../../src/raffle-server/raffleExport.ts';
import { startRaffleServer } from '../../src/raffle-server/raffleServer.ts';
import { raffleEntrySchema } from '../../src/shared/raffle/raffleEntry.ts';
import { sampleEntry, seedEntries, useTempDb } from './raffleFixture.ts';

const mode = (file: string) => statSync(file).mode & 0o777;
const withSidecars = (file: string) => [file, `${file}-wal`, `${file}-shm`];

const temp = useTempDb();

// Entries are personal data: no other user of the machine may read the database, its WAL or its export.
describe.skipIf(process.platform === 'win32')('file modes of the entries', () => {
  it('creates the database, its -wal and its -shm readable by the owner only (0600)', () => {
    const db = openRaffleDb(temp.dbFile);
    insertEntry(db, raffleEntrySchema.parse(sampleEntry()));
    for (const file of withSidecars(temp.dbFile)) {
      expect(existsSync(file), file).toBe(true);
      expect(mode(file).toString(8), file).toBe('600');
    }
    db.close();
  });

  it('creates them 0600 when the receiver starts on a new file and stores an entry', async () => {
    const server = await startRaffleServer({ port: 0, dbFile: temp.dbFile, allowedOrigins: [], log: () => {} });
    try {
      const response = await fetch(`${server.url}/entries`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(sampleEntry()),
      });
      expect(response.status).toBe(201);
      for (const file of withSidecars(temp.dbFile)) expect(mode(file).toString(8), file).toBe('600');
    } finally {
      await server.close();
    }
  });

  it('tightens a database, -wal and -shm left world-readable (0644) and says so', () => {
    const old = new Database(temp.dbFile);
    old.pragma('journal_mode = WAL');
    old.exec('CREATE TABLE t (x)');
    for (const file of withSidecars(temp.dbFile)) chmodSync(file, 0o644);
    const notices: string[] = [];
    const db = openRaffleDb(temp.dbFile, (line) => notices.push(line));
    old.close();
    for (const file of withSidecars(temp.dbFile)) expect(mode(file).toString(8), file).toBe('600');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toContain(temp.dbFile);
    expect(notices[0]).toContain('0600');
    db.close();
    const again: string[] = [];
    openRaffleDb(temp.dbFile, (line) => again.push(line)).close();
    expect(again).toEqual([]);
  });

  it('writes the export 0600, also over an existing world-readable file', () => {
    seedEntries(temp.dbFile, 2);
    const outFile = join(temp.dir, 'entries.csv');
    writeFileSync(outFile, 'old', { mode: 0o644 });
    chmodSync(outFile, 0o644);
    exportEntries({ dbFile: temp.dbFile, outFile });
    expect(mode(outFile).toString(8)).toBe('600');
  });
});
