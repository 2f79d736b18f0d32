import { readFile, realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTheme } from '../theme/parseTheme.ts';
import type { Theme } from '../theme/themeSchema.ts';

/** The default theme that ships with Wachsam, whose local facts stand in for the ones a theme leaves out. */
export const DEFAULT_THEME_FILE = fileURLToPath(new URL('../../../themes/default/theme.yaml', import.meta.url));

/**
 * The default theme, for its local facts (`organisation.variables`): neutral phrases such as "the
 * contact your organisation has named for security incidents". A theme made before a lesson started to
 * use a fact still builds, with the neutral phrase, instead of failing on every lesson; and a lesson
 * counts as adapted only where a theme's fact differs from it. Undefined when the default theme is
 * missing or broken (its own build reports that).
 */
export async function defaultTheme(): Promise<Theme | undefined> {
  const text = await readFile(DEFAULT_THEME_FILE, 'utf8').catch(() => undefined);
  return text ? parseTheme(text, DEFAULT_THEME_FILE).theme : undefined;
}

/**
 * Whether `themeDir` is the default theme itself: the template, whose placeholders (T010) are expected.
 * Its check and build warn for each like any theme's, and add one line that says so.
 */
export async function isDefaultThemeDir(themeDir: string): Promise<boolean> {
  const real = (path: string) => realpath(path).catch(() => resolve(path));
  return (await real(themeDir)) === (await real(dirname(DEFAULT_THEME_FILE)));
}
