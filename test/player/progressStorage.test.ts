import { describe, expect, it } from 'vitest';
import { emptyProgress, visitPage } from '../../src/player/state/progress.ts';
import { loadProgress, saveProgress } from '../../src/player/state/progressStorage.ts';

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private failWrites = false) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('stored progress', () => {
  it('round-trips', () => {
    const storage = new MemoryStorage();
    const state = visitPage(emptyProgress(), '02-email', 3, 6, true);
    expect(saveProgress(storage, 'k', state)).toBe(true);
    expect(loadProgress(storage, 'k')).toEqual({ state });
  });

  it('starts empty without a notice on a first visit', () => {
    expect(loadProgress(new MemoryStorage(), 'k')).toEqual({ state: emptyProgress() });
  });

  for (const [name, raw] of [
    ['broken JSON', '{"version":1,'],
    ['a newer version', '{"version":2,"lessons":{}}'],
    ['no version', '{"lessons":{}}'],
    ['an array', '[]'],
    ['a bad lesson entry', '{"version":1,"lessons":{"x":{"page":-1,"seen":0,"done":false}}}'],
    ['a bad check entry', '{"version":1,"lessons":{"x":{"page":1,"seen":1,"done":false,"check":{"attempt":1}}}}'],
  ]) {
    it(`resets ${name} with a notice and keeps a backup`, () => {
      const storage = new MemoryStorage();
      storage.setItem('k', raw!);
      expect(loadProgress(storage, 'k')).toEqual({ state: emptyProgress(), notice: 'reset' });
      expect(storage.getItem('k:backup')).toBe(raw);
    });
  }

  it('reports storage it cannot use instead of throwing', () => {
    expect(loadProgress(undefined, 'k').notice).toBe('unavailable');
    expect(saveProgress(new MemoryStorage(true), 'k', emptyProgress())).toBe(false);
  });
});
