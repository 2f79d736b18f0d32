import type { Brand, Palette } from './courseModel.ts';

/** The player's CSS custom properties for one palette (see styles.css, which holds the defaults). */
function variables(palette: Palette): string {
  const entries: [string, string][] = [
    ['primary', palette.primary],
    ['primary-text', palette.background],
    ['accent', palette.accent],
    ['text', palette.text],
    ['muted', palette.muted],
    ['background', palette.background],
    ['surface', palette.surface],
    ['border', palette.border],
    ['right', palette.success],
    ['wrong', palette.error],
    ['focus', palette.primary],
  ];
  return entries.map(([name, value]) => `--w-color-${name}:${value};`).join('');
}

/**
 * The header's colours (styles.css maps them onto the header's contents). In light mode, and in dark
 * mode without a dark logo, the header sits on the light palette's primary, the colour the logo was
 * made for: a white logo on the dark palette's light primary would be unreadable. With a dark logo,
 * the dark-mode header takes the dark palette's primary. T004 checks both pairs as button labels.
 */
function headerVariables(palette: Palette): string {
  return `--w-color-header:${palette.primary};--w-color-header-text:${palette.background};`;
}

/**
 * The theme as CSS, written by the build as a file of its own (index.html links it, so the page needs
 * no inline style under its Content-Security-Policy): light colours by default, dark ones when the
 * system asks for them unless the learner chose light, or when the learner chose dark; then the
 * theme's fonts, whose addresses are relative to the file, which sits beside index.html.
 *
 * `html:root` outranks the defaults' `:root` in styles.css whatever order the two arrive in (the dev
 * server adds styles.css by script, after the page's links); the dark rules outrank both.
 */
export function brandCss(brand: Brand): string {
  const light = variables(brand.colors.light) + headerVariables(brand.colors.light);
  const dark = variables(brand.colors.dark) + headerVariables(brand.logoDark ? brand.colors.dark : brand.colors.light);
  const fonts = brand.fonts
    .map(
      (font) =>
        `@font-face{font-family:${JSON.stringify(font.family)};src:url(${JSON.stringify(font.file)});font-weight:${font.weight};font-style:${font.style};font-display:swap}`,
    )
    .join('');
  const family = brand.fonts[0] ? `html:root{--w-font:${JSON.stringify(brand.fonts[0].family)},system-ui,sans-serif}` : '';
  return [
    `html:root{${light}color-scheme:light}`,
    // Dark colours on screen only: paper is white, so a printed page (a certificate) takes the light ones.
    `@media screen and (prefers-color-scheme:dark){:root:not([data-color-scheme=light]){${dark}color-scheme:dark}}`,
    `@media screen{:root[data-color-scheme=dark]{${dark}color-scheme:dark}}`,
    fonts,
    family,
  ]
    .filter(Boolean)
    .join('\n');
}
