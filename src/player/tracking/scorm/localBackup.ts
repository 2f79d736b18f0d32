import type { ProgressState } from '../../../shared/progress.ts';
import { parseProgress } from '../../state/progressStorage.ts';
import { browserStorage } from '../localTracker.ts';

/** A copy of progress the LMS has not confirmed yet. */
export interface PendingProgress {
  state: ProgressState;
  /**
   * The LMS confirmed at least one commit of this attempt, exit = suspend included. A fresh
   * (ab-initio) launch then means the LMS started a new attempt on purpose, and the copy is
   * dropped; without it, the LMS never had the progress, and the copy is all there is.
   */
  lmsKnowsAttempt: boolean;
}

/**
 * The browser's copy of SCORM progress, kept from the first change until the LMS confirms it
 * (a successful commit after every value was accepted), so an LMS that refuses values, loses
 * commits or throws costs the learner nothing in this browser.
 */
export class LocalBackup {
  private readonly storage = browserStorage();

  constructor(private readonly key: string) {}

  read(): PendingProgress | undefined {
    try {
      const raw = this.storage?.getItem(this.key);
      if (!raw) return undefined;
      const envelope = JSON.parse(raw) as { pending?: unknown; lmsKnowsAttempt?: unknown };
      if (envelope && typeof envelope === 'object' && 'pending' in envelope) {
        const state = parseProgress(JSON.stringify(envelope.pending));
        return state ? { state, lmsKnowsAttempt: envelope.lmsKnowsAttempt === true } : undefined;
      }
      // Copies of earlier versions hold the bare state and no word on the LMS: keep them.
      const state = parseProgress(raw);
      return state ? { state, lmsKnowsAttempt: false } : undefined;
    } catch {
      return undefined;
    }
  }

  /** False when the browser could not keep the copy (no storage, quota, blocked). */
  write(pending: PendingProgress): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(this.key, JSON.stringify({ pending: pending.state, lmsKnowsAttempt: pending.lmsKnowsAttempt }));
      return true;
    } catch {
      return false;
    }
  }

  /** The LMS has everything: the copy is not needed any more. */
  clear(): void {
    try {
      this.storage?.removeItem(this.key);
    } catch {
      // A stale copy is harmless: it is merged, never trusted over the LMS.
    }
  }

  /**
   * Sets aside suspend_data the course cannot read, under a key of its own per content, so that
   * neither a second unreadable copy nor the backup replaces it. False when it could not be kept.
   */
  keepUnreadable(raw: string): boolean {
    try {
      if (!this.storage) return false;
      this.storage.setItem(`${this.key}:unreadable:${raw.length.toString(36)}-${hash(raw)}`, raw);
      return true;
    } catch {
      return false;
    }
  }
}

function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return value.toString(36);
}
