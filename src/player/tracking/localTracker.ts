import type { ProgressState } from '../../shared/progress.ts';
import { languageKey, progressKey } from '../../shared/storageKeys.ts';
import { ProgressStore } from '../state/progressStorage.ts';
import type { Tracker, TrackerStart } from './tracker.ts';

export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Progress kept in the browser's localStorage, written on every change. Every tab of the course
 * shares it: each write merges with what the other tabs stored, and each tab hears of the others'
 * writes through `storage` events.
 */
export class LocalTracker implements Tracker {
  onNotice?: Tracker['onNotice'];
  private readonly storage = browserStorage();
  private readonly store: ProgressStore;
  private readonly languageKey: string;
  private lang: string | undefined;
  private failing = false;

  constructor(courseId: string) {
    this.store = new ProgressStore(this.storage, progressKey(courseId));
    this.languageKey = languageKey(courseId);
  }

  start(): TrackerStart {
    const loaded = this.store.load();
    try {
      this.lang = this.storage?.getItem(this.languageKey) ?? undefined;
    } catch {
      this.lang = undefined;
    }
    return { ...loaded, lang: this.lang };
  }

  save(state: ProgressState, lang: string): void {
    const saved = this.store.save(state);
    if (typeof saved === 'string') {
      this.failing = true;
      this.onNotice?.(saved);
    } else if (this.failing) {
      this.failing = false;
      this.onNotice?.(undefined);
    }
    if (lang !== this.lang) {
      this.lang = lang;
      try {
        this.storage?.setItem(this.languageKey, lang);
      } catch {
        // Not remembering the language is harmless; the progress notice covers blocked storage.
      }
    }
  }

  subscribe(listener: (stored: ProgressState) => void): () => void {
    const changed = (event: StorageEvent) => {
      if (event.storageArea === this.storage && (event.key === null || this.store.keys.includes(event.key))) {
        listener(this.store.load().state);
      }
    };
    addEventListener('storage', changed);
    return () => removeEventListener('storage', changed);
  }
}
