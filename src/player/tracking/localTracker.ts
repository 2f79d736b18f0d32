import type { ProgressState } from '../state/progress.ts';
import { loadProgress, saveProgress } from '../state/progressStorage.ts';
import type { Tracker, TrackerStart } from './tracker.ts';

export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Progress kept in the browser's localStorage, written on every change. */
export class LocalTracker implements Tracker {
  onNotice?: Tracker['onNotice'];
  private readonly storage = browserStorage();
  private readonly progressKey: string;
  private readonly languageKey: string;
  private lang: string | undefined;

  constructor(courseId: string) {
    this.progressKey = `wachsam:${courseId}:progress`;
    this.languageKey = `wachsam:${courseId}:lang`;
  }

  start(): TrackerStart {
    const loaded = loadProgress(this.storage, this.progressKey);
    try {
      this.lang = this.storage?.getItem(this.languageKey) ?? undefined;
    } catch {
      this.lang = undefined;
    }
    return { ...loaded, lang: this.lang };
  }

  save(state: ProgressState, lang: string): void {
    if (!saveProgress(this.storage, this.progressKey, state)) this.onNotice?.('unavailable');
    if (lang !== this.lang) {
      this.lang = lang;
      try {
        this.storage?.setItem(this.languageKey, lang);
      } catch {
        // Not remembering the language is harmless; the progress notice covers blocked storage.
      }
    }
  }
}
