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

  it('one mistake of each kind in theme.yaml: all of them in one run, each once at its line, and nothing else', async () => {
    const broken = yaml
      .replace('  logo: logo.svg', '  logo: unser-logo.svg')
      .replace('primary: "#1d4e89"', 'primary: "#ffd700"')
      .replace('accent: "#0b6e4f"', 'accent: #0b6e4f')
      .replace('  passMark: 80', '  passMark: achtzig\n  lessons: [01-security-role, 02-emial]');
    const result = await checkWith(broken);
    expect(result.code).toBe(1);
    const errors = result.out.split('\n').filter((line) => / error [A-Z]\d{3} /.test(line));
    const at = (needle: string) => `theme.yaml:${lineOf(broken, needle)}:`;
    expect(errors.map((line) => line.replace(/^.*?(theme\.yaml:\d+:)\d+ error (\w+) .*$/, '$1 $2')).sort()).toEqual(
      [
        `${at('logo: unser-logo.svg')} T002`,
        `${at('primary: "#ffd700"')} T004`,
        `${at('accent: #0b6e4f')} F003`,
        `${at('passMark: achtzig')} F003`,
        `${at('lessons: [01-security-role, 02-emial]')} T005`,
      ].sort(),
    );
    // Each says what to do: the unquoted colour, a yellow that never passes on white, the misspelt lesson.
    expect(result.out).toMatch(/the # starts a comment in YAML, so #0b6e4f was not read; put the colour in quotes/);
    expect(result.out).toContain('brand.colors.light.accent: "#0b6e4f"');
    expect(result.out).toMatch(
      /#ffd700.*\n {2}hint: .*Use it as an accent colour only.*darker shade that passes: brand\.colors\.light\.primary: "#[0-9a-f]{6}"/,
    );
    expect(result.out).toContain('course.lessons names "02-emial", which is no lesson.');
    // No cascade: the lessons' placeholders wait for a theme without errors, and the check says so.
    expect(result.out).not.toContain('P003');
    expect(result.out).toMatch(/note: The lessons' placeholders .* were not checked/);
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
