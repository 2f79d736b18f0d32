import type { IncomingMessage } from 'node:http';

/** Seconds a browser may cache a successful preflight (Chromium caps this at 7200). */
const preflightMaxAge = 600;

/**
 * Throws when an allowed origin is not written as an exact origin: browsers send
 * `https://intranet.example.org`, never a path or a trailing slash, so such an entry would never match.
 */
export function checkAllowedOrigins(origins: readonly string[]): void {
  for (const origin of origins) {
    if (origin === 'null') continue;
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || parsed.origin !== origin) {
      const hint =
        parsed && parsed.origin !== 'null' ? ` write it as ${parsed.origin}` : ' write scheme, host and port only, e.g. https://intranet.example.org';
      throw new Error(`Allowed origin "${origin}" is not an origin;${hint} (or "null" for course pages opened from file://).`);
    }
  }
}

export type OriginCheck = { kind: 'none' } | { kind: 'allowed'; origin: string } | { kind: 'forbidden' };

/** No Origin header (curl, server-to-server) is let through; a present one must be on the list. */
export function checkOrigin(request: IncomingMessage, allowed: ReadonlySet<string>): OriginCheck {
  const origin = request.headers.origin;
  if (origin === undefined) return { kind: 'none' };
  return allowed.has(origin) ? { kind: 'allowed', origin } : { kind: 'forbidden' };
}

/** Headers that let the course page read the answer to its POST. */
export function corsHeaders(check: OriginCheck): Record<string, string> {
  return check.kind === 'allowed' ? { 'Access-Control-Allow-Origin': check.origin, Vary: 'Origin' } : { Vary: 'Origin' };
}

/** Headers for a successful `OPTIONS /entries` preflight. */
export function preflightHeaders(origin: string): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type',
    'Access-Control-Max-Age': String(preflightMaxAge),
    Vary: 'Origin',
  };
}
