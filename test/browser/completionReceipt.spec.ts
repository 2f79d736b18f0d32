import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listCompletions } from '../../src/raffle-server/completionDb.ts';
import { openExistingRaffleDb } from '../../src/raffle-server/raffleDb.ts';
import { startRaffleServer } from '../../src/raffle-server/raffleServer.ts';
import { serveFolder, type StaticServer } from '../support/staticServer.ts';
import { expectNoAxeViolations } from './axe.ts';
import { completionCourse, expect, onFixedPort, passCheckInPage, receiverPort, test } from './fixtures.ts';

// The service worker's Background Sync may deliver the receipt too: allowed, as in a real intranet.
test.use({ serviceWorkers: 'allow' });

const endpoint = `http://127.0.0.1:${receiverPort('WACHSAM_COMPLETION_RECEIVER_PORT')}/completions`;

let work: string;
let course: StaticServer;
let receiver: { url: string; close(): Promise<void> };
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const built = await completionCourse('completion-receipt', endpoint);
  work = await mkdtemp(join(tmpdir(), 'wachsam-completion-'));
  course = await serveFolder(join(built.out, 'web'));
  receiver = await onFixedPort(() =>
    startRaffleServer({
      port: receiverPort('WACHSAM_COMPLETION_RECEIVER_PORT'),
      dbFile: join(work, 'raffle.sqlite'),
      allowedOrigins: [new URL(course.url).origin],
      log: () => undefined,
    }),
  );
});
test.afterAll(async () => {
  await receiver?.close();
  await course?.close();
  await rm(work, { recursive: true, force: true });
});

function receipts() {
  const db = openExistingRaffleDb(join(work, 'raffle.sqlite'));
  try {
    return listCompletions(db);
  } finally {
    db.close();
  }
}

test('a receipt sent offline waits, arrives once when the network is back, and is not sent again after a reload', async ({ context, page }) => {
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
  await page.goto(`${course.url}?lang=en#/`);
  // Not offered before the course is complete.
  await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Confirm your completion' })).toHaveCount(0);

  await page.goto(`${course.url}?lang=en#/lesson/02-email/check`);
  await passCheckInPage(page, '02-email', 'en');
  // The receipt is offered at the course end, where the check that completes the course leads.
  await page.getByRole('link', { name: 'To the end of the course' }).click();
  const panel = page.locator('section.completion-receipt');
  await expect(panel.getByRole('heading', { level: 2, name: 'Confirm your completion' })).toBeVisible();
  // What is sent, and what is not, and the theme's notice, before anything is sent.
  await expect(panel.getByRole('listitem')).toHaveText([
    'your name',
    'your work e-mail address',
    'the course and its version: Wachsam: Security awareness at work, version 0.1.0',
    'the date you completed it: November 20, 2026',
  ]);
  await expect(panel).toContainText('Not sent: scores, answers and times.');
  await expect(panel).toContainText('The controller is the City of Test.');

  const name = panel.getByRole('textbox', { name: 'Name', exact: true });
  const send = panel.getByRole('button', { name: 'Send confirmation' });
  await send.click();
  await expect(name).toBeFocused();
  await expect(name).toHaveAccessibleDescription('Please enter your name.');
  await expectNoAxeViolations(page, 'the course end with the completion receipt and its errors');

  await name.fill('Erika Mustermann');
  await panel.getByRole('textbox', { name: 'Work e-mail address', exact: true }).fill('erika.mustermann@example.org');
  await context.setOffline(true);
  await send.click();
  const status = panel.getByRole('status');
  await expect(status).toHaveText('No network right now: your confirmation is saved and will be sent when the network is back.');
  await expect(send).toHaveCount(0);
  expect(receipts()).toEqual([]);

  // Back online while on another page: the course sends the queued receipt from there.
  await page.goto(`${course.url}?lang=en#/`);
  await expect(page.getByRole('heading', { name: 'Lessons' })).toBeVisible();
  await context.setOffline(false);
  await expect.poll(() => receipts().length, { timeout: 15_000 }).toBe(1);
  await page.getByRole('link', { name: 'To the end of the course' }).click();
  await expect(status).toHaveText('Your confirmation has arrived. Thank you!', { timeout: 15_000 });
  await expectNoAxeViolations(page, 'the course end with a sent completion receipt');
  const stored = receipts();
  expect(stored).toHaveLength(1);
  expect(stored[0]).toEqual({
    id: 1,
    name: 'Erika Mustermann',
    email: 'erika.mustermann@example.org',
    course: 'wachsam',
    version: '0.1.0',
    completedOn: '2026-11-20',
    receivedAt: expect.any(String),
  });

  // Reloaded, the page shows the stored state, offers no form and sends nothing: after longer than a
  // retry takes (5 s), and whatever the service worker's queue replays, the receiver still holds one.
  await page.reload();
  await expect(page.locator('section.completion-receipt').getByRole('status')).toHaveText('Your confirmation has arrived. Thank you!');
  await expect(page.getByRole('button', { name: 'Send confirmation' })).toHaveCount(0);
  await page.waitForTimeout(6000);
  expect(receipts()).toHaveLength(1);

  // Without a service worker (a plain-HTTP intranet has none), a receipt still waiting from an earlier
  // visit goes out from any page once the network returns: the player's own retry, not Background Sync.
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });
  await page.goto(`${course.url}?lang=en#/about`);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
  await context.setOffline(true);
  const waiting = { ...stored[0], idempotencyKey: '6f1c0b1e-8d1f-4c36-9a57-2f6d3f1f0a11', name: 'Max Wartend' };
  for (const key of ['id', 'receivedAt']) delete (waiting as Record<string, unknown>)[key];
  const key = `wachsam:wachsam:completion:${stored[0]!.version}`;
  await page.evaluate(([name, value]) => localStorage.setItem(name!, value!), [key, JSON.stringify({ entry: waiting, state: 'queued' })]);
  await context.setOffline(false);
  await expect.poll(() => receipts().map((receipt) => receipt.name), { timeout: 15_000 }).toEqual(['Erika Mustermann', 'Max Wartend']);
});
