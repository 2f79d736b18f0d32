import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTheme } from '../../src/cli/newTheme.ts';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { checkContrast } from '../../src/compiler/theme/themeContrast.ts';
import { cliInProcess } from '../support/cliInProcess.ts';

/**
 * Issue 14's admin, played through the commands the README gives: scaffold a theme with
 * `npm run new-theme`, check it, make mistakes of every kind in theme.yaml, and change the colours.
 * `check` runs the same compiler as `build`; the build itself is tested in build.test.ts.
 */
describe('an admin makes the course their own', () => {
  let work: string;
  let theme: string;
  let yaml: string;
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;
  /** `npm run check -- --theme <theme>` with theme.yaml replaced by `text`. */
  const checkWith = async (text: string) => {
    await writeFile(join(theme, 'theme.yaml'), text);
    return cliInProcess('check', '--theme', theme);
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'admin-'));
    await cp('themes/default', join(work, 'themes', 'default'), { recursive: true });
    const created = await newTheme('stadt-test', join(work, 'themes'));
    expect(created.ok, created.lines.join('\n')).toBe(true);
    theme = join(work, 'themes', 'stadt-test');
    yaml = await readFile(join(theme, 'theme.yaml'), 'utf8');
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('a fresh theme passes the check, with a warning at the line of every placeholder text left in it', async () => {
    const result = await checkWith(yaml);
    expect(result.code, result.out).toBe(0);
    const warnings = result.out.split('\n').filter((line) => / warning T010 /.test(line));
    expect(warnings.length).toBeGreaterThanOrEqual(10);
    for (const line of warnings) expect(line).toMatch(/^.*themes\/stadt-test\/theme\.yaml:\d+:\d+ warning T010 \S+ still holds "/);
    // Each at the line that holds the text: the organisation's name in German is the first.
    const name = lineOf(yaml, 'de: Ihre Organisation');
    expect(result.out).toMatch(new RegExp(`theme\\.yaml:${name}:\\d+ warning T010 organisation\\.name\\.de still holds "Ihre Organisation"`));
    // Not the template's note: this is the admin's own theme.
    expect(result.out).not.toMatch(/is the template/);

    // Replacing the name takes exactly its warning away.
    const named = yaml.replace('de: Ihre Organisation', 'de: Stadtverwaltung Test');
    const after = (await checkWith(named)).out.split('\n').filter((line) => / warning T010 /.test(line));
    expect(after.length).toBe(warnings.length - 1);
    expect(after.join('\n')).not.toContain('organisation.name.de');
  });

  it('light colours only: a warning while the default dark block stays, a passing derived dark palette once it is gone', async () => {
    const green = yaml.replace('primary: "#1d4e89"', 'primary: "#1e5b3a"').replace('accent: "#0b6e4f"', 'accent: "#2a6f97"');
    const kept = await checkWith(green);
    expect(kept.code, kept.out).toBe(0);
    expect(kept.out).toMatch(new RegExp(`theme\\.yaml:${lineOf(green, '    dark:')}:5 warning T011 The light colours are your own \\(primary #1e5b3a\\)`));

    const lightOnly = green.replace(/ {4}dark:\n(?: {6}.*\n)+/, '');
    expect(lightOnly).not.toMatch(/^ {4}dark:/m);
    const derived = await checkWith(lightOnly);
    expect(derived.code, derived.out).toBe(0);
    expect(derived.out).not.toContain('T011');
    const compiled = await compileCourse({ lessonsDir: 'lessons', themeDir: theme });
    const dark = compiled.course!.brand.colors.dark;
    expect(dark.primary).not.toBe('#8cb8ee');
    expect(checkContrast({ light: compiled.course!.brand.colors.light, dark })).toEqual([]);
  });
});
