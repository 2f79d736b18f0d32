import { describe, expect, it, vi } from 'vitest';
import { failureMessage } from '../../src/cli/runCli.ts';
import { openRaffleDb } from '../../src/raffle-server/raffleDb.ts';
import { loadSqlite, sqliteMissingMessage } from '../../src/raffle-server/loadSqlite.ts';

// better-sqlite3 is an optional dependency: simulate the two ways it goes missing (not installed, native
// build failed) by making node:module's require fail for it while `missing` is set.
const state = vi.hoisted(() => ({ missing: false }));
vi.mock('node:module', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:module')>();
  const createRequire = (from: string | URL) => {
    const real = original.createRequire(from);
    return Object.assign((id: string) => {
      if (state.missing && id === 'better-sqlite3') throw Object.assign(new Error(`Cannot find module '${id}'`), { code: 'MODULE_NOT_FOUND' });
      return real(id);
    }, real);
  };
  return { ...original, createRequire, default: { ...original, createRequire } };
});

const spec = { usage: 'usage: raffle-server …', task: 'The raffle receiver' };

describe('the raffle receiver without better-sqlite3', () => {
  it('says in one line what is missing and how to install it, without a stack', () => {
    state.missing = true;
    let thrown: unknown;
    try {
      openRaffleDb(':memory:');
    } catch (error) {
      thrown = error;
    } finally {
      state.missing = false;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toBe(sqliteMissingMessage);
    expect(sqliteMissingMessage).toMatch(/needs better-sqlite3.*npm install better-sqlite3$/);
    // What runCli prints before it exits with 1.
    expect(failureMessage(thrown, spec)).toBe(`error: ${sqliteMissingMessage}`);
  });

  it('reports a failed native build the same way', () => {
    const noAddon = class {
      constructor() {
        throw new Error('Could not locate the bindings file. Tried: build/Release/better_sqlite3.node');
      }
    };
    expect(() => loadSqlite(() => noAddon)).toThrow(new Error(sqliteMissingMessage));
  });

  it('opens a database when it is installed', () => {
    const db = openRaffleDb(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBe(3);
    db.close();
  });
});
