import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Lessons and themes come from shared repositories, and git keeps symbolic links: a lesson image that
 * links to `~/.ssh/id_rsa` or `.env` would publish that file in every package. So a file the build
 * publishes must be a plain file whose real location is inside its own folder, with no symbolic link
 * on the way there.
 */
export type LocationProblem = 'symlink' | 'outside';

/** Why `path` (relative to `folder`) may not be published, or undefined when it may (or does not exist). */
export async function locationProblem(folder: string, path: string): Promise<LocationProblem | undefined> {
  const full = resolve(folder, path);
  const inside = relative(folder, full);
  if (inside === '' || inside.split(/[\\/]/)[0] === '..' || isAbsolute(inside)) return 'outside';
  let current = folder;
  for (const segment of inside.split(/[\\/]/)) {
    current = resolve(current, segment);
    const info = await lstat(current).catch(() => undefined);
    if (!info) return undefined;
    if (info.isSymbolicLink()) return 'symlink';
  }
  const [realFolder, realFile] = await Promise.all([realpath(folder), realpath(full).catch(() => undefined)]);
  if (realFile === undefined) return undefined;
  return realFile.startsWith(realFolder + sep) ? undefined : 'outside';
}

/** True when the path itself (not what it points to) is a symbolic link. */
export async function isSymbolicLink(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isSymbolicLink() ?? false;
}
