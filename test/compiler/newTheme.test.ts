import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { newTheme } from '../../src/cli/newTheme.ts';
import { useTempDir } from './support/tempTree.ts';

describe('npm run new-theme', () => {
  const tmp = useTempDir();
  const themes = () => join(tmp.path, 'themes');

  it('copies the default theme into a new folder that builds as it is', async () => {
    await cp('themes/default', join(themes(), 'default'), { recursive: true });
    const result = await newTheme('stadt-beispiel', themes());
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toBe(`Created ${join(themes(), 'stadt-beispiel')}/ from the default theme.`);
    expect(await readFile(join(themes(), 'stadt-beispiel', 'theme.yaml'), 'utf8')).toBe(await readFile('themes/default/theme.yaml', 'utf8'));
    const compiled = await compileCourse({ lessonsDir: 'lessons', themeDir: join(themes(), 'stadt-beispiel') });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.course?.brand.logo).toBe('brand/logo.svg');
  });

  it('never overwrites a theme and refuses names that are not folder-safe', async () => {
    await cp('themes/default', join(themes(), 'default'), { recursive: true });
    await cp('themes/default', join(themes(), 'taken'), { recursive: true });
    expect((await newTheme('taken', themes())).lines[0]).toMatch(/exists already; nothing was changed\.$/);
    for (const name of [undefined, '', 'Stadt Beispiel', '../escape', 'ümlaut']) {
      const result = await newTheme(name, themes());
      expect(result.ok, String(name)).toBe(false);
      expect(result.lines[1]).toContain('hint:');
    }
  });
});
