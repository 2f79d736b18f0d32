import { createServer } from 'node:net';
import { defineConfig } from '@playwright/test';

/** A free loopback port, chosen once: workers inherit it through the environment. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

process.env.WACHSAM_TEST_PORT ??= String(await freePort());
const port = Number(process.env.WACHSAM_TEST_PORT);
// Receivers of three specs (raffle entries, the CSP, completion receipts): the courses built for them (once per run) name these ports as endpoints.
process.env.WACHSAM_ENTRY_RECEIVER_PORT ??= String(await freePort());
process.env.WACHSAM_CSP_RECEIVER_PORT ??= String(await freePort());
process.env.WACHSAM_COMPLETION_RECEIVER_PORT ??= String(await freePort());

/**
 * Browser tests drive the built course (`npm run build` writes dist/web) in Debian's Chromium;
 * Playwright's own browser download is not used. Courses of their own that specs need are built once
 * per run into test-results/fixtures/browser/ (test/support/builtCourse.ts).
 */
export default defineConfig({
  testDir: 'test/browser',
  globalSetup: './test/support/browserGlobalSetup.ts',
  outputDir: 'test-results/browser',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/browser.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'en-GB',
    // A trace records every action of every test (about a tenth of the browser tests' CPU time); ask
    // for one with WACHSAM_TRACE=1 when a failure needs more than its screenshot and error.
    trace: process.env.WACHSAM_TRACE === '1' ? 'retain-on-failure' : 'off',
    // Each test context would install the service worker and precache the whole bundle (another tenth).
    // The specs about offline use and the update notice, and the CSP spec, allow it (`test.use`).
    serviceWorkers: 'block',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    },
  },
  webServer: {
    command: `npx tsx test/support/serve.ts dist/web ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
