import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseTheme } from '../theme/parseTheme.ts';
import type { Theme } from '../theme/themeSchema.ts';

/** The default theme that ships with Wachsam, whose local facts stand in for the ones a theme leaves out. */
export const DEFAULT_THEME_FILE = fileURLToPath(new URL('../../../themes/default/theme.yaml', import.meta.url));

/**
 * The local facts (`organisation.variables`) of the default theme: neutral phrases such as "the contact
 * your organisation has named for security incidents". A theme made before a lesson started to use a
 * fact still builds, with the neutral phrase, instead of failing on every lesson. Empty when the
 * default theme is missing or broken (its own build reports that).
 */
export async function defaultFacts(): Promise<Theme['organisation']['variables']> {
  const text = await readFile(DEFAULT_THEME_FILE, 'utf8').catch(() => undefined);
  return (text && parseTheme(text, DEFAULT_THEME_FILE).theme?.organisation.variables) || {};
}
