import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from '../../src/raffle-server/clientAddress.ts';
import { createRateLimiter } from '../../src/raffle-server/rateLimit.ts';

describe('createRateLimiter', () => {
  it('lets `limit` requests per key through each minute, then says how long to wait', () => {
    let time = 1_000_000;
    const limiter = createRateLimiter(2, 60_000, () => time);
    expect(limiter.take('a')).toEqual({ ok: true });
    time += 10_000;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 50 });
    expect(limiter.take('b')).toEqual({ ok: true });
    time += 50_000;
    expect(limiter.take('a')).toEqual({ ok: true });
  });

  it('lets everything through with a limit of 0', () => {
    const limiter = createRateLimiter(0);
    for (let i = 0; i < 1000; i++) expect(limiter.take('a').ok).toBe(true);
  });
});

const request = (remoteAddress: string, forwardedFor?: string) =>
  ({ socket: { remoteAddress }, headers: forwardedFor === undefined ? {} : { 'x-forwarded-for': forwardedFor } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('counts IPv4 clients by address, also on a dual-stack socket', () => {
    expect(clientAddress(request('192.0.2.7'))).toBe('192.0.2.7');
    expect(clientAddress(request('::ffff:192.0.2.7'))).toBe('192.0.2.7');
  });

  it('counts IPv6 clients per /64, so rotating addresses in one block does not escape the limit', () => {
    expect(clientAddress(request('2001:db8:1:2:aaaa::1'))).toBe('2001:db8:1:2::/64');
    expect(clientAddress(request('2001:0db8:0001:0002:ffff:ffff:ffff:ffff'))).toBe('2001:db8:1:2::/64');
    expect(clientAddress(request('2001:db8::1'))).toBe('2001:db8:0:0::/64');
  });

  it('believes the last X-Forwarded-For entry only from a proxy on this machine', () => {
    expect(clientAddress(request('127.0.0.1', '203.0.113.9, 192.0.2.7'))).toBe('192.0.2.7');
    expect(clientAddress(request('::1', '192.0.2.7'))).toBe('192.0.2.7');
    expect(clientAddress(request('192.0.2.50', '192.0.2.7'))).toBe('192.0.2.50');
    expect(clientAddress(request('127.0.0.1', 'not an address'))).toBe('127.0.0.1');
    expect(clientAddress(request('127.0.0.1'))).toBe('127.0.0.1');
  });
});
