import { describe, expect, it } from 'vitest';
import { mergeProgress } from '../../src/player/state/mergeProgress.ts';

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
