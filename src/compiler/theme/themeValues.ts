import Color from 'colorjs.io';
import type { Brand, Localized, Organisation, Palette } from '../../shared/courseModel.ts';
import { portablePath } from '../lesson/outputNames.ts';
import { deriveDarkPalette } from './darkPalette.ts';
import { resolvePalette } from './themeContrast.ts';
import type { LocalizedText, Theme } from './themeSchema.ts';

/** One text per course language: the language's own, else the first language's, else any. */
export function localize(text: LocalizedText, languages: readonly string[]): Localized<string> {
  const result: Localized<string> = {};
  for (const lang of languages) {
    result[lang] = typeof text === 'string' ? text : (text[lang] ?? text[languages[0]!] ?? Object.values(text)[0]!);
  }
  return result;
}

/**
 * The values of `{{ org.* }}` placeholders, per language: the theme's variables plus name and shortName,
 * over `fallback` (the default theme's facts) for the ones the theme leaves out.
 */
export function placeholderValues(
  theme: Theme,
  languages: readonly string[],
  fallback: Theme['organisation']['variables'] = {},
): Record<string, Record<string, string>> {
  const organisation = theme.organisation;
  const byLang: Record<string, Record<string, string>> = {};
  for (const lang of languages) {
    const values: Record<string, string> = {
      name: localize(organisation.name, languages)[lang]!,
      shortName: localize(organisation.shortName ?? organisation.name, languages)[lang]!,
    };
    for (const [key, value] of Object.entries({ ...fallback, ...organisation.variables })) {
      values[key] = typeof value === 'number' ? String(value) : localize(value, languages)[lang]!;
    }
    byLang[lang] = values;
  }
  return byLang;
}

/** The facts (placeholder names) whose value differs from `defaults` in any language. */
export function changedFacts(values: Record<string, Record<string, string>>, defaults: Record<string, Record<string, string>>): Set<string> {
  const changed = new Set<string>();
  for (const [lang, byName] of Object.entries(values)) {
    for (const [name, value] of Object.entries(byName)) if (defaults[lang]?.[name] !== value) changed.add(name);
  }
  return changed;
}

export function organisationOf(theme: Theme, languages: readonly string[]): Organisation {
  const pick = (text: LocalizedText) => localize(text, languages);
  const { name, shortName, contacts } = theme.organisation;
  return {
    name: pick(name),
    shortName: pick(shortName ?? name),
    contacts: contacts.map((contact) => ({
      role: pick(contact.role),
      ...(contact.name ? { name: pick(contact.name) } : {}),
      ...(contact.phone ? { phone: contact.phone } : {}),
      ...(contact.email ? { email: contact.email } : {}),
      ...(contact.note ? { note: pick(contact.note) } : {}),
    })),
  };
}

/** Where the theme's files go in the bundle: under the same portable-name rule as lesson images. */
export function brandFileName(file: string): string {
  return `brand/${portablePath(file)}`;
}

/** `iconSizes` is what the web app manifest needs: "any" for SVG, the pixel size for PNG. */
export function brandOf(theme: Theme, languages: readonly string[], iconSizes: string): Brand {
  const { logo, logoDark, logoAlt, icon, colors, fonts } = theme.brand;
  const dark = colors.dark ?? deriveDarkPalette(colors.light);
  return {
    logo: brandFileName(logo),
    ...(logoDark ? { logoDark: brandFileName(logoDark) } : {}),
    logoAlt: localize(logoAlt ?? theme.organisation.name, languages),
    icon: brandFileName(icon ?? logo),
    iconSizes,
    colors: { light: withSurface(resolvePalette(colors.light, 'light')), dark: withSurface(resolvePalette(dark, 'dark')) },
    fonts: fonts.map((font) => ({ ...font, file: brandFileName(font.file) })),
  };
}

/**
 * Panels are the background tinted 5% towards the text, as long as text and muted text keep 4.5:1
 * on them; otherwise plain background (the contrast check only guarantees pairs on the background).
 */
function withSurface(palette: Omit<Palette, 'surface'>): Palette {
  const background = new Color(palette.background);
  const tinted = background.mix(palette.text, 0.05, { space: 'srgb' }).to('srgb');
  const surface = tinted.toString({ format: 'hex', collapse: false }).toLowerCase();
  const keeps = [palette.text, palette.muted].every((colour) => new Color(colour).contrast(tinted, 'WCAG21') >= 4.5);
  return { ...palette, surface: keeps ? surface : palette.background };
}

/** "any" for an SVG; for a PNG its width and height, read from the IHDR chunk. */
export function iconSizesOf(file: string, bytes: Uint8Array): string {
  if (!file.toLowerCase().endsWith('.png') || bytes.length < 24) return 'any';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return `${view.getUint32(16)}x${view.getUint32(20)}`;
}
