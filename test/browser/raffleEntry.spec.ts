import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { listEntries, openExistingRaffleDb } from '../../src/raffle-server/raffleDb.ts';
import { startRaffleServer } from '../../src/raffle-server/raffleServer.ts';
import { serveFolder, type StaticServer } from '../support/staticServer.ts';
import { expectNoAxeViolations } from './axe.ts';
import { entryRaffleCourse, expect, passCheckInPage, onFixedPort, receiverPort, test } from './fixtures.ts';

// The service worker is blocked in most specs (playwright.config.ts); here it is allowed: the service worker's Background Sync is part of how an entry arrives.
test.use({ serviceWorkers: 'allow' });

// The course is built once, naming a receiver on a port fixed for the run: one receiver at a time, so
// the tests share one worker and run in order (the first expects an empty database).
test.describe.configure({ mode: 'default' });

const endpoint = `http://127.0.0.1:${receiverPort('WACHSAM_ENTRY_RECEIVER_PORT')}/entries`;

let work: string;
let course: StaticServer;
let receiver: { url: string; close(): Promise<void> };
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const built = await entryRaffleCourse('raffle-entry', endpoint);
  work = await mkdtemp(join(tmpdir(), 'wachsam-entry-'));
  course = await serveFolder(join(built.out, 'web'));
  receiver = await onFixedPort(() =>
    startRaffleServer({
      port: receiverPort('WACHSAM_ENTRY_RECEIVER_PORT'),
      dbFile: join(work, 'raffle.sqlite'),
      allowedOrigins: [new URL(course.url).origin],
      log: () => undefined,
    }),
  );
  expect(`${receiver.url.replace(/\/$/, '')}/entries`, 'the receiver listens where the course sends').toBe(endpoint);
});
test.afterAll(async () => {
  await receiver?.close();
  await course?.close();
  await rm(work, { recursive: true, force: true });
});

function entries() {
  const db = openExistingRaffleDb(join(work, 'raffle.sqlite'));
  try {
    return listEntries(db);
  } finally {
    db.close();
  }
}

async function passCheck(page: Page): Promise<void> {
  await page.goto(`${course.url}?lang=en#/lesson/02-email/check`);
  await passCheckInPage(page, '02-email', 'en');
  await expect(page.locator('.check-result')).toContainText('Passed');
}

/**
 * Each wrong field says what is wrong with it (aria-invalid, its message tied by aria-describedby),
 * a summary at the top links to them, and focus goes to the first wrong field. Leaves name and
 * e-mail filled in and consent not given.
 */
async function expectFieldErrors(page: Page): Promise<void> {
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  const email = page.getByRole('textbox', { name: 'Work e-mail address', exact: true });
  // The privacy notice's button sits beside the consent's label, not inside its name.
  const consent = page.getByRole('checkbox', { name: 'I have read the terms of participation and the privacy notice and want to take part.', exact: true });
  await expect(consent).toBeVisible();
  const submit = page.getByRole('button', { name: 'Take part' });
  const problems = {
    name: 'Please enter your name.',
    email: 'Please enter your work e-mail address.',
    consent: 'Please agree to the terms of participation and the privacy notice to take part.',
  };

  await submit.click();
  await expect(name).toBeFocused();
  for (const [field, box] of [
    ['name', name],
    ['email', email],
    ['consent', consent],
  ] as const) {
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription(problems[field]);
  }
  await expect(page.locator('.error-summary a')).toHaveText(Object.values(problems));
  // The raffle page, its form and the error summary pass axe like every other view.
  await expectNoAxeViolations(page, 'the raffle entry form with its errors');
  await page.locator('.error-summary a').nth(2).click();
  await expect(consent).toBeFocused();

  await name.fill('Erika Mustermann');
  await email.fill('erika.mustermann@');
  await submit.click();
  await expect(email).toBeFocused();
  await expect(email).toHaveAccessibleDescription('Please enter an e-mail address in the form name@example.org.');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription('');

  await email.fill('erika.mustermann@example.org');
  await submit.click();
  await expect(consent).toBeFocused();
  await expect(page.locator('.error-summary a')).toHaveText([problems.consent]);
}

