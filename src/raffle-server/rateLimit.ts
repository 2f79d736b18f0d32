/** The answer for one request: go ahead, or wait this many seconds. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request from `key` and says whether it is within the limit. */
  take(key: string): RateDecision;
}

/** How many keys may be tracked before expired windows are swept out: bounds memory under a flood of addresses. */
const sweepAbove = 10_000;

/**
 * At most `limit` requests per key in each window of `windowMs` (a fixed window that starts with a key's
 * first request). A `limit` of 0 lets everything through.
 */
export function createRateLimiter(limit: number, windowMs = 60_000, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; endsAt: number }>();
  return {
    take(key) {
      if (limit === 0) return { ok: true };
      const time = now();
      if (windows.size > sweepAbove) {
        for (const [other, window] of windows) if (window.endsAt <= time) windows.delete(other);
      }
      let window = windows.get(key);
      if (!window || window.endsAt <= time) {
        window = { count: 0, endsAt: time + windowMs };
        windows.set(key, window);
      }
      window.count++;
      if (window.count <= limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.endsAt - time) / 1000)) };
    },
  };
}
