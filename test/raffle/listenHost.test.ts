import { describe, expect, it } from 'vitest';
import { isLoopbackHost, refuseListenHost } from '../../src/raffle-server/listenHost.ts';

describe('refuseListenHost', () => {
  it('lets loopback through', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(isLoopbackHost(host)).toBe(true);
    expect(refuseListenHost('127.0.0.1', false)).toBeUndefined();
  });

  it('refuses any other host without --public, and says why', () => {
    for (const host of ['0.0.0.0', '::', '10.0.0.5', 'raffle.example.org', '128.0.0.1']) expect(isLoopbackHost(host)).toBe(false);
    expect(refuseListenHost('0.0.0.0', false)).toMatch(/Refusing to listen on 0\.0\.0\.0: the receiver speaks plain HTTP.*--public/);
    expect(refuseListenHost('0.0.0.0', true)).toBeUndefined();
  });
});
