import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTheme } from '../../src/compiler/loadTheme.ts';
import { useTempDir, writeTree } from './support/tempTree.ts';

describe('loadTheme', () => {
  const tmp = useTempDir();
  const load = (dir = join(tmp.path, 'theme')) => loadTheme(dir, (path) => relative(tmp.path, path));
  const theme = (lines: string[]) => writeTree(tmp.path, { 'theme/theme.yaml': lines.join('\n') + '\n' });

  it('reads a theme and fills in the defaults for id, languages and passMark', async () => {
    await theme(['course:', '  title: Security at Acme', '  description: Short lessons.', 'organisation:', '  name: Acme']);
    const { theme: loaded, diagnostics } = await load();
    expect(diagnostics).toEqual([]);
    expect(loaded?.course).toEqual({
      id: 'wachsam',
      title: 'Security at Acme',
      description: 'Short lessons.',
      languages: ['de', 'en'],
      passMark: 80,
    });
  });

  it('reports an unknown nested key as F001 at the key, listing the keys allowed there', async () => {
    await theme([
      'course:',
      '  title: Security at Acme',
      '  description: Short lessons.',
      '  pasMark: 70',
      'organisation:',
      '  name: Acme',
    ]);
    const { theme: loaded, diagnostics } = await load();
    expect(diagnostics.map((d) => [d.file, d.code, d.severity, d.line, d.col])).toEqual([
      ['theme/theme.yaml', 'F001', 'error', 4, 3],
    ]);
    expect(diagnostics[0]?.message).toBe('Unknown frontmatter key "pasMark".');
    expect(diagnostics[0]?.hint).toContain('allowed keys are: id, title, description, languages, passMark.');
    expect(loaded).toBeUndefined();
  });

  it('reports an unknown top-level key as F001 at the key', async () => {
    await theme(['course:', '  title: Acme', '  description: Lessons.', 'organisation:', '  name: Acme', 'colour: red']);
    const { diagnostics } = await load();
    expect(diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([['F001', 6, 1]]);
    expect(diagnostics[0]?.hint).toContain('allowed keys are: course, organisation.');
  });

  it('reports a wrong value as F003 at the value', async () => {
    await theme(['course:', '  title: Acme', '  description: Lessons.', '  passMark: high', 'organisation:', '  name: Acme']);
    const { diagnostics } = await load();
    expect(diagnostics.map((d) => [d.code, d.line, d.col])).toEqual([['F003', 4, 13]]);
    expect(diagnostics[0]?.hint).toBe('write it like this: passMark: 80');
  });

  it('reports a missing theme folder as T001 naming theme.yaml', async () => {
    const { theme: loaded, diagnostics } = await load(join(tmp.path, 'missing'));
    expect(diagnostics.map((d) => [d.file, d.code, d.severity, d.line, d.col])).toEqual([
      ['missing/theme.yaml', 'T001', 'error', 1, 1],
    ]);
    expect(diagnostics[0]?.message).toBe('Theme file "missing/theme.yaml" not found.');
    expect(loaded).toBeUndefined();
  });
});
