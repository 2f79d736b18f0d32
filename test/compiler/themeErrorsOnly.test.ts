import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { defaultThemeFiles, useTempDir, writeTree } from './support/tempTree.ts';

/**
 * An admin's first theme with a mistake in it, compiled with the course's own lessons (which use
 * `{{ org.… }}` placeholders): the output names the theme's real errors and nothing else.
 */
describe('a theme.yaml with errors', () => {
  const tmp = useTempDir();

  async function compileWithTheme(change: (yaml: string) => string) {
    const yaml = change(defaultThemeFiles['theme/theme.yaml']);
    expect(yaml).not.toBe(defaultThemeFiles['theme/theme.yaml']);
    await writeTree(tmp.path, { ...defaultThemeFiles, 'theme/theme.yaml': yaml });
    return compileCourse({ lessonsDir: 'lessons', themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
  }

  it('a misspelt key: only that error, and a note that the placeholders were not checked', async () => {
    const compiled = await compileWithTheme((yaml) => yaml.replace(/^organisation:/m, 'organization:'));
    expect(compiled.diagnostics.map((d) => `${d.file} ${d.code}`)).toEqual(expect.arrayContaining(['theme/theme.yaml F001']));
    expect(compiled.diagnostics.filter((d) => d.code === 'P003')).toEqual([]);
    expect(compiled.diagnostics.every((d) => d.file === 'theme/theme.yaml')).toBe(true);
    expect(compiled.skipped).toBe("The lessons' placeholders ({{ org.… }}) were not checked: theme/theme.yaml has errors. Fix those first.");
  });

  it('a colour that fails contrast: only T004, no "theme does not define" for every placeholder', async () => {
    const compiled = await compileWithTheme((yaml) => yaml.replace('primary: "#1d4e89"', 'primary: "#ffcc00"'));
    expect(compiled.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['T004']);
    expect(compiled.diagnostics.filter((d) => d.code === 'P003')).toEqual([]);
  });

  it('a readable theme still has its placeholders checked', async () => {
    const lesson = await readFile('lessons/02-email/de.md', 'utf8');
    const misspelt = lesson.replace(/\{\{ *org\.[A-Za-z]+ *\}\}/, '{{ org.serviceDesc }}');
    expect(misspelt).not.toBe(lesson);
    await writeTree(tmp.path, {
      ...defaultThemeFiles,
      'lessons/02-email/de.md': misspelt,
      'lessons/02-email/en.md': await readFile('lessons/02-email/en.md', 'utf8'),
    });
    const compiled = await compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
    expect(compiled.skipped).toBeUndefined();
    expect(compiled.diagnostics.filter((d) => d.code === 'P003').map((d) => d.message)).toEqual(['The theme does not define {{ org.serviceDesc }}.']);
  });
});
