import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCourse } from '../../src/compiler/compileCourse.ts';
import { formatDiagnostic } from '../../src/compiler/diagnostics/formatDiagnostics.ts';
import { darkPaletteWarnings } from '../../src/compiler/theme/darkPaletteWarning.ts';
import { parseTheme } from '../../src/compiler/theme/parseTheme.ts';
import { defaultThemeFiles, fixture, useTempDir, writeTree } from './support/tempTree.ts';

const defaultYaml = defaultThemeFiles['theme/theme.yaml'];
const defaults = parseTheme(defaultYaml, 'default.yaml').theme!.brand.colors;
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((line) => line.includes(needle)) + 1;

/** T011 for a theme.yaml text, as compileCourse reports it. */
function warningsFor(yaml: string) {
  const parsed = parseTheme(yaml, 'theme/theme.yaml');
  expect(parsed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return darkPaletteWarnings(parsed.theme!.brand.colors, defaults, parsed.source!.positionOf, 'theme/theme.yaml');
}

/** The default theme's text with its light primary (and text) changed: a copy an organisation started to adapt. */
const greenLight = defaultYaml.replace('primary: "#1d4e89"', 'primary: "#1e5b3a"');

describe('T011: light colours changed, dark ones still the default', () => {
  it('warns at brand.colors.dark, naming both primaries, with a hint to delete or set the dark block', () => {
    const warnings = warningsFor(greenLight);
    const line = lineOf(greenLight, '    dark:');
    expect(warnings.map(formatDiagnostic)).toEqual([
      `theme/theme.yaml:${line}:5 warning T011 The light colours are your own (primary #1e5b3a), but the dark colours are still the default theme's (primary #8cb8ee): dark mode would show Wachsam's blue, not yours.\n  hint: delete the block brand.colors.dark to get dark colours derived from your light ones, or set your own dark colours there (the build checks their contrast).`,
    ]);
  });

  it('warns when only a colour other than primary changed, and when the dark block is the default in other spelling', () => {
    expect(warningsFor(defaultYaml.replace('background: "#ffffff"', 'background: "#fbfaf5"')).map((d) => d.code)).toEqual(['T011']);
    expect(warningsFor(greenLight.replace('primary: "#8cb8ee"', 'primary: "#8CB8EE"')).map((d) => d.code)).toEqual(['T011']);
    // Giving the default's own success colour spells the same palette.
    expect(warningsFor(greenLight.replace('background: "#121417"', 'background: "#121417"\n      success: "#5fd3a6"')).map((d) => d.code)).toEqual(['T011']);
  });

  it('stays silent for the default theme, a theme without a dark block, and one with dark colours of its own', () => {
    expect(warningsFor(defaultYaml)).toEqual([]);
    expect(warningsFor(greenLight.replace(/ {4}dark:\n(?: {6}.*\n)+/, ''))).toEqual([]);
    expect(warningsFor(greenLight.replace('primary: "#8cb8ee"', 'primary: "#8fd4a8"'))).toEqual([]);
  });

  describe('in a build', () => {
    const tmp = useTempDir();

    it('is reported by compileCourse, and the course still builds (a warning)', async () => {
      const lesson = await fixture('valid/minimal.md');
      await writeTree(tmp.path, {
        ...defaultThemeFiles,
        'theme/theme.yaml': greenLight,
        'lessons/02-mail/de.md': lesson,
        'lessons/02-mail/en.md': lesson,
      });
      const { course, diagnostics } = await compileCourse({ lessonsDir: join(tmp.path, 'lessons'), themeDir: join(tmp.path, 'theme'), cwd: tmp.path });
      expect(diagnostics.filter((d) => d.code === 'T011').map((d) => [d.file, d.severity, d.line, d.col])).toEqual([
        ['theme/theme.yaml', 'warning', lineOf(greenLight, '    dark:'), 5],
      ]);
      expect(course?.brand.colors.dark.primary).toBe('#8cb8ee');
    });
  });
});
