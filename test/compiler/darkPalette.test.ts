import { readFile } from 'node:fs/promises';
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME_FILE } from '../../src/compiler/load/defaultTheme.ts';
import { deriveDarkPalette } from '../../src/compiler/theme/darkPalette.ts';
import { parseTheme } from '../../src/compiler/theme/parseTheme.ts';
import { checkContrast, resolvePalette } from '../../src/compiler/theme/themeContrast.ts';
import type { Palette } from '../../src/compiler/theme/themeSchema.ts';
import { brandOf } from '../../src/compiler/theme/themeValues.ts';

/** Light palettes as organisations would make them: each passes the light-mode checks itself. */
const lightPalettes: Record<string, Palette> = {
  blue: { primary: '#1d4e89', accent: '#0b6e4f', text: '#1b1f24', background: '#ffffff' },
  green: { primary: '#1e5b3a', accent: '#b0561a', text: '#1c2420', background: '#fbfaf5' },
  red: { primary: '#a4161a', accent: '#c1121f', text: '#1a1a1a', background: '#ffffff', error: '#8f1d16' },
  orange: { primary: '#8a4b00', accent: '#b35c00', text: '#222222', background: '#fffaf0', success: '#0b6e4f' },
  yellow: { primary: '#6b5900', accent: '#a88700', text: '#1b1b1b', background: '#ffffff' },
  'near-black': { primary: '#111111', accent: '#333333', text: '#000000', background: '#ffffff' },
  // An odd one: a very saturated magenta, whose lightened form leaves sRGB unless gamut-mapped.
  magenta: { primary: '#a0007a', accent: '#c0008f', text: '#201020', background: '#ffffff', success: '#006b3c', error: '#b00020' },
};

const oklch = (hex: string) => new Color(hex).to('oklch').coords.map((value) => value ?? 0) as [number, number, number];
const ratio = (a: string, b: string) => new Color(a).contrast(b, 'WCAG21');
/** Hue distance on the circle, in degrees. */
const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

describe('deriveDarkPalette', () => {
  for (const [name, light] of Object.entries(lightPalettes)) {
    it(`derives a dark palette from ${name} that passes every contrast check`, () => {
      expect(checkContrast({ light, dark: undefined }), 'the light palette itself passes').toEqual([]);
      const dark = deriveDarkPalette(light);
      expect(checkContrast({ light, dark })).toEqual([]);
      for (const value of Object.values(dark)) expect(value).toMatch(/^#[0-9a-f]{6}$/);
      // Dark surfaces, light text and brand colours: a dark mode, not the light palette again.
      expect(oklch(dark.background)[0]).toBeLessThan(0.25);
      expect(oklch(dark.text)[0]).toBeGreaterThan(0.85);
      expect(oklch(dark.primary)[0]).toBeGreaterThan(oklch(light.primary)[0]);
      // The header with a dark logo: the dark background as text on the dark primary.
      expect(ratio(dark.background, dark.primary)).toBeGreaterThanOrEqual(4.5);
      // Muted text and outlines are derived from the dark pair and must still pass.
      const resolved = resolvePalette(dark, 'dark');
      expect(ratio(resolved.muted, resolved.background)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(resolved.border, resolved.background)).toBeGreaterThanOrEqual(3);
    });
  }

  it('keeps the brand hue in primary and accent, and tints the surfaces with it', () => {
    for (const name of ['blue', 'green', 'red', 'orange', 'yellow']) {
      const light = lightPalettes[name]!;
      const dark = deriveDarkPalette(light);
      expect(hueGap(oklch(dark.primary)[2], oklch(light.primary)[2]), `${name} primary`).toBeLessThan(12);
      expect(hueGap(oklch(dark.accent)[2], oklch(light.accent)[2]), `${name} accent`).toBeLessThan(12);
      expect(hueGap(oklch(dark.background)[2], oklch(light.primary)[2]), `${name} background`).toBeLessThan(12);
    }
  });

  it('gives a grey theme neutral grey surfaces, not a random tint', () => {
    const dark = deriveDarkPalette(lightPalettes['near-black']!);
    for (const key of ['background', 'text', 'primary'] as const) expect(oklch(dark[key])[1], key).toBeLessThan(0.005);
  });

  it('derives success and error only from light ones the theme gives; the dark defaults fill the rest', () => {
    expect(deriveDarkPalette(lightPalettes.blue!)).not.toHaveProperty('success');
    expect(deriveDarkPalette(lightPalettes.red!).error).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('is what a theme without a dark block gets in the course model, while the default theme keeps its own', async () => {
    const text = await readFile(DEFAULT_THEME_FILE, 'utf8');
    const own = parseTheme(text, 'theme.yaml').theme!;
    expect(brandOf(own, ['en'], 'any').colors.dark.primary).toBe('#8cb8ee');
    expect(brandOf(own, ['en'], 'any').colors.dark.background).toBe('#121417');
    const green = text.replace('primary: "#1d4e89"', 'primary: "#1e5b3a"').replace(/ {4}dark:\n(?: {6}.*\n)+/, '');
    const parsed = parseTheme(green, 'theme.yaml');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.theme!.brand.colors.dark).toBeUndefined();
    const model = brandOf(parsed.theme!, ['en'], 'any').colors.dark;
    const derived = deriveDarkPalette(parsed.theme!.brand.colors.light);
    expect(model.primary).toBe(derived.primary);
    expect(model.background).toBe(derived.background);
    expect(model.primary).not.toBe('#8cb8ee');
  });
});
