import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { parseTheme } from '../../src/compiler/theme/parseTheme.ts';
import { defaultThemeFiles, useTempDir, writeTree } from './support/tempTree.ts';

/** A raffle that passes the schema, naming one lesson that does not exist. */
const RAFFLE = [
  'raffle:',
  '  enabled: true',
  '  campaign: herbst-2026',
  '  start: 2026-11-01',
  '  end: 2026-11-30',
  '  mode: phrase',
  '  phrase: WACHSAM',
  '  howToEnter: Send it to raffle@example.org.',
  '  requiredLessons: [02-email, 99-gone]',
  '  terms: One prize.',
  '  privacy: Nothing is stored.',
];

/** Each change must hit the default theme's text once: a test of the theme it meant to break. */
function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  expect(changed, String(from)).not.toBe(text);
  return changed;
}

/**
 * Issue 14: a first-time admin's theme.yaml with one mistake in each part. One run must name every
 * one of them, each once, at its line, with a hint that says what to write.
 */
describe('a theme.yaml with an error in every part', () => {
  const tmp = useTempDir();

  async function compileWith(yaml: string, files: Record<string, string> = {}) {
    await writeTree(tmp.path, { ...defaultThemeFiles, ...files, 'theme/theme.yaml': yaml });
    return compileCourse({ lessonsDir: 'lessons', themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
  }

  function themeWithFiveErrors(): string {
    let yaml = defaultThemeFiles['theme/theme.yaml'];
    // organisation: a contact's e-mail that is none.
    yaml = replaceOnce(yaml, /(\n {4}- role:\n {8}de: Datenschutz)/, '\n    - email: not-an-address\n      role: Security team$1');
    // brand: a logo that is not there, a yellow primary, and a dark accent without quotes.
    yaml = replaceOnce(yaml, 'logo: logo.svg', 'logo: our-logo.svg');
    yaml = replaceOnce(yaml, 'primary: "#1d4e89"', 'primary: "#ffd700"');
    yaml = replaceOnce(yaml, 'accent: "#5fd3a6"', 'accent: #5fd3a6');
    // course: a lesson that does not exist.
    yaml = replaceOnce(yaml, '  passMark: 80\n', '  passMark: 80\n  lessons: [01-security-role, 02-email, 04-passwort]\n');
    return `${yaml}\n${RAFFLE.join('\n')}\n`;
  }

  it('lists exactly those errors, each once, in one run', async () => {
    const yaml = themeWithFiveErrors();
    const compiled = await compileWith(yaml);
    const lineOf = (text: string) => yaml.split('\n').findIndex((line) => line.includes(text)) + 1;
    const at = (text: string, col: number) => `theme/theme.yaml:${lineOf(text)}:${col}`;
    expect(compiled.diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([
      `${at('not-an-address', 14)} F003 Theme key "organisation.contacts.1.email": must be an e-mail address.`,
      `${at('our-logo.svg', 9)} T002 Theme file "our-logo.svg" (brand.logo) not found.`,
      `${at('#ffd700', 16)} T004 Colour contrast too low in light mode: #ffd700 (primary) on #ffffff (background) is 1.40:1; links and outlined buttons, and button labels and the header need at least 4.5:1.`,
      `${at('accent: #5fd3a6', 15)} F003 Theme key "brand.colors.dark.accent": the # starts a comment in YAML, so #5fd3a6 was not read; put the colour in quotes.`,
      `${at('04-passwort', 41)} T005 course.lessons names "04-passwort", which is no lesson.`,
      `${at('99-gone', 31)} T006 raffle.requiredLessons names "99-gone", which is not a lesson of this course.`,
    ]);
    const hints = compiled.diagnostics.map((d) => d.hint);
    expect(hints[2]).toBe(
      'no shade close to #ffd700 reaches 4.5:1 against #ffffff. Use it as an accent colour only (progress bars need 3:1; brand.colors.dark.accent: "#ffd700" has 13.15:1 on #121417), or use a darker shade that passes: brand.colors.light.primary: "#8f7400".',
    );
    expect(hints[3]).toBe('write it like this: brand.colors.dark.accent: "#5fd3a6"');
    expect(hints[0]).toBe('write it like this: email: service@example.org');
    expect(hints[1]).toContain('put the file into the theme folder');
    expect(compiled.skipped).toBe("The lessons' placeholders ({{ org.… }}) were not checked: theme/theme.yaml has errors. Fix those first.");
  });

  it('a lesson id misspelt in course.lessons is one error: the required lesson it meant is not also reported', async () => {
    let yaml = replaceOnce(defaultThemeFiles['theme/theme.yaml'], '  passMark: 80\n', '  passMark: 80\n  lessons: [01-security-role, 02-emial]\n');
    yaml = `${yaml}\n${RAFFLE.join('\n').replace('99-gone', '01-security-role')}\n`;
    const compiled = await compileWith(yaml);
    // The default theme's placeholder texts (T010, warnings) are beside the point here.
    const reported = compiled.diagnostics.filter((d) => d.code !== 'T010');
    expect(reported.map((d) => `${d.code} ${d.message}`)).toEqual(['T005 course.lessons names "02-emial", which is no lesson.']);
  });

  it('checks every colour pair whose colours passed, also in the palette of an unquoted colour', async () => {
    let yaml = replaceOnce(defaultThemeFiles['theme/theme.yaml'], 'primary: "#1d4e89"', 'primary: "#ffd700"');
    yaml = replaceOnce(yaml, 'accent: "#0b6e4f"', 'accent: #0b6e4f');
    yaml = replaceOnce(yaml, 'primary: "#8cb8ee"', 'primary: navy');
    const compiled = await compileWith(yaml);
    expect(compiled.diagnostics.map((d) => `${d.code} ${d.message.split(':')[0]}: ${d.hint}`)).toEqual([
      expect.stringMatching(/^T004 Colour contrast too low in light mode: no shade close to #ffd700 /),
      'F003 Theme key "brand.colors.light.accent": write it like this: brand.colors.light.accent: "#0b6e4f"',
      'F003 Theme key "brand.colors.dark.primary": write it like this: brand.colors.dark.primary: "#000080"',
    ]);
  });

  it('names every raffle error at once, also the dates when the campaign is wrong', async () => {
    const raffle = RAFFLE.join('\n').replace('herbst-2026', 'herbst 2026').replace('end: 2026-11-30', 'end: 2026-10-30').replace('  phrase: WACHSAM\n', '');
    const compiled = await compileWith(`${defaultThemeFiles['theme/theme.yaml']}\n${raffle}\n`);
    // The missing phrase is reported at the raffle section, which comes first.
    expect(compiled.diagnostics.map((d) => d.message)).toEqual([
      'Theme key "raffle.phrase": is needed in phrase mode.',
      'Theme key "raffle.campaign": must be letters, digits, - and _ (at most 64).',
      'Theme key "raffle.end": must not be before start.',
      'raffle.requiredLessons names "99-gone", which is not a lesson of this course.',
    ]);
  });
});

describe('no follow-up errors from a part that failed', () => {
  const codes = (text: string) => parseTheme(text, 'theme.yaml').diagnostics.map((d) => d.code);

  it('a theme.yaml that is a list is one F005, not also a warning about the accessibility contact', () => {
    expect(codes('- organisation\n- brand\n')).toEqual(['F005']);
  });

  it('an accessibility contact with a broken e-mail is that error only, not also "names no way to report a barrier"', () => {
    const text = replaceOnce(defaultThemeFiles['theme/theme.yaml'], /\n {2}contact:\n(?: {4}.*\n)+/, '\n  contact:\n    email: barrier-at-example\n');
    expect(codes(text)).toEqual(['F003']);
  });
});
