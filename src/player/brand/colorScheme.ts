import { colorSchemeKey } from '../../shared/storageKeys.ts';
import { browserStorage } from '../tracking/localTracker.ts';

export type ColorScheme = 'light' | 'dark';

/** The learner's own choice, if any; without one the system setting decides (see brandCss). */
export function storedScheme(courseId: string): ColorScheme | undefined {
  try {
    const value = browserStorage()?.getItem(colorSchemeKey(courseId));
    return value === 'light' || value === 'dark' ? value : undefined;
  } catch {
    return undefined;
  }
}

export function systemScheme(): ColorScheme {
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Applies a scheme to the page (and remembers it when the learner chose it). */
export function applyScheme(courseId: string, scheme: ColorScheme | undefined, remember = false): void {
  if (scheme) document.documentElement.dataset.colorScheme = scheme;
  else delete document.documentElement.dataset.colorScheme;
  if (!remember || !scheme) return;
  try {
    browserStorage()?.setItem(colorSchemeKey(courseId), scheme);
  } catch {
    // The choice then lasts for this visit only.
  }
}
