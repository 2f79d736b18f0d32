import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertCompletion, listCompletions, type StoredCompletion } from '../../src/raffle-server/completionDb.ts';
import { completionsToCsv, exportCompletions } from '../../src/raffle-server/completionExport.ts';
import { purgeCompletions } from '../../src/raffle-server/completionPurge.ts';
import { openRaffleDb } from '../../src/raffle-server/raffleDb.ts';
import { completionReceiptSchema } from '../../src/shared/completion/completionReceipt.ts';
import { sampleReceipt, tempFolder } from './raffleFixture.ts';

const row = (name: string): StoredCompletion => ({
  id: 3,
  course: 'wachsam',
  version: '2026.1',
  name,
  email: 'a@example.org',
  completedOn: '2026-11-20',
  receivedAt: '2026-11-20T09:00:00.000Z',
});

describe('completionsToCsv', () => {
  it('has a BOM, the header and one line per receipt: nothing but who, which course and edition, and when', () => {
    expect(completionsToCsv([row('Jörg Müller')])).toBe(
      '\uFEFFname,email,course,version,completed_on,received_at\r\nJörg Müller,a@example.org,wachsam,2026.1,2026-11-20,2026-11-20T09:00:00.000Z\r\n',
    );
  });

  it('defuses names a spreadsheet would run as a formula, also after a separator, with either separator', () => {
    for (const separator of [',', ';'] as const) {
      const line = completionsToCsv([row('=HYPERLINK("http://evil.example")'), row('Anna;=1+1')], separator).split('\r\n');
      expect(line[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example""\)"/);
      expect(line[2]).toMatch(/^"Anna;'=1\+1"/);
    }
  });
});

describe('exportCompletions', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    folder = await tempFolder();
  });
  afterEach(() => folder.dispose());

  it('writes every receipt, or one course, to a file only its owner can read', async () => {
    const dbFile = join(folder.dir, 'raffle.sqlite');
    const db = openRaffleDb(dbFile);
    insertCompletion(db, completionReceiptSchema.parse(sampleReceipt({ name: 'Anna' })), new Date('2026-11-20T09:00:00Z'));
    insertCompletion(db, completionReceiptSchema.parse(sampleReceipt({ name: 'Bert', course: 'datenschutz' })), new Date('2026-11-21T09:00:00Z'));
    db.close();
    const outFile = join(folder.dir, 'completions.csv');
    expect(exportCompletions({ dbFile, outFile })).toBe(2);
    expect((await readFile(outFile, 'utf8')).split('\r\n').slice(1, 3)).toEqual([
      'Anna,joerg.mueller@example.org,wachsam,2026.1,2026-11-20,2026-11-20T09:00:00.000Z',
      'Bert,joerg.mueller@example.org,datenschutz,2026.1,2026-11-20,2026-11-21T09:00:00.000Z',
    ]);
    expect((await stat(outFile)).mode & 0o777).toBe(0o600);
    expect(exportCompletions({ dbFile, outFile, course: 'datenschutz', separator: ';' })).toBe(1);
    expect((await readFile(outFile, 'utf8')).split('\r\n')[1]).toBe('Bert;joerg.mueller@example.org;datenschutz;2026.1;2026-11-20;2026-11-21T09:00:00.000Z');
  });

  it('refuses a database that is not there instead of exporting nothing', () => {
    expect(() => exportCompletions({ dbFile: join(folder.dir, 'missing.sqlite'), outFile: join(folder.dir, 'x.csv') })).toThrow('No raffle database at');
  });
});

describe('purgeCompletions', () => {
  let folder: Awaited<ReturnType<typeof tempFolder>>;
  beforeEach(async () => {
    folder = await tempFolder();
  });
  afterEach(() => folder.dispose());

  it('deletes only the receipts of completions before the day, and only with yes', () => {
    const dbFile = join(folder.dir, 'raffle.sqlite');
    const db = openRaffleDb(dbFile);
    for (const completedOn of ['2023-12-31', '2024-01-01', '2026-11-20']) insertCompletion(db, completionReceiptSchema.parse(sampleReceipt({ completedOn })));
    db.close();
    expect(purgeCompletions({ dbFile, completedBefore: '2024-01-01', yes: false })).toMatchObject({ purged: false, count: 1 });
    expect(purgeCompletions({ dbFile, completedBefore: '2024-01-01', yes: true })).toMatchObject({ purged: true, count: 1 });
    const left = openRaffleDb(dbFile);
    expect(listCompletions(left).map((row) => row.completedOn)).toEqual(['2024-01-01', '2026-11-20']);
    left.close();
    expect(() => purgeCompletions({ dbFile, completedBefore: '1.1.2024', yes: true })).toThrow('YYYY-MM-DD');
  });

  it("deletes one person's receipts on an erasure request, whatever the case of the address, and nobody else's", () => {
    const dbFile = join(folder.dir, 'raffle.sqlite');
    const db = openRaffleDb(dbFile);
    const people = [
      { email: 'erika.mustermann@example.org', completedOn: '2025-03-01' },
      { email: 'Erika.Mustermann@Example.org', completedOn: '2026-11-20' },
      { email: 'max.muster@example.org', completedOn: '2026-11-20' },
    ];
    for (const person of people) insertCompletion(db, completionReceiptSchema.parse(sampleReceipt(person)));
    db.close();
    expect(purgeCompletions({ dbFile, email: ' ERIKA.mustermann@example.org', yes: false })).toMatchObject({ purged: false, count: 2 });
    expect(purgeCompletions({ dbFile, email: 'erika.mustermann@example.org', completedBefore: '2026-01-01', yes: true })).toMatchObject({ count: 1 });
    expect(purgeCompletions({ dbFile, email: 'erika.mustermann@example.org', yes: true })).toMatchObject({ purged: true, count: 1 });
    const left = openRaffleDb(dbFile);
    expect(listCompletions(left).map((row) => row.email)).toEqual(['max.muster@example.org']);
    left.close();
    expect(() => purgeCompletions({ dbFile, yes: true }), 'neither a day nor an address').toThrow('Say which receipts to delete');
  });
});
