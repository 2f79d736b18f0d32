import { execFile } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertEntry, openRaffleDb, type StoredEntry } from '../../src/raffle-server/raffleDb.ts';
import { entriesToCsv, exportEntries } from '../../src/raffle-server/raffleExport.ts';
import { raffleEntrySchema } from '../../src/shared/raffle/raffleEntry.ts';
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

describe('raffleExportCli', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const cli = join(process.cwd(), 'src', 'cli', 'raffle', 'raffleExportCli.ts');
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    folder = await tempFolder();
  });
  afterEach(() => folder.dispose());

  it('writes ";"-separated CSV with --separator ";" and refuses any other separator', async () => {
    const dbFile = join(folder.dir, 'raffle.sqlite');
    const outFile = join(folder.dir, 'entries.csv');
    seedEntries(dbFile, 1);
    await promisify(execFile)(tsx, [cli, '--db', dbFile, '--out', outFile, '--separator', ';']);
    expect((await readFile(outFile, 'utf8')).split('\r\n')[0]).toBe('\uFEFFid;campaign;name;email;received_at');
    const refused = await promisify(execFile)(tsx, [cli, '--db', dbFile, '--out', outFile, '--separator', 'tab']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('--separator must be "," or ";"');
  }, 20_000);
});
