import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listEntries, openRaffleDb } from '../../src/raffle-server/raffleDb.ts';
import { purgeEntries } from '../../src/raffle-server/rafflePurge.ts';
import { seedEntries, tempFolder } from './raffleFixture.ts';

const run = promisify(execFile);
let folder: Awaited<ReturnType<typeof tempFolder>>;
let dbFile: string;

beforeEach(async () => {
  folder = await tempFolder();
  dbFile = join(folder.dir, 'raffle.sqlite');
  seedEntries(dbFile, 3, 'spring-2026');
  seedEntries(dbFile, 2, 'autumn-2026');
});
afterEach(() => folder.dispose());

function count(): number {
  const db = openRaffleDb(dbFile);
  try {
    return listEntries(db).length;
  } finally {
    db.close();
  }
}

describe('purgeEntries', () => {
  it('without yes, deletes nothing and says what it would delete', () => {
    const result = purgeEntries({ dbFile, yes: false });
    expect(result).toMatchObject({ purged: false, count: 5 });
    expect(result.message).toContain('Would delete 5 entries (all campaigns)');
    expect(count()).toBe(5);
  });

  it('deletes one campaign, then the rest, and reports the counts', () => {
    expect(purgeEntries({ dbFile, campaign: 'autumn-2026', yes: true })).toMatchObject({ purged: true, count: 2 });
    expect(count()).toBe(3);
    const rest = purgeEntries({ dbFile, yes: true });
    expect(rest).toMatchObject({ purged: true, count: 3, message: `Deleted 3 entries (all campaigns) from ${dbFile}.` });
    expect(count()).toBe(0);
  });
});

describe('rafflePurgeCli', () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const cli = join(process.cwd(), 'src', 'cli', 'raffle', 'rafflePurgeCli.ts');

  it('refuses without --yes (exit 1) and deletes with it', async () => {
    const refused = await run(tsx, [cli, '--db', dbFile]).catch((error: { code: number; stderr: string }) => error);
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toContain('add --yes');
    expect(count()).toBe(5);
    const done = await run(tsx, [cli, '--db', dbFile, '--campaign', 'spring-2026', '--yes']);
    expect(done.stdout).toContain('Deleted 3 entries (campaign "spring-2026")');
    expect(count()).toBe(2);
  }, 15_000);
});
