import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  /** Serves another folder from now on, as when an admin deploys a new version. */
  serve: (dir: string) => void;
  close: () => Promise<void>;
}

/**
 * Serves a built folder over HTTP on loopback, as an intranet web server would. `maxAge` (seconds) lets
 * browsers keep every file that long without asking again, as a server configured for speed does.
 */
export async function serveFolder(dir: string, port = 0, { maxAge }: { maxAge?: number } = {}): Promise<StaticServer> {
  const handlerFor = (folder: string) => (maxAge === undefined ? sirv(folder, { dev: true, etag: true }) : sirv(folder, { etag: true, maxAge }));
  let handler = handlerFor(dir);
  const server: Server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    serve: (next) => {
      handler = handlerFor(next);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
