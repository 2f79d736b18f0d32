import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertEntry, openRaffleDb, type StoredEntry } from '../../src/raffle/server/raffleDb.ts';
import { entriesToCsv, exportEntries } from '../../src/raffle/server/raffleExport.ts';
import { raffleEntrySchema } from '../../src/raffle/shared/raffleEntry.ts';
import { sampleEntry, seedEntries, tempFolder } from './raffleFixture.ts';

const entry = (name: string): StoredEntry => ({
  id: 7,
  campaign: 'spring-2026',
  course: 'wachsam',
  name,
  email: 'a@example.org',
  receivedAt: '2026-06-01T08:00:00.000Z',
});

describe('entriesToCsv', () => {
  it('starts with a BOM and the header', () => {
    expect(entriesToCsv([])).toBe('\uFEFFid,campaign,name,email,received_at\r\n');
  });

  it('quotes a name containing a comma and a quote', () => {
    const csv = entriesToCsv([entry('Müller, Jörg "Jogi"')]);
    expect(csv.split('\r\n')[1]).toBe('7,spring-2026,"Müller, Jörg ""Jogi""",a@example.org,2026-06-01T08:00:00.000Z');
  });

  it('defuses a name that Excel would run as a formula', () => {
    const csv = entriesToCsv([entry('=HYPERLINK("http://evil.example")')]);
    expect(csv.split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});

describe('exportEntries', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    folder = await tempFolder();
  });
  afterEach(() => folder.dispose());

  it('writes all entries, or one campaign, to a file only its owner can read', async () => {
    const dbFile = join(folder.dir, 'raffle.sqlite');
    seedEntries(dbFile, 3);
    const db = openRaffleDb(dbFile);
    insertEntry(db, raffleEntrySchema.parse(sampleEntry({ campaign: 'autumn-2026', name: 'Zoë' })));
    db.close();
    const outFile = join(folder.dir, 'entries.csv');
    expect(exportEntries({ dbFile, outFile })).toBe(4);
    const text = await readFile(outFile, 'utf8');
    expect(text.startsWith('\uFEFFid,campaign,name,email,received_at\r\n')).toBe(true);
    expect(text).toContain('Zoë');
    if (process.platform !== 'win32') expect((await stat(outFile)).mode & 0o777).toBe(0o600);
    expect(exportEntries({ dbFile, outFile, campaign: 'autumn-2026' })).toBe(1);
  });
});
