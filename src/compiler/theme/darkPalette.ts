import Color from 'colorjs.io';
import type { Palette } from './themeSchema.ts';

/**
 * OKLCH lightness of the derived surfaces and colours. The background is about as dark as the default
 * theme's (#121417 is 0.19) and the text as light as its #e8ebef (0.94); primary and accent start
 * near its #8cb8ee (0.77) and are lifted further only where a pair would fail.
 */
const BACKGROUND_L = 0.19;
const TEXT_L = 0.94;
const COLOUR_L = 0.77;
/** A hint of the brand hue in the surfaces, as in the example theme's dark green; more looks tinted. */
const SURFACE_CHROMA = 0.012;
/** Strong light colours glare on a dark page (and leave sRGB); the default's light blue has 0.09. */
const MAX_CHROMA = 0.13;
/** Kept above the required ratio so the hex rounding and the floor in T004 never tip a pair below it. */
const MARGIN = 0.1;

/**
 * A dark palette for a theme that gives only light colours: dark surfaces tinted with the brand hue,
 * and the light palette's primary, accent, success and error (when given) in the same hue and
 * chroma, made light enough for the pairs themeContrast.ts checks: 4.5:1 for text, links, button
 * labels, the header and feedback, 3:1 for the accent. Pure; lower-case #rrggbb.
 */
export function deriveDarkPalette(light: Palette): Palette {
  const hue = brandHue(light.primary);
  // A grey primary (no hue) gives neutral grey surfaces.
  const tint = hue === undefined ? 0 : SURFACE_CHROMA;
  const background = toHex(new Color('oklch', [BACKGROUND_L, tint, hue ?? 0]));
  const text = lifted(toHex(new Color('oklch', [TEXT_L, tint / 2, hue ?? 0])), background, 4.5);
  const derived: Palette = {
    primary: lifted(light.primary, background, 4.5),
    accent: lifted(light.accent, background, 3),
    text,
    background,
  };
  // Without their own light colours, success and error take the player's dark defaults, which pass on any dark background.
  if (light.success) derived.success = lifted(light.success, background, 4.5);
  if (light.error) derived.error = lifted(light.error, background, 4.5);
  return derived;
}

/** The primary's OKLCH hue; undefined for a grey, whose hue is noise. */
function brandHue(primary: string): number | undefined {
  const [, chroma, hue] = new Color(primary).to('oklch').coords;
  return (chroma ?? 0) < 0.02 || hue === null || Number.isNaN(hue) ? undefined : hue;
}

/**
 * The colour's hue and (capped) chroma at a light lightness: at least COLOUR_L, or its own lightness
 * when that is lighter, raised step by step until it reaches `required` (plus MARGIN) on the
 * background. White always does on a background this dark, so the loop ends with a passing colour.
 */
function lifted(colour: string, background: string, required: number): string {
  const [l, c, h] = new Color(colour).to('oklch').coords;
  const hue = h === null || Number.isNaN(h) ? 0 : (h ?? 0);
  const chroma = Math.min(c ?? 0, MAX_CHROMA);
  for (let lightness = Math.max(COLOUR_L, l ?? 0); lightness < 1; lightness += 0.01) {
    const hex = toHex(new Color('oklch', [lightness, chroma, hue]));
    if (ratio(hex, background) >= required + MARGIN) return hex;
  }
  return '#ffffff';
}

function ratio(a: string, b: string): number {
  return new Color(a).contrast(b, 'WCAG21');
}

/** Gamut-maps first, as themeContrast.ts does: hex serialisation does not clip. */
function toHex(color: Color): string {
  return color.toGamut({ space: 'srgb' }).to('srgb').toString({ format: 'hex', collapse: false }).toLowerCase();
}
