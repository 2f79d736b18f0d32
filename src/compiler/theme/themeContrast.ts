import Color from 'colorjs.io';
import type { Palette as ModelPalette } from '../../shared/courseModel.ts';
import { deriveDarkPalette } from './darkPalette.ts';
import type { Palette } from './themeSchema.ts';

export type Mode = 'light' | 'dark';

/** Every colour the player needs but the panel surface, which themeValues.ts derives last. */
export type ResolvedPalette = Omit<ModelPalette, 'surface'>;

export interface ContrastProblem {
  mode: Mode;
  /** Theme key of the foreground, e.g. "text", or for the button label "background" (text on primary). */
  foregroundKey: keyof Palette;
  /** Theme key of the background the foreground sits on. */
  backgroundKey: keyof Palette;
  foreground: string;
  background: string;
  /** Rounded down to two decimals, as WCAG tools show it (4.499 → 4.49, never rounded up to pass). */
  ratio: number;
  required: 4.5 | 3;
  /** What learners see in this pair, e.g. "body text". */
  use: string;
  /** The theme key to change (the foreground, except for button labels where it is "primary"). */
  fix: keyof Palette;
  /**
   * The nearest colour for `fix` that passes: same hue, lightness moved the shortest way that reaches
   * the ratio (in OKLCH), mapped into sRGB; lower-case #rrggbb.
   */
  suggestion: string;
  /** Set when no shade close to the colour passes (see FAR_SHADE): the hint then says what else to do. */
  far?: FarColour;
}

/** A colour whose nearest passing shade looks like another colour, e.g. yellow on white. */
export interface FarColour {
  /** The colour as the theme has it. */
  colour: string;
  /** The colour it is read against. */
  against: string;
  /** Which way `suggestion` moves from it. */
  direction: 'darker' | 'lighter';
  /** Where it still works as an accent colour (progress bars need 3:1), for a primary colour only. */
  accent?: { mode: Mode; ratio: number; background: string };
}

/**
 * A palette as far as it passed the schema: null where a colour failed (the schema reports it), so the
 * pairs it belongs to wait; undefined where an optional colour is left out (its default is checked).
 */
export type CheckedPalette = { [K in keyof Palette]?: string | null };

/**
 * OKLab distance from which the nearest passing shade no longer looks like the same colour: #ffd700
 * becomes olive #8f7400 (0.33), while #4da3ff becomes #1c78d1 (0.14), still the same blue.
 */
const FAR_SHADE = 0.25;

const DEFAULTS: Record<Mode, { success: string; error: string }> = {
  light: { success: '#0b6e4f', error: '#b3261e' },
  dark: { success: '#5fd3a6', error: '#ff9a8f' },
};

/** Every pair the player paints: [foreground, background, required, use, key to fix]. */
const PAIRS: ReadonlyArray<[keyof Palette, keyof Palette, 4.5 | 3, string, keyof Palette]> = [
  ['text', 'background', 4.5, 'body text', 'text'],
  ['primary', 'background', 4.5, 'links and outlined buttons', 'primary'],
  ['background', 'primary', 4.5, 'button labels and the header', 'primary'],
  ['accent', 'background', 3, 'progress bars', 'accent'],
  ['success', 'background', 4.5, 'right-answer feedback', 'success'],
  ['error', 'background', 4.5, 'wrong-answer feedback and warnings', 'error'],
];

/** Gamut-maps first: hex serialisation does not clip, and out-of-gamut OKLCH would give nonsense digits. */
function toHex(color: Color): string {
  return color.toGamut({ space: 'srgb' }).to('srgb').toString({ format: 'hex', collapse: false }).toLowerCase();
}

function ratio(a: string, b: string): number {
  return new Color(a).contrast(b, 'WCAG21');
}

/**
 * Smallest t in [0, 1] whose colour passes, given that t = 1 does. Each candidate is judged as the hex
 * it will be written as, and `hi` only ever holds a tested pass, so the answer passes even where
 * rounding to whole sRGB steps makes contrast not quite monotonic.
 */
function firstPassing(colourAt: (t: number) => string, passes: (hex: string) => boolean): { hex: string; t: number } | undefined {
  const start = colourAt(0);
  if (passes(start)) return { hex: start, t: 0 };
  let best = colourAt(1);
  if (!passes(best)) return undefined;
  let lo = 0;
  let hi = 1;
  // 24 halvings is far below one sRGB step (1/255), so the answer is as close as hex can be.
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    const hex = colourAt(mid);
    if (passes(hex)) [hi, best] = [mid, hex];
    else lo = mid;
  }
  return { hex: best, t: hi };
}

/** Mixes in OKLab so the steps between text and background look even. */
function mixTowards(text: string, background: string, required: number, max: number): string {
  // Searched from the background's end (t = 0 is the full `max` mix) so the faintest passing mix is found.
  const colourAt = (t: number) => toHex(Color.mix(text, background, max * (1 - t), { space: 'oklab', outputSpace: 'srgb' }));
  // If the text itself fails, no mix passes; body text is reported anyway, so fall back to it.
  return firstPassing(colourAt, (hex) => ratio(hex, background) >= required)?.hex ?? toHex(new Color(text));
}

/**
 * Fills the success/error defaults and derives muted (secondary text, 4.5:1) and border (outlines, 3:1)
 * as mixes of text towards background. Returns lower-case #rrggbb.
 */
