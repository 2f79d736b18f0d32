import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';

/** Read and write for the owner only: entries and exports hold names and e-mails. */
export const ownerOnly = 0o600;

/**
 * Creates `file` empty with mode 0600 unless it exists. SQLite gives the -wal and -shm files it creates
 * later the database file's mode, so they are 0600 from the start too.
 */
export function createOwnerOnly(file: string): void {
  try {
    closeSync(openSync(file, 'wx', ownerOnly));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/**
 * Takes group and other permissions away from the existing `files` (a database made by an older
 * Wachsam, or copied in, may be 0644). Returns the files it changed; a file it may not change (owned by
 * someone else) is left as it is. Does nothing on Windows, which has no such mode bits.
 */
export function restrictToOwner(files: readonly string[]): string[] {
  if (process.platform === 'win32') return [];
  return files.filter((file) => {
    if (!existsSync(file)) return false;
    const mode = statSync(file).mode & 0o777;
    if ((mode & 0o077) === 0) return false;
    try {
      chmodSync(file, mode & 0o700);
      return true;
    } catch {
      return false;
    }
  });
}
