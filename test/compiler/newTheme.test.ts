import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { newTheme } from '../../src/cli/newTheme.ts';
import { useTempDir } from './support/tempTree.ts';

describe('npm run new-theme', () => {
  const tmp = useTempDir();
  const themes = () => join(tmp.path, 'themes');

  it('copies the default theme into a new folder that builds as it is, with the theme name as its course id', async () => {
    await cp('themes/default', join(themes(), 'default'), { recursive: true });
    const result = await newTheme('stadt-beispiel', themes());
    expect(result.ok).toBe(true);
    expect(result.lines[0]).toBe(`Created ${join(themes(), 'stadt-beispiel')}/ from the default theme, with course.id: stadt-beispiel.`);
    expect(result.lines.join('\n')).toContain('stadt-beispiel-scorm12.zip');
    // Only the id's value differs from the default: comments and layout stay.
    const copied = await readFile(join(themes(), 'stadt-beispiel', 'theme.yaml'), 'utf8');
    const original = await readFile('themes/default/theme.yaml', 'utf8');
    expect(copied.split('\n').filter((line, index) => line !== original.split('\n')[index])).toEqual(['  id: stadt-beispiel']);
    const compiled = await compileCourse({ lessonsDir: 'lessons', themeDir: join(themes(), 'stadt-beispiel') });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(compiled.course?.id).toBe('stadt-beispiel');
    expect(compiled.course?.brand.logo).toBe('brand/logo.svg');
  });

  it('never overwrites a theme and refuses names that are not folder-safe', async () => {
    await cp('themes/default', join(themes(), 'default'), { recursive: true });
    await cp('themes/default', join(themes(), 'taken'), { recursive: true });
    expect((await newTheme('taken', themes())).lines[0]).toMatch(/exists already; nothing was changed\.$/);
    // A name that could not be a course id is refused too: a leading digit or hyphen, more than 32 characters.
    for (const name of [undefined, '', 'Stadt Beispiel', '../escape', 'ümlaut', '2026-stadt', '-stadt', 'a'.repeat(33)]) {
      const result = await newTheme(name, themes());
      expect(result.ok, String(name)).toBe(false);
      expect(result.lines[1]).toContain('hint:');
    }
  });
});
