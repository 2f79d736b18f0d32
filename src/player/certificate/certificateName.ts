import { certificateNameKey } from '../../shared/storageKeys.ts';
import { browserStorage } from '../tracking/localTracker.ts';

/** Longer than any real name, short enough for one line of the printed page at its smallest. */
export const NAME_MAX_LENGTH = 120;

/** The name typed for the certificate before, in this browser. */
export function storedName(courseId: string): string {
  try {
    return browserStorage()?.getItem(certificateNameKey(courseId)) ?? '';
  } catch {
    return '';
  }
}

/** Keeps the name in this browser, so a reload shows the certificate again; without storage it lives as long as the page. */
export function storeName(courseId: string, name: string): void {
  try {
    browserStorage()?.setItem(certificateNameKey(courseId), name);
  } catch {
    // Storage full or blocked: the certificate still shows for this visit.
  }
}