test('an entry made offline is queued, survives a browser restart and arrives exactly once', async () => {
  const profile = await mkdtemp(join(tmpdir(), 'wachsam-entry-profile-'));
  const launch = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update'],
      locale: 'en-GB',
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
    return { context, page };
  };
  try {
    const first = await launch();
    await passCheck(first.page);
    await first.page.goto(`${course.url}?lang=en#/raffle`);
    await expectFieldErrors(first.page);
    await first.page.getByRole('checkbox').check();
    await first.context.setOffline(true);
    await first.page.getByRole('button', { name: 'Take part' }).click();
    await expect(first.page.getByText('No network right now: your entry is saved')).toBeVisible();
    expect(entries()).toEqual([]);
    await first.context.close();

    const second = await launch();
    await second.page.goto(`${course.url}?lang=en#/raffle`);
    await expect(second.page.getByText('Your entry has arrived. Good luck!')).toBeVisible({ timeout: 15_000 });
    // Reloaded, the page reads the entry as sent and sends nothing again.
    await second.page.reload();
    await expect(second.page.getByText('Your entry has arrived. Good luck!')).toBeVisible();
    const stored = entries();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: 'Erika Mustermann', email: 'erika.mustermann@example.org', campaign: 'herbst-2026' });
    // Only what the learner typed and the campaign: no score, no answers, no times spent.
    expect(Object.keys(stored[0]!).sort()).toEqual(['campaign', 'course', 'email', 'id', 'name', 'receivedAt']);
    await second.context.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});

test('an entry the browser cannot store is not called saved, and is sent when the network returns while the page is open', async ({ context, page }) => {
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.includes(':raffle:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
  await passCheck(page);
  await page.goto(`${course.url}?lang=en#/raffle`);
  await page.getByLabel('Name').fill('Max Mustermann');
  await page.getByLabel('Work e-mail address').fill('max.mustermann@example.org');
  await page.getByRole('checkbox').check();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Take part' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'this browser cannot store your entry: it is not saved yet' })).toBeVisible();
  await expect(page.getByText('your entry is saved')).toHaveCount(0);
  expect(entries().filter((entry) => entry.email === 'max.mustermann@example.org')).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByText('Your entry has arrived. Good luck!')).toBeVisible({ timeout: 15_000 });
  expect(entries().filter((entry) => entry.email === 'max.mustermann@example.org')).toHaveLength(1);
});

test.describe('what the receiver answers is what the learner is told', () => {
  // page.route does not see requests a service worker makes; the answers here are the receiver's own.
  test.use({ serviceWorkers: 'block' });

  test('an entry held back by the rate limit (429) is kept, called saved, and arrives on its own', async ({ page }) => {
    let refused = 0;
    await page.route('**/entries', async (route) => {
      if (route.request().method() === 'POST' && refused === 0) {
        refused++;
        await route.fulfill({ status: 429, headers: { 'Retry-After': '1' }, json: { error: 'Too many entries from this address.' } });
      } else await route.continue();
    });
    await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
    await passCheck(page);
    await page.goto(`${course.url}?lang=en#/raffle`);
    await page.getByLabel('Name').fill('Rita Rate');
    await page.getByLabel('Work e-mail address').fill('rita.rate@example.org');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Take part' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Many entries are arriving right now. Yours is saved' })).toBeVisible();
    await expect(page.getByText('Please check what you entered')).toHaveCount(0);
    await expect(page.getByText('Your entry has arrived. Good luck!')).toBeVisible({ timeout: 15_000 });
    expect(refused).toBe(1);
    expect(entries().filter((entry) => entry.email === 'rita.rate@example.org')).toHaveLength(1);
  });

  test("an address outside the organisation's domain is refused with a message about the address, and the form stays", async ({ page }) => {
    await page.route('**/entries', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      await route.fulfill({
        status: 400,
        json: { error: 'Invalid raffle entry: email must end in @example.org.', issues: [{ field: 'email', message: 'must end in @example.org' }] },
      });
    });
    await page.clock.setFixedTime(new Date('2026-11-20T10:00:00'));
    await passCheck(page);
    await page.goto(`${course.url}?lang=en#/raffle`);
    await page.getByLabel('Name').fill('Paul Private');
    await page.getByLabel('Work e-mail address').fill('paul@mail.example.com');
    await page.getByRole('checkbox').check();
    await page.getByRole('button', { name: 'Take part' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'This e-mail address is not accepted. Please use your work address.' })).toBeVisible();
    await expect(page.getByLabel('Work e-mail address')).toBeVisible();
  });
});
