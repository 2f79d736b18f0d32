import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/shared/mergeProgress.ts';

describe('merging the LMS copy with the local copy', () => {
  it('keeps, per lesson, whichever went further', () => {
    const lms = { version: 1 as const, lessons: { a: { page: 2, seen: 2, done: false }, b: { page: 5, seen: 5, done: true, best: 90 } } };
    const local = {
      version: 1 as const,
      lessons: {
        a: { page: 4, seen: 4, done: false, check: { attempt: 1, seed: 3, index: 2, selected: { q1: ['a1'] }, submitted: ['q1'] } },
        b: { page: 1, seen: 5, done: false, best: 40 },
        c: { page: 1, seen: 1, done: false },
      },
    };
    const merged = mergeProgress(lms, local);
    expect(merged.lessons.a).toMatchObject({ page: 4, seen: 4, check: { submitted: ['q1'] } });
    expect(merged.lessons.b).toMatchObject({ done: true, best: 90 });
    expect(merged.lessons.c).toEqual({ page: 1, seen: 1, done: false });
  });
});

describe('merging two tabs’ copies', () => {
  const passed = {
    page: 7,
    seen: 7,
    done: true,
    best: 100,
    check: { attempt: 2, seed: 9, previousSeed: 3, index: 4, selected: {}, submitted: ['q1'], result: { score: 100, right: 5, total: 5, passed: true } },
  };
  const reading = { page: 3, seen: 3, done: false };

  it('keeps a lesson that only one copy has, whichever side it is on', () => {
    const one = { version: 1 as const, lessons: { a: reading } };
    const other = { version: 1 as const, lessons: { b: passed } };
    expect(mergeProgress(one, other).lessons).toEqual({ a: reading, b: passed });
    expect(mergeProgress(other, one).lessons).toEqual({ a: reading, b: passed });
  });

  it('never takes a passed lesson back, whichever side is older', () => {
    const stale = { version: 1 as const, lessons: { a: reading } };
    const fresh = { version: 1 as const, lessons: { a: passed } };
    expect(mergeProgress(stale, fresh).lessons.a).toEqual(passed);
    expect(mergeProgress(fresh, stale).lessons.a).toEqual(passed);
  });

  it('prefers a passed attempt over any number of open ones', () => {
    const busy = { page: 7, seen: 7, done: false, check: { attempt: 5000, seed: 1, index: 0, selected: {}, submitted: ['q1', 'q2'] } };
    const merged = mergeProgress({ version: 1, lessons: { a: busy } }, { version: 1, lessons: { a: passed } });
    expect(merged.lessons.a).toEqual(passed);
  });
});
