import { createServer } from 'node:net';

/**
 * Listens on `host` at a free port and closes again: an address that is not this machine's fails here,
 * with the same error the preview's server would give, before vite and the compiler take seconds to load.
 */
export function probeHost(host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => server.close(() => resolve()));
  });
}
