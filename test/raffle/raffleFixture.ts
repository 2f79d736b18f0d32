import { afterEach, beforeEach } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RaffleEntryInput, raffleEntrySchema } from '../../src/shared/raffle/raffleEntry.ts';
import { insertEntry, openRaffleDb } from '../../src/raffle-server/raffleDb.ts';

/** A valid entry; each call gets a fresh idempotency key. */
export function sampleEntry(overrides: Partial<Record<keyof RaffleEntryInput, unknown>> = {}): Record<string, unknown> {
  return {
    idempotencyKey: randomUUID(),
    name: 'Jörg Müller',
    email: 'joerg.mueller@example.org',
    consent: true,
    course: 'wachsam',
    campaign: 'spring-2026',
    eligible: true,
    ...overrides,
  };
}

/** A valid completion receipt; each call gets a fresh idempotency key. */
export function sampleReceipt(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    idempotencyKey: randomUUID(),
    name: 'Jörg Müller',
    email: 'joerg.mueller@example.org',
    course: 'wachsam',
    version: '2026.1',
    completedOn: '2026-11-20',
    ...overrides,
  };
}

/** A fresh folder under the system temp folder, with a `dispose` that removes it. */
export async function tempFolder(): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'wachsam-raffle-'));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A fresh temporary folder per test with a database path in it (not created), removed afterwards.
 * Call at describe level; read `.dir` and `.dbFile` inside tests.
 */
export function useTempDb(): { readonly dir: string; readonly dbFile: string } {
  const state = { dir: '', dbFile: '' };
  let dispose = async () => {};
  beforeEach(async () => {
    const folder = await tempFolder();
    state.dir = folder.dir;
    state.dbFile = join(folder.dir, 'raffle.sqlite');
    dispose = folder.dispose;
  });
  afterEach(() => dispose());
  return state;
}

/** Creates a database at `file` with `count` entries: person1@example.org … in `campaign`. */
export function seedEntries(file: string, count: number, campaign = 'spring-2026'): void {
  const db = openRaffleDb(file);
  try {
    for (let i = 1; i <= count; i++) {
      const entry = sampleEntry({ name: `Person ${i}`, email: `person${i}@example.org`, campaign });
      insertEntry(db, raffleEntrySchema.parse(entry));
    }
  } finally {
    db.close();
  }
}
