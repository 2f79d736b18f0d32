import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface HostileHost {
  url: string;
  /** Every path asked for, in order: proof of what the page requested, service worker included. */
  requested: string[];
  close: () => Promise<void>;
}

/** What another application on the same host lets anyone upload: a script that leaves a mark when run. */
export const EVIL_SCRIPT = 'window.evilRan = (window.evilRan || 0) + 1;';

/**
 * A host as an intranet server may be: built folders under their own paths (`/course/`, `/scorm12/`),
 * each answered with the given Content-Security-Policy header, and beside them an upload area that
 * serves `evil.js` at any path ending in `/uploads/evil.js`. The policy may be given late (a function),
 * when it names a server started after this one.
 */
export async function startHostileHost(folders: Record<string, string>, policy: string | (() => string)): Promise<HostileHost> {
  const handlers = Object.entries(folders).map(([prefix, dir]) => ({ prefix: `/${prefix}/`, serve: sirv(dir, { dev: true }) }));
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = request.url ?? '/';
    requested.push(url);
    response.setHeader('Content-Security-Policy', typeof policy === 'string' ? policy : policy());
    if (/\/uploads\/evil\.js(\?|$)/.test(url)) {
      response.setHeader('Content-Type', 'text/javascript');
      response.end(EVIL_SCRIPT);
      return;
    }
    const handler = handlers.find((candidate) => url.startsWith(candidate.prefix));
    if (!handler) {
      response.statusCode = 404;
      response.end();
      return;
    }
    request.url = url.slice(handler.prefix.length - 1);
    handler.serve(request, response, () => {
      response.statusCode = 404;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