export function resolvePalette(palette: Palette, mode: Mode): ResolvedPalette {
  const hex = (value: string) => toHex(new Color(value));
  const text = hex(palette.text);
  const background = hex(palette.background);
  return {
    primary: hex(palette.primary),
    accent: hex(palette.accent),
    text,
    background,
    success: hex(palette.success ?? DEFAULTS[mode].success),
    error: hex(palette.error ?? DEFAULTS[mode].error),
    // Secondary text may fade only so far that it stays readable body text; 35% keeps it from
    // looking disabled on high-contrast themes where the ratio alone would allow much more.
    muted: mixTowards(text, background, 4.5, 0.35),
    // Outlines are non-text UI (WCAG 1.4.11), so 3:1 is enough; as faint as that allows.
    border: mixTowards(text, background, 3, 1),
  };
}

/**
 * The nearest passing colour of the same OKLCH hue and chroma: lightness is moved towards black and
 * towards white, and the smaller move wins. L = 0 and L = 1 map to black and white, one of which
 * always reaches 4.5:1 (the worst background still gives 4.58:1), so a search end normally passes.
 */
function nearestPassing(colour: string, against: string, required: number): string {
  const [l, c, h] = new Color(colour).to('oklch').coords;
  const start = l ?? 0;
  const passes = (hex: string) => ratio(hex, against) >= required;
  const candidates: Array<{ hex: string; distance: number }> = [];
  for (const target of [0, 1]) {
    // t is the share of the way from the current lightness to black or white.
    const colourAt = (t: number) => toHex(new Color('oklch', [start + (target - start) * t, c ?? 0, h ?? 0]));
    const reach = firstPassing(colourAt, passes);
    if (reach !== undefined) candidates.push({ hex: reach.hex, distance: reach.t * Math.abs(target - start) });
  }
  candidates.sort((a, b) => a.distance - b.distance);
  const nearest = candidates[0];
  if (nearest) return nearest.hex;
  // Safety net only: fall back to whichever of black and white contrasts more.
  return ratio('#000000', against) >= ratio('#ffffff', against) ? '#000000' : '#ffffff';
}

/** The colour the player paints for `key`: the theme's, or the default; undefined when it failed the schema. */
function colourOf(colors: Record<Mode, CheckedPalette>, mode: Mode, key: keyof Palette): string | undefined {
  const value = colors[mode][key];
  if (value === null) return undefined;
  const colour = value ?? (key === 'success' || key === 'error' ? DEFAULTS[mode][key] : undefined);
  return colour === undefined ? undefined : toHex(new Color(colour));
}

/** Floor, never round: a 4.499 shown as 4.50 would look like a pass next to "needs 4.5". */
function shown(exact: number): number {
  return Math.floor(exact * 100) / 100;
}

/**
 * Every pair the player paints, for both modes; empty when all pass. A pair with a colour that
 * failed the schema (null) is left out: that colour is reported once, by the schema. Without a dark
 * palette the one derived from the light colours is checked, which passes by construction (a safety
 * net, not a message authors see).
 */
export function checkContrast(given: { light: CheckedPalette; dark?: CheckedPalette | undefined }): ContrastProblem[] {
  const light = completePalette(given.light);
  const colors: Record<Mode, CheckedPalette> = { light: given.light, dark: given.dark ?? (light ? deriveDarkPalette(light) : {}) };
  const problems: ContrastProblem[] = [];
  for (const mode of ['light', 'dark'] as const) {
    for (const [foregroundKey, backgroundKey, required, use, fix] of PAIRS) {
      const foreground = colourOf(colors, mode, foregroundKey);
      const background = colourOf(colors, mode, backgroundKey);
      if (foreground === undefined || background === undefined) continue;
      const exact = ratio(foreground, background);
      if (exact >= required) continue;
      // WCAG contrast is symmetric, so the colour kept fixed is simply the other one of the pair.
      const colour = fix === foregroundKey ? foreground : background;
      const against = fix === foregroundKey ? background : foreground;
      const suggestion = nearestPassing(colour, against, required);
      const far = farColour(colors, mode, fix, colour, against, suggestion);
      const problem: ContrastProblem = { mode, foregroundKey, backgroundKey, foreground, background, ratio: shown(exact), required, use, fix, suggestion };
      problems.push(far ? { ...problem, far } : problem);
    }
  }
  return problems;
}

/** The advice for a colour no close shade of which passes; undefined when the nearest shade is close. */
function farColour(
  colors: Record<Mode, CheckedPalette>,
  mode: Mode,
  fix: keyof Palette,
  colour: string,
  against: string,
  suggestion: string,
): FarColour | undefined {
  if (new Color(colour).deltaE(suggestion, 'OK') < FAR_SHADE) return undefined;
  const lighter = (new Color(suggestion).to('oklch').coords[0] ?? 0) > (new Color(colour).to('oklch').coords[0] ?? 0);
  const far: FarColour = { colour, against, direction: lighter ? 'lighter' : 'darker' };
  if (fix !== 'primary') return far;
  // A brand colour may still serve as an accent (3:1), first in its own mode, else in the other.
  for (const accentMode of mode === 'light' ? (['light', 'dark'] as const) : (['dark', 'light'] as const)) {
    const background = colourOf(colors, accentMode, 'background');
    if (background !== undefined && ratio(colour, background) >= 3)
      return { ...far, accent: { mode: accentMode, ratio: shown(ratio(colour, background)), background } };
  }
  return far;
}

/** The palette when its four required colours passed the schema; undefined when one failed. */
function completePalette(palette: CheckedPalette): Palette | undefined {
  const { primary, accent, text, background, success, error } = palette;
  if (!primary || !accent || !text || !background) return undefined;
  return { primary, accent, text, background, ...(success ? { success } : {}), ...(error ? { error } : {}) };
}
