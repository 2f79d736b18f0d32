import { describe, expect, it } from 'vitest';
import { emptyProgress, finishCheck, startCheck, visitPage, type ProgressState } from '../../src/shared/progress.ts';
import { BACKUP_SLOTS, ProgressStore } from '../../src/player/state/progressStorage.ts';

/** localStorage in memory, with an optional quota in characters (as browsers count it). */
class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private quota = Number.POSITIVE_INFINITY) {}
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
    let used = key.length + value.length;
    for (const [other, stored] of this.items) if (other !== key) used += other.length + stored.length;
    if (used > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
  backups(key: string): string[] {
    return [...this.items.keys()].filter((name) => name.startsWith(`${key}:backup:`)).map((name) => this.items.get(name)!);
  }
}

class BlockedStorage extends MemoryStorage {
  override setItem(): void {
    throw new DOMException('denied', 'SecurityError');
  }
}

const passed = (): ProgressState => {
  const started = startCheck(visitPage(emptyProgress(), '02-email', 7, 6, true), '02-email', 5);
  const answered = {
    ...started,
    lessons: { '02-email': { ...started.lessons['02-email']!, check: { ...started.lessons['02-email']!.check!, selected: { q1: ['a'] } } } },
  };
  return finishCheck(answered, '02-email', [{ id: 'q1', correct: ['a'] }], 80);
};

