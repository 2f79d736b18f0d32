import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTree } from '../../src/build/deterministicZip.ts';
import { listTree } from '../../src/build/listTree.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wachsam-list-tree-'));
  await mkdir(join(dir, 'content', 'deep'), { recursive: true });
  await writeFile(join(dir, 'index.html'), 'page');
  await writeFile(join(dir, 'content', 'deep', 'a.js'), 'a');
  await symlink(join(dir, 'index.html'), join(dir, 'content', 'link.html'));
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the build’s recursive file listing', () => {
  it('lists everything below a folder but folders, by forward-slash path, and marks what is not a plain file', async () => {
    const entries = (await listTree(dir)).sort((a, b) => (a.path < b.path ? -1 : 1));
    expect(entries.map(({ path, isFile }) => [path, isFile])).toEqual([
      ['content/deep/a.js', true],
      ['content/link.html', false],
      ['index.html', true],
    ]);
    expect(entries[0]!.full).toBe(join(dir, 'content', 'deep', 'a.js'));
  });

  it('gives the zip writer plain files only, under its prefix', async () => {
    expect([...(await readTree(dir, 'web/')).keys()]).toEqual(['web/content/deep/a.js', 'web/index.html']);
  });
});
