import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/** What a receiver command prints when SQLite cannot be loaded: one line, with the command that fixes it. */
export const sqliteMissingMessage = 'The raffle receiver needs better-sqlite3, which is not installed or did not build: run npm install better-sqlite3';

/**
 * Loads better-sqlite3, an optional dependency: only the raffle receiver uses it, and its native build
 * may fail (or be skipped with --omit=optional) without failing `npm ci`. Loaded on first use rather than
 * imported, so building a course never needs it; the native addon is tried at once (an in-memory
 * database), so a failed build is reported like a missing package. `load` is for tests.
 */
export function loadSqlite(load: (id: string) => unknown = createRequire(import.meta.url)): typeof BetterSqlite3 {
  try {
    const Database = load('better-sqlite3') as typeof BetterSqlite3;
    new Database(':memory:').close();
    return Database;
  } catch {
    throw new Error(sqliteMissingMessage);
  }
}
