import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { serveFolder, type StaticServer } from '../support/staticServer.ts';
import { expectNoAxeViolations } from './axe.ts';
import { cityCourse, expect, lessonContent, test } from './fixtures.ts';

let city: StaticServer;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  const built = await cityCourse();
  city = await serveFolder(join(built.out, 'web'));
});
test.afterAll(async () => {
  await city?.close();
});

/** Kept as a file in the test's output folder (test-results/) and attached to the report. */
async function screenshot(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: 'image/png' });
}

const headerColour = (page: Page) => page.locator('.site-header').evaluate((element) => getComputedStyle(element).backgroundColor);

test('the city theme carries its logo, colours, name, contacts and local facts', async ({ page }, info) => {
  await page.goto(`${city.url}?lang=de`);
  await expect(page.locator('.brand-logo')).toHaveAttribute('src', 'brand/logo.svg');
  await expect(page.locator('.brand-logo')).toHaveAttribute('alt', /Musterhausen/);
  await expect.poll(() => page.locator('.brand-logo').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  expect(await headerColour(page)).toBe('rgb(30, 91, 58)');
  await expect(page.locator('.brand-org')).toHaveText('Stadtverwaltung Musterhausen');
  await expect(page).toHaveTitle(/Musterhausen/);
  await expect(page.locator('.lesson-card').first()).toContainText('Musterhausen');
  await screenshot(page, info, 'city-overview-light');

  await page.goto(`${city.url}?lang=de#/contacts`);
  const cards = page.locator('.contact-card');
  await expect(cards).toHaveCount(3);
  await expect(cards.first().getByRole('link', { name: /musterhausen\.example\.org/ })).toHaveAttribute('href', /^mailto:/);
  await expect(cards.first().getByRole('link', { name: /^0123/ })).toHaveAttribute('href', /^tel:/);
  // Issue 14: the name in brackets reads right whatever it is (not "Stellen von Stadtverwaltung …").
  await expect(page.locator('main')).toContainText('helfen Ihnen diese Stellen (Stadtverwaltung Musterhausen).');
  await screenshot(page, info, 'city-contacts');

  for (const lang of ['de', 'en']) {
    await page.goto(`${city.url}?lang=${lang}#/lesson/02-email/1`);
    const content = await lessonContent(page, '02-email', lang);
    const text = JSON.stringify(content);
    expect(text, `no placeholder left in ${lang}`).not.toContain('{{');
    expect(text).toContain('phishing@musterhausen.example.org');
    expect(text).toContain('0123');
  }

  await page.goto(`${city.url}?lang=en#/about`);
  await expect(page.locator('main')).toContainText('Adapted by: City of Musterhausen administration');
  await expect(page.locator('main')).toContainText(/Lessons of its own: .*Musterhausen/);
  await expect(page.locator('main')).toContainText(/Lessons with local facts: .*E-mail and phishing/);
  await expect(page.locator('main')).toContainText('CC BY-SA 4.0');
  await page.getByRole('button', { name: 'Deutsch' }).click();
  await expect(page.locator('main')).toContainText('Angepasst von: Stadtverwaltung Musterhausen');
  await expect(page.locator('main')).toContainText(/Lektionen mit örtlichen Angaben: .*E-Mail und Phishing/);
  await expect(page.locator('main')).toContainText('Autorinnen und Autoren: Wachsam-Mitwirkende');
});

test('the default theme looks different and says where to fill in its contacts', async ({ page }, info) => {
  await page.goto('./?lang=en');
  expect(await headerColour(page)).toBe('rgb(29, 78, 137)');
  await expect(page.locator('.brand-logo')).toHaveAttribute('src', 'brand/logo.svg');
  await screenshot(page, info, 'default-overview-light');
  await page.goto('./?lang=en#/contacts');
  await expect(page.locator('.contact-card')).toHaveCount(3);
  await expect(page.locator('.contact-card').first()).toContainText('Information security officer');
});

test('dark mode follows the system and the switch, and is remembered', async ({ page }, info) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`${city.url}?lang=en`);
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(17, 26, 21)');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, info, 'city-overview-dark');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  expect(await background()).toBe('rgb(251, 250, 245)');
  await page.reload();
  expect(await background()).toBe('rgb(251, 250, 245)');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
});

// The default theme in light mode is scanned, on more pages, in accessibility.spec.ts.
for (const [name, site, schemes] of [
  ['default', () => '', ['dark']],
  ['city', () => city.url, ['light', 'dark']],
] as const) {
  for (const scheme of schemes) {
    test(`axe finds no violations with the ${name} theme in ${scheme} mode`, async ({ page, baseURL }) => {
      // Several axe scans per test; the limit only guards against a hang on a loaded machine.
      test.setTimeout(180_000);
      const root = site() || baseURL!;
      await page.emulateMedia({ colorScheme: scheme });
      for (const lang of ['de', 'en']) {
        await page.goto(`${root}?lang=${lang}`);
        await expect(page.locator('.lesson-card').first()).toBeVisible();
        await expectNoAxeViolations(page, `${name} ${scheme} overview ${lang}`);
        await page.goto(`${root}?lang=${lang}#/lesson/02-email/1`);
        await expect(page.locator('.lesson-text')).toBeVisible();
        await expectNoAxeViolations(page, `${name} ${scheme} lesson page ${lang}`);
        await page.goto(`${root}?lang=${lang}#/lesson/02-email/check`);
        await expect(page.locator('fieldset legend')).toBeVisible();
        // German answers question 1; the English view shows the same progress, with its feedback.
        if (lang === 'de') {
          await page.locator('.answers input').first().check();
          await page.locator('form button[type=submit]').click();
        }
        await expect(page.locator('.feedback .verdict')).toBeVisible();
        await expectNoAxeViolations(page, `${name} ${scheme} answered question ${lang}`);
        await page.goto(`${root}?lang=${lang}#/contacts`);
        await expectNoAxeViolations(page, `${name} ${scheme} contacts ${lang}`);
      }
    });
  }
}

test('Windows high contrast (forced colors) keeps every control visible and usable', async ({ page }, info) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${city.url}?lang=en#/lesson/02-email/check`);
  await page.locator('.answers input').first().check();
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('.feedback .verdict')).toBeVisible();
  const border = await page.locator('form button[type=submit]').evaluate((button) => getComputedStyle(button).borderStyle);
  expect(border).not.toBe('none');
  // The system's colours replace the theme's (axe cannot judge contrast here: the user's own palette
  // decides it); what must survive are the outlines that tell controls and right answers apart.
  const right = await page
    .locator('.answer.right')
    .first()
    .evaluate((answer) => getComputedStyle(answer).borderStyle);
  expect(right).toBe('double');
  const colours = await page.evaluate(() => {
    const body = getComputedStyle(document.body);
    return [body.color, body.backgroundColor];
  });
  expect(colours[0]).not.toBe(colours[1]);
  await screenshot(page, info, 'city-forced-colors');
});
