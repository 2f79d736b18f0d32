import { mergeProgress } from '../../shared/mergeProgress.ts';
import { emptyProgress, PROGRESS_VERSION, type ProgressState } from '../../shared/progress.ts';
import { readProgress } from './progressValidation.ts';

export { parseProgress } from './progressValidation.ts';

/**
 * What the learner must be told: `reset` (nothing stored could be read), `partReset` (some lessons
 * could not), `full` (the browser's storage has no room left) or `unavailable` (no storage at all:
 * blocked, or a private window that allows none).
 */
export type LoadNotice = 'reset' | 'partReset' | 'full' | 'unavailable';

export interface LoadedProgress {
  state: ProgressState;
  /** Set when the learner must be told something about the stored progress. */
  notice?: LoadNotice;
}

/** How many copies of damaged progress are kept; the oldest goes when one more is needed. */
export const BACKUP_SLOTS = 5;

/**
 * The learner's progress in localStorage, shared by every tab of the course.
 *
 * Every write re-reads what is stored and merges it with the state to write, so a tab that was
 * opened earlier never writes back an older copy over what another tab has stored since.
 *
 * Nothing stored is thrown away unseen: what cannot be read (all of it, or single lessons) is
 * first copied to a backup key (`<key>:backup:<time>`, the newest BACKUP_SLOTS kept). When that copy
 * fails (the damaged value fills the storage), the damaged value stays where it is and progress is
 * written to `<key>:beside` instead, until a later visit manages the copy. Progress of a newer
 * version (written by a tab that already runs an updated course) stays in place the same way, and
 * the newer version reads both.
 */
export class ProgressStore {
  private readonly beside: string;
  /** The damaged value already copied to a backup, so it may be overwritten. */
  private backedUp: string | undefined;
  /** A damaged value that could not be copied in this visit. */
  private uncopyable: string | undefined;
  /** Whether writes go to the `beside` key because a damaged value at `key` could not be copied. */
  private besideOnly = false;

  constructor(
    private readonly storage: Storage | undefined,
    readonly key: string,
    private readonly now: () => number = Date.now,
  ) {
    this.beside = `${key}:beside`;
  }

  /** The keys whose changes other tabs must pick up. */
  get keys(): string[] {
    return [this.key, this.beside];
  }

  /** Reads what is stored, backing up anything damaged; never throws. */
  load(): LoadedProgress {
    if (!this.storage) return { state: emptyProgress(), notice: 'unavailable' };
    try {
      return this.read();
    } catch {
      return { state: emptyProgress(), notice: 'unavailable' };
    }
  }

  /**
   * Merges `state` with what is stored and writes the result. Returns the merged state, or the
   * reason it could not be written.
   */
  save(state: ProgressState): ProgressState | 'full' | 'unavailable' {
    if (!this.storage) return 'unavailable';
    try {
      const merged = mergeProgress(state, this.read().state);
      const target = this.besideOnly ? this.beside : this.key;
      this.storage.setItem(target, JSON.stringify(merged));
      if (!this.besideOnly) this.storage.removeItem(this.beside);
      return merged;
    } catch (error) {
      return isQuotaError(error) ? 'full' : 'unavailable';
    }
  }

  private read(): LoadedProgress {
    const main = this.readKey(this.key);
    const beside = this.readKey(this.beside);
    const state = mergeProgress(main.state, beside.state);
    if (!main.damaged && !beside.damaged) return { state };
    return { state, notice: Object.keys(state.lessons).length > 0 ? 'partReset' : 'reset' };
  }

  /** One key's readable lessons; anything unreadable is backed up first (or protected). */
  private readKey(key: string): { state: ProgressState; damaged: boolean } {
    const raw = this.storage!.getItem(key);
    if (raw === null) return { state: emptyProgress(), damaged: false };
    const read = readProgress(raw);
    if (read && read.dropped.length === 0) return { state: read.state, damaged: false };
    // Written by a newer version of the course (another tab already runs it): not ours to replace.
    if (!read && writtenByNewerVersion(raw)) {
      if (key === this.key) this.besideOnly = true;
      return { state: emptyProgress(), damaged: true };
    }
    this.protect(key, raw);
    return { state: read?.state ?? emptyProgress(), damaged: true };
  }

  /** Copies a damaged value to a backup slot; if that fails, makes sure it is never overwritten. */
  private protect(key: string, raw: string): void {
    if (raw === this.backedUp || raw === this.uncopyable) return;
    if (this.backup(raw)) {
      this.backedUp = raw;
      if (key === this.key) this.besideOnly = false;
    } else {
      // Tried once per value and visit: copying megabytes again on every page turn helps nobody.
      this.uncopyable = raw;
      if (key === this.key) this.besideOnly = true;
    }
  }

  private backup(raw: string): boolean {
    const storage = this.storage!;
    const prefix = `${this.key}:backup:`;
    try {
      const slots: string[] = [];
      for (let index = 0; index < storage.length; index++) {
        const name = storage.key(index);
        if (name?.startsWith(prefix)) slots.push(name);
      }
      if (slots.some((name) => storage.getItem(name) === raw)) return true;
      let stamp = this.now();
      while (slots.includes(`${prefix}${stamp}`)) stamp++;
      // The new copy first: when it does not fit, no older copy has been given up for it.
      storage.setItem(`${prefix}${stamp}`, raw);
      slots.sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));
      for (const old of slots.slice(0, Math.max(0, slots.length + 1 - BACKUP_SLOTS))) storage.removeItem(old);
      return true;
    } catch {
      return false;
    }
  }
}

function writtenByNewerVersion(raw: string): boolean {
  try {
    const version = (JSON.parse(raw) as { version?: unknown } | null)?.version;
    return typeof version === 'number' && version > PROGRESS_VERSION;
  } catch {
    return false;
  }
}

/** A write refused for lack of room, as opposed to storage that is blocked altogether. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22);
}
