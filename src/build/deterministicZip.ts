import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { listTree } from './listTree.ts';

/**
 * DOS time has no time zone: fflate writes local fields, so a date made in local time gives the
 * same bytes in every time zone. Made per call, since the zone may change while a process runs.
 */
const fixedMtime = () => new Date(2000, 0, 1, 0, 0, 0);
const COMPRESSION_LEVEL = 9;

/**
 * Writes a zip whose bytes depend only on its entries: sorted by path, one fixed date, one
 * compression level. Goes through a temporary file and a rename, so `outFile` is never half-written.
 */
export async function writeDeterministicZip(outFile: string, entries: Map<string, Uint8Array>): Promise<number> {
  const zippable: Zippable = {};
  for (const path of [...entries.keys()].sort(byCodeUnit)) zippable[path] = entries.get(path)!;
  const zip = zipSync(zippable, { level: COMPRESSION_LEVEL, mtime: fixedMtime() });
  await mkdir(dirname(outFile), { recursive: true });
  const temporary = `${outFile}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, zip);
    await rename(temporary, outFile);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return zip.length;
}

/** Every file below `dir` by its path relative to `dir` (forward slashes), optionally under a prefix. */
export async function readTree(dir: string, prefix = ''): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const paths = (await listTree(dir))
    .filter((entry) => entry.isFile)
    .map(({ full, path }) => ({ full, path: prefix + path }))
    .sort((a, b) => byCodeUnit(a.path, b.path));
  for (const { full, path } of paths) files.set(path, await readFile(full));
  return files;
}

/** Sorts by UTF-16 code units: the same order on every machine, unlike localeCompare. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
