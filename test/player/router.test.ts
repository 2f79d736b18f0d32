/// <reference path="../../src/player/target.d.ts" />
import { beforeAll, describe, expect, it } from 'vitest';
import type { hrefFor as HrefFor, parseHash as ParseHash } from '../../src/player/router.ts';

let parseHash: typeof ParseHash;
let hrefFor: typeof HrefFor;
beforeAll(async () => {
  // The build defines this; the raffle route exists only in builds with a raffle.
  (globalThis as Record<string, unknown>).__WACHSAM_RAFFLE__ = true;
  ({ parseHash, hrefFor } = await import('../../src/player/router.ts'));
});

describe('parseHash', () => {
  it('reads every route', () => {
    expect(parseHash('')).toEqual({ name: 'overview' });
    expect(parseHash('#/lesson/02-email/3')).toEqual({ name: 'page', lessonId: '02-email', page: 3 });
    expect(parseHash('#/lesson/02%20email/check')).toEqual({ name: 'check', lessonId: '02 email' });
    expect(parseHash('#/raffle')).toEqual({ name: 'raffle' });
    expect(parseHash('#/end')).toEqual({ name: 'end' });
    expect(parseHash('#/certificate')).toEqual({ name: 'certificate' });
    expect(parseHash('#/verify')).toEqual({ name: 'verify' });
  });

  it('reads the search words from the query part, and only on the search route', () => {
    expect(parseHash('#/search?q=Passwort')).toEqual({ name: 'search', query: 'Passwort' });
    expect(parseHash('#/search?q=Stra%C3%9Fe+und+E-Mail')).toEqual({ name: 'search', query: 'Straße und E-Mail' });
    expect(parseHash('#/search?q=a%2Fb?c')).toEqual({ name: 'search', query: 'a/b?c' });
    expect(parseHash('#/search')).toEqual({ name: 'search', query: '' });
    expect(parseHash('#/search?q=%')).toEqual({ name: 'search', query: '%' });
    expect(parseHash('#/about?q=x')).toEqual({ name: 'notFound' });
    for (const query of ['Passwort', 'Straße & Co', 'a/b?c#d', '50 %']) {
      expect(parseHash(hrefFor({ name: 'search', query }))).toEqual({ name: 'search', query });
    }
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
