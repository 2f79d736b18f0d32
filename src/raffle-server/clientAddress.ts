import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { isLoopbackHost } from './listenHost.ts';

/**
 * The address a request is counted under for the rate limit. Behind a reverse proxy on the same machine
 * (the recommended setup: the receiver listens on loopback) every request comes from 127.0.0.1, so the
 * last address the proxy appended to X-Forwarded-For is used instead; that header is believed only from
 * a loopback peer, since anyone else could write it. IPv6 addresses count per /64, the block one
 * household or office gets, so rotating through one's own addresses does not escape the limit.
 */
export function clientAddress(request: IncomingMessage): string {
  const peer = unmapped(request.socket.remoteAddress ?? 'unknown');
  let address = peer;
  if (isLoopbackHost(peer)) {
    const header = request.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((part) => unmapped(part.trim()));
    const last = forwarded.at(-1);
    if (last && isIP(last)) address = last;
  }
  return isIP(address) === 6 ? ipv6Block(address) : address;
}

/** "::ffff:192.0.2.1" (an IPv4 client on a dual-stack socket) as "192.0.2.1". */
function unmapped(address: string): string {
  return address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
}

/** The first four groups of an IPv6 address, e.g. "2001:db8:0:1::/64". */
function ipv6Block(address: string): string {
  const [head = '', tail = ''] = address.toLowerCase().split('%')[0]!.split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = tail === '' ? [] : tail.split(':');
  const groups = address.includes('::') ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups] : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