describe('stored progress', () => {
  it('round-trips', () => {
    const storage = new MemoryStorage();
    const state = visitPage(emptyProgress(), '02-email', 3, 6, true);
    expect(new ProgressStore(storage, 'k').save(state)).toEqual(state);
    expect(new ProgressStore(storage, 'k').load()).toEqual({ state });
  });

  it('starts empty without a notice on a first visit', () => {
    expect(new ProgressStore(new MemoryStorage(), 'k').load()).toEqual({ state: emptyProgress() });
  });

  for (const [name, raw] of [
    ['broken JSON', '{"version":1,'],
    ['no version', '{"lessons":{}}'],
    ['an array', '[]'],
    ['a bad lesson entry', '{"version":1,"lessons":{"x":{"page":-1,"seen":0,"done":false}}}'],
    ['a bad check entry', '{"version":1,"lessons":{"x":{"page":1,"seen":1,"done":false,"check":{"attempt":1}}}}'],
  ]) {
    it(`resets ${name} with a notice and keeps a backup`, () => {
      const storage = new MemoryStorage();
      storage.setItem('k', raw!);
      expect(new ProgressStore(storage, 'k').load()).toEqual({ state: emptyProgress(), notice: 'reset' });
      expect(storage.backups('k')).toEqual([raw]);
    });
  }

  const lesson = { page: 2, seen: 3, done: true, best: 90 };
  for (const [name, bad] of [
    ['a best score of 1e308', { ...lesson, best: 1e308 }],
    ['a best score of -50', { ...lesson, best: -50 }],
    ['a best score over 100', { ...lesson, best: 101 }],
    ['a score of NaN (stored as null)', { ...lesson, best: null }],
    ['a page of 90071992', { ...lesson, page: 90071992 }],
    ['a fractional page', { ...lesson, seen: 2.5 }],
    [
      'more right answers than questions',
      { ...lesson, check: { attempt: 1, seed: 1, index: 0, selected: {}, submitted: [], result: { score: 100, right: 6, total: 5, passed: true } } },
    ],
    [
      'a result score over 100',
      { ...lesson, check: { attempt: 1, seed: 1, index: 0, selected: {}, submitted: [], result: { score: 1.3e31, right: 5, total: 5, passed: true } } },
    ],
    ['attempt 0', { ...lesson, check: { attempt: 0, seed: 1, index: 0, selected: {}, submitted: [] } }],
  ] as const) {
    it(`drops only the lesson with ${name}, keeps the others, backs it up and says so`, () => {
      const storage = new MemoryStorage();
      const raw = JSON.stringify({ version: 1, lessons: { good: lesson, bad } });
      storage.setItem('k', raw);
      expect(new ProgressStore(storage, 'k').load()).toEqual({ state: { version: 1, lessons: { good: lesson } }, notice: 'partReset' });
      expect(storage.backups('k')).toEqual([raw]);
    });
  }

  it(`keeps the newest ${BACKUP_SLOTS} backups, not just one`, () => {
    const storage = new MemoryStorage();
    let time = 1000;
    for (let visit = 1; visit <= BACKUP_SLOTS + 2; visit++) {
      storage.setItem('k', `damaged ${visit}`);
      new ProgressStore(storage, 'k', () => time++).load();
      new ProgressStore(storage, 'k', () => time++).save(emptyProgress());
    }
    const kept = storage.backups('k');
    expect(kept).toHaveLength(BACKUP_SLOTS);
    expect(kept).toContain(`damaged ${BACKUP_SLOTS + 2}`);
    expect(kept).toContain('damaged 3');
  });

  it('never overwrites a damaged value it could not back up, and keeps new progress beside it', () => {
    const huge = `{"version":1,"lessons":${'x'.repeat(5000)}`;
    const storage = new MemoryStorage(8000);
    storage.setItem('k', huge);
    const store = new ProgressStore(storage, 'k');
    expect(store.load()).toEqual({ state: emptyProgress(), notice: 'reset' });
    expect(storage.backups('k')).toEqual([]);
    const state = visitPage(emptyProgress(), '02-email', 2, 6, true);
    expect(store.save(state)).toEqual(state);
    expect(storage.getItem('k')).toBe(huge);

    // The next visit reads the progress kept beside the damaged value.
    expect(new ProgressStore(storage, 'k').load().state).toEqual(state);
    // Once there is room for the copy, the damaged value is backed up and the usual key used again.
    const roomy = new MemoryStorage();
    for (const key of ['k', 'k:beside']) roomy.setItem(key, storage.getItem(key)!);
    const later = new ProgressStore(roomy, 'k');
    later.load();
    later.save(state);
    expect(roomy.backups('k')).toEqual([huge]);
    expect(JSON.parse(roomy.getItem('k')!)).toEqual(state);
    expect(roomy.getItem('k:beside')).toBeNull();
  });

  it('never replaces progress a newer version of the course wrote, and keeps its own beside it', () => {
    const storage = new MemoryStorage();
    const newer = '{"version":2,"lessons":{"02-email":{"done":true}}}';
    storage.setItem('k', newer);
    const store = new ProgressStore(storage, 'k');
    expect(store.load()).toEqual({ state: emptyProgress(), notice: 'reset' });
    const state = visitPage(emptyProgress(), '05-malware', 2, 5, true);
    store.save(state);
    expect(storage.getItem('k')).toBe(newer);
    expect(JSON.parse(storage.getItem('k:beside')!)).toEqual(state);
  });

  it('merges every write with what another tab stored, so nothing it reached is lost', () => {
    const storage = new MemoryStorage();
    const tabA = new ProgressStore(storage, 'k');
    const tabB = new ProgressStore(storage, 'k');
    const before = visitPage(emptyProgress(), '05-malware', 1, 5, true);
    tabA.save(before);
    tabB.save(passed());
    // Tab A still holds its older copy in memory and turns a page of another lesson.
    const written = tabA.save(visitPage(before, '05-malware', 2, 5, true));
    expect(written).not.toBe('full');
    const stored = new ProgressStore(storage, 'k').load().state;
    expect(stored.lessons['02-email']).toMatchObject({ done: true, best: 100 });
    expect(stored.lessons['05-malware']).toMatchObject({ page: 2, seen: 2 });
  });

  it('tells a full storage apart from storage that is blocked', () => {
    const full = new MemoryStorage(10);
    expect(new ProgressStore(full, 'k').save(passed())).toBe('full');
    expect(new ProgressStore(new BlockedStorage(), 'k').save(passed())).toBe('unavailable');
    expect(new ProgressStore(undefined, 'k').load().notice).toBe('unavailable');
  });
});
