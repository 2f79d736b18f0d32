import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  /** Serves another folder from now on, as when an admin deploys a new version. */
  serve: (dir: string) => void;
  close: () => Promise<void>;
}

/** Serves a built folder over HTTP on loopback, as an intranet web server would. */
export async function serveFolder(dir: string, port = 0): Promise<StaticServer> {
  let handler = sirv(dir, { dev: true, etag: true });
  const server: Server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    serve: (next) => {
      handler = sirv(next, { dev: true, etag: true });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
