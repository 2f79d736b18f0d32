import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** One entry below a listed folder that is not a folder itself. */
export interface TreeEntry {
  /** Relative to the listed folder, with forward slashes on every system. */
  path: string;
  /** The path to open. */
  full: string;
  /** False for a symlink, socket or other special file: callers skip it or refuse it. */
  isFile: boolean;
}

/** Everything below `dir` except folders, in no particular order. The build's one recursive listing. */
export async function listTree(dir: string): Promise<TreeEntry[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => {
      const full = join(entry.parentPath, entry.name);
      return { path: relative(dir, full).split('\\').join('/'), full, isFile: entry.isFile() };
    });
}
