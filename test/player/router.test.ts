/// <reference path="../../src/player/target.d.ts" />
import { beforeAll, describe, expect, it } from 'vitest';
import type { parseHash as ParseHash } from '../../src/player/router.ts';

let parseHash: typeof ParseHash;
beforeAll(async () => {
  // The build defines this; the raffle route exists only in builds with a raffle.
  (globalThis as Record<string, unknown>).__WACHSAM_RAFFLE__ = true;
  ({ parseHash } = await import('../../src/player/router.ts'));
});

describe('parseHash', () => {
  it('reads every route', () => {
    expect(parseHash('')).toEqual({ name: 'overview' });
    expect(parseHash('#/lesson/02-email/3')).toEqual({ name: 'page', lessonId: '02-email', page: 3 });
    expect(parseHash('#/lesson/02%20email/check')).toEqual({ name: 'check', lessonId: '02 email' });
    expect(parseHash('#/raffle')).toEqual({ name: 'raffle' });
  });

  it('turns any malformed escape into "not found" instead of throwing', () => {
    for (const hash of ['#/%', '#/lesson/%E0%A4%A/1', '#/lesson/02-email/%', '#/%zz', '#/about%']) {
      expect(parseHash(hash), hash).toEqual({ name: 'notFound' });
    }
  });

  it('never throws, whatever the hash', () => {
    const pieces = ['#', '/', '%', '%2F', '%E0', 'lesson', 'check', '0', '1', '-1', '1e3', '..', '\u0000', '\ud800', 'é'];
    for (let seed = 1; seed < 2000; seed++) {
      let hash = '';
      for (let n = seed; n > 0; n = Math.floor(n / pieces.length)) hash += pieces[n % pieces.length];
      expect(() => parseHash(hash)).not.toThrow();
    }
  });
});
