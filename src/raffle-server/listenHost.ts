import { isIP } from 'node:net';

/** True for addresses only this machine can reach: localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/**
 * Says why the receiver should not listen on `host`, or undefined when it may. Entries hold names and
 * e-mails and the receiver speaks plain HTTP, so it stays on loopback behind a TLS reverse proxy unless
 * the organiser explicitly asks otherwise.
 */
export function refuseListenHost(host: string, isPublic: boolean): string | undefined {
  if (isPublic || isLoopbackHost(host)) return undefined;
  return (
    `Refusing to listen on ${host}: the receiver speaks plain HTTP, so names and e-mails would cross the ` +
    'network unencrypted, and any machine that can reach it could post entries. Keep the default ' +
    '--host 127.0.0.1 behind a TLS reverse proxy, or add --public if this host is meant to be reached directly.'
  );
}
