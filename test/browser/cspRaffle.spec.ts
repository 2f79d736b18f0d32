import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { startRaffleServer } from '../../src/raffle-server/raffleServer.ts';
import { contentSecurityPolicy } from '../../src/shared/contentSecurityPolicy.ts';
import { startHostileHost, type HostileHost } from '../support/cspServer.ts';
import { watchPolicy } from './policyViolations.ts';
import { entryRaffleCourse, expect, passCheckInPage, onFixedPort, receiverPort, test } from './fixtures.ts';

// The service worker is blocked in most specs (playwright.config.ts); here it is allowed: the service worker runs under the policy too.
test.use({ serviceWorkers: 'allow' });

// One build (once per run, naming a receiver on a port fixed for the run) and one receiver for both tests.
test.describe.configure({ mode: 'serial' });

const endpoint = `http://127.0.0.1:${receiverPort('WACHSAM_CSP_RECEIVER_PORT')}/entries`;

let work: string;
let host: HostileHost;
let receiver: { url: string; close(): Promise<void> };
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const built = await entryRaffleCourse('csp-raffle', endpoint);
  work = await mkdtemp(join(tmpdir(), 'wachsam-csp-raffle-'));
  host = await startHostileHost({ course: join(built.out, 'web') }, `${contentSecurityPolicy({ raffle: { endpoint } as never })}; frame-ancestors 'self'`);
  receiver = await onFixedPort(() =>
    startRaffleServer({
      port: receiverPort('WACHSAM_CSP_RECEIVER_PORT'),
      dbFile: join(work, 'raffle.sqlite'),
      allowedOrigins: [new URL(host.url).origin],
      log: () => undefined,
    }),
  );
  expect(`${receiver.url.replace(/\/$/, '')}/entries`, 'the receiver listens where the course sends').toBe(endpoint);
});
test.afterAll(async () => {
  await receiver?.close();
  await host?.close();
  await rm(work, { recursive: true, force: true });
});

async function enter(page: Page): Promise<void> {
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
  await page.goto(`${host.url}course/?lang=en#/lesson/02-email/check`);
  await passCheckInPage(page, '02-email', 'en');
  await page.goto(`${host.url}course/?lang=en#/raffle`);
  await page.getByLabel('Name').fill('Erika Mustermann');
  await page.getByLabel('Work e-mail address').fill('erika.mustermann@example.org');
  await page.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Take part' }).click();
  await expect(page.getByText('Your entry has arrived. Good luck!')).toBeVisible();
}

test("the policy lets entries reach the theme's raffle receiver, and no other host", async ({ page }) => {
  const violations = await watchPolicy(page);
  await enter(page);
  expect(violations.filter((violation) => violation.startsWith('connect-src'))).toEqual([]);
  const elsewhere = await page.evaluate(
    (url) =>
      fetch(url).then(
        () => 'sent',
        () => 'refused',
      ),
    `http://localhost:${new URL(receiver.url).port}/entries`,
  );
  expect(elsewhere).toBe('refused');
  // Reported once per policy (the header's and the <meta>'s), in an event that may come after the refusal.
  const connectViolations = () => [
    ...new Set(violations.filter((violation) => violation.startsWith('connect-src')).map((violation) => violation.replace(/ \(.*\)$/, ''))),
  ];
  await expect.poll(connectViolations).toEqual([`connect-src blocked http://localhost:${new URL(receiver.url).port}/entries`]);
});

test('the raffle pages cause no violation', async ({ page }) => {
  const violations = await watchPolicy(page);
  await enter(page);
  await page.goto(`${host.url}course/?lang=en#/`);
  // The raffle's own styles arrive with the theme's stylesheet: the panel has its frame.
  await expect(page.locator('.raffle-panel')).toHaveCSS('border-top-style', 'solid');
  expect(violations).toEqual([]);
});
