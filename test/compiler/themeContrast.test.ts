import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { type ContrastProblem, checkContrast, resolvePalette } from '../../src/compiler/theme/themeContrast.ts';
import type { Palette } from '../../src/compiler/theme/themeSchema.ts';

const light: Palette = { primary: '#1d4e89', accent: '#0b6e4f', text: '#1b1f24', background: '#ffffff' };
const dark: Palette = { primary: '#8cb8ee', accent: '#5fd3a6', text: '#e8ebef', background: '#121417' };

// The test's own ratio goes through the library too: the point is our use of it, not the formula.
const ratio = (a: string, b: string) => new Color(a).contrast(b, 'WCAG21');
const lightness = (hex: string) => new Color(hex).to('oklch').coords[0] ?? 0;
const hue = (hex: string) => new Color(hex).to('oklch').coords[2] ?? 0;

/** The colour the problem asks to change, and the one it must be read against. */
const changed = (p: ContrastProblem) => (p.fix === p.foregroundKey ? p.foreground : p.background);
const kept = (p: ContrastProblem) => (p.fix === p.foregroundKey ? p.background : p.foreground);

/** Every suggestion must pass against the colour it is paired with, or the hint would mislead. */
function expectSuggestionsPass(problems: ContrastProblem[]): void {
  for (const problem of problems) {
    expect(ratio(problem.suggestion, kept(problem)), `${problem.mode} ${problem.use}`).toBeGreaterThanOrEqual(problem.required);
    expect(problem.suggestion).toMatch(/^#[0-9a-f]{6}$/);
  }
}

function check(colors: { light: Palette; dark: Palette }): ContrastProblem[] {
  const problems = checkContrast(colors);
  expectSuggestionsPass(problems);
  return problems;
}

describe('checkContrast', () => {
  it('passes the default palettes in both modes', () => {
    expect(check({ light, dark })).toEqual([]);
  });

  it('fails #777777 body text on white at 4.47 and suggests the nearest darker grey', () => {
    const problems = check({ light: { ...light, text: '#777777' }, dark });
    expect(problems).toEqual([
      {
        mode: 'light',
        foregroundKey: 'text',
        backgroundKey: 'background',
        foreground: '#777777',
        background: '#ffffff',
        ratio: 4.47,
        required: 4.5,
        use: 'body text',
        fix: 'text',
        suggestion: '#767676',
      },
    ]);
  });

  it('passes #767676 on white (4.54)', () => {
    expect(Math.floor(ratio('#767676', '#ffffff') * 100) / 100).toBe(4.54);
    expect(check({ light: { ...light, text: '#767676' }, dark })).toEqual([]);
  });

  it('passes white button labels on #1d4e89', () => {
    const problems = check({ light: { ...light, background: '#ffffff', primary: '#1d4e89' }, dark });
    expect(problems.filter((p) => p.use === 'button labels and the header')).toEqual([]);
  });

  it('fails white labels on a #4da3ff primary and suggests a darker primary of the same hue', () => {
    const problems = check({ light: { ...light, primary: '#4da3ff' }, dark });
    const label = problems.find((p) => p.foregroundKey === 'background' && p.backgroundKey === 'primary');
    expect(label).toMatchObject({ mode: 'light', foreground: '#ffffff', background: '#4da3ff', fix: 'primary', ratio: 2.62 });
    expect(lightness(label?.suggestion ?? '')).toBeLessThan(lightness('#4da3ff'));
    expect(Math.abs(hue(label?.suggestion ?? '') - hue('#4da3ff'))).toBeLessThan(3);
    // Contrast is symmetric, so links on the same background fail alike and get the same fix.
    expect(problems.map((p) => p.use)).toEqual(['links and outlined buttons', 'button labels and the header']);
    expect(problems[0]?.suggestion).toBe(label?.suggestion);
  });

  it('fails #555555 text in dark mode and suggests a lighter one', () => {
    const problems = check({ light, dark: { ...dark, text: '#555555' } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ mode: 'dark', foreground: '#555555', background: '#121417', fix: 'text', ratio: 2.47 });
    expect(lightness(problems[0]?.suggestion ?? '')).toBeGreaterThan(lightness('#555555'));
  });

  it('asks only 3:1 of the accent', () => {
    expect(check({ light: { ...light, accent: '#909090' }, dark })).toEqual([]); // 3.19:1
    const problems = check({ light: { ...light, accent: '#979797' }, dark }); // 2.92:1
    expect(problems).toMatchObject([{ foregroundKey: 'accent', ratio: 2.92, required: 3, use: 'progress bars', fix: 'accent' }]);
    // The same grey is not enough for text, which needs 4.5:1.
    expect(check({ light: { ...light, text: '#909090' }, dark })).toMatchObject([{ foregroundKey: 'text', ratio: 3.19 }]);
  });

  it('rounds ratios down, never up to a pass', () => {
    // #c2c on white is 4.498:1: rounding would show 4.50 next to "needs 4.5".
    expect(ratio('#c2c', '#ffffff')).toBeCloseTo(4.498, 3);
    expect(check({ light: { ...light, text: '#c2c' }, dark })).toMatchObject([{ foreground: '#cc22cc', ratio: 4.49 }]);
  });

  it('reports default success and error colours that fail on a custom background', () => {
    // #4a4f56 keeps dark text and the accent readable but not the default feedback colours.
    const problems = check({ light, dark: { ...dark, primary: '#cfe0f5', background: '#4a4f56' } });
    expect(problems.map((p) => [p.mode, p.fix, p.foreground])).toEqual([
      ['dark', 'success', '#5fd3a6'],
      ['dark', 'error', '#ff9a8f'],
    ]);
  });

  it('moves the only way that works on a mid-grey background', () => {
    // On #777777 black reaches 4.68:1 but white only 4.48:1, so every fix goes darker.
    const grey = { primary: '#777777', accent: '#787878', text: '#7a7a7a', background: '#777777', success: '#4da3ff', error: '#ff9a8f' };
    const problems = check({ light: grey, dark: grey });
    expect(problems).toHaveLength(12);
    for (const problem of problems) expect(lightness(problem.suggestion)).toBeLessThan(lightness(changed(problem)));
  });

  it('gives passing suggestions for a spread of bad palettes', () => {
    const backgrounds = ['#ffffff', '#000000', '#777777', '#f5e9d0', '#203040', '#ff0000'];
    const colours = ['#fff', '#000', '#4da3ff', '#ffd400', '#8a2be2', '#00ff00', '#777'];
    for (const background of backgrounds) {
      for (const colour of colours) {
        const palette = { primary: colour, accent: colour, text: colour, background, success: colour, error: colour };
        check({ light: palette, dark: palette });
      }
    }
  });
});

describe('resolvePalette', () => {
  it('fills the default success and error colours per mode', () => {
    expect(resolvePalette(light, 'light')).toMatchObject({ success: '#0b6e4f', error: '#b3261e' });
    expect(resolvePalette(dark, 'dark')).toMatchObject({ success: '#5fd3a6', error: '#ff9a8f' });
    expect(resolvePalette({ ...light, success: '#006400', error: '#8B0000' }, 'light')).toMatchObject({ success: '#006400', error: '#8b0000' });
  });

  it('derives muted at 4.5:1 and border at 3:1 against the background', () => {
    for (const [palette, mode] of [
      [light, 'light'],
      [dark, 'dark'],
    ] as const) {
      const resolved = resolvePalette(palette, mode);
      expect(ratio(resolved.muted, resolved.background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(resolved.border, resolved.background)).toBeGreaterThanOrEqual(3);
      // Fainter than text, and the border fainter still, without overshooting the threshold much.
      expect(ratio(resolved.muted, resolved.background)).toBeLessThan(ratio(resolved.text, resolved.background));
      expect(ratio(resolved.border, resolved.background)).toBeLessThan(3.1);
    }
  });

  it('fades muted at most 35% towards the background', () => {
    const resolved = resolvePalette({ ...light, text: '#000000' }, 'light');
    const capped = Color.mix('#000000', '#ffffff', 0.35, { space: 'oklab', outputSpace: 'srgb' });
    expect(resolved.muted).toBe(capped.toString({ format: 'hex', collapse: false }));
    expect(ratio(resolved.muted, '#ffffff')).toBeGreaterThan(5);
  });

  it('falls back to the text colour when even text fails', () => {
    const resolved = resolvePalette({ ...light, text: '#cccccc' }, 'light');
    expect(resolved.muted).toBe('#cccccc');
    expect(resolved.border).toBe('#cccccc');
  });

  it('accepts #abc and upper case, and returns lower-case #rrggbb', () => {
    const resolved = resolvePalette({ primary: '#1D4E89', accent: '#0B6', text: '#123', background: '#FFF' }, 'light');
    expect(resolved).toMatchObject({ primary: '#1d4e89', accent: '#00bb66', text: '#112233', background: '#ffffff' });
    for (const value of Object.values(resolved)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
  });
  it('tells a yellow primary that no close shade passes: it works as an accent in dark mode, or a darker shade does', () => {
    const problems = check({ light: { ...light, primary: '#ffd700' }, dark });
    expect(problems.map((p) => p.far)).toEqual([
      { colour: '#ffd700', against: '#ffffff', direction: 'darker', accent: { mode: 'dark', ratio: 13.15, background: '#121417' } },
      { colour: '#ffd700', against: '#ffffff', direction: 'darker', accent: { mode: 'dark', ratio: 13.15, background: '#121417' } },
    ]);
    expect(lightness(problems[0]?.suggestion ?? '')).toBeLessThan(lightness('#ffd700') - 0.2);
  });

  it('tells a dark text in dark mode to use a lighter shade, with no accent advice for a text colour', () => {
    const problems = check({ light, dark: { ...dark, text: '#1a1a1a' } });
    expect(problems[0]?.far).toEqual({ colour: '#1a1a1a', against: '#121417', direction: 'lighter' });
  });

  it('gives a colour close to passing only the nearest shade', () => {
    expect(check({ light: { ...light, primary: '#4da3ff' }, dark }).map((p) => p.far)).toEqual([undefined, undefined]);
  });

  it('leaves out the pairs of a colour that failed the schema (null), and checks the rest', () => {
    const problems = checkContrast({ light: { ...light, background: null, text: '#777777' }, dark: { ...dark, primary: null } });
    expect(problems).toEqual([]);
    const text = checkContrast({ light: { ...light, primary: null, text: '#777777' }, dark });
    expect(text.map((p) => [p.mode, p.fix])).toEqual([['light', 'text']]);
  });
});
