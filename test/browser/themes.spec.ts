import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { deriveDarkPalette } from '../../src/compiler/theme/darkPalette.ts';
import { serveFolder } from '../support/staticServer.ts';
import { browserCourse, expect, lessonContent, test, useCityCourse } from './fixtures.ts';

const city = useCityCourse();

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
  // Sources with an address are links, with the date of the version the facts were checked against.
  const sourceLinks = page.locator('.attribution li li a[href^="https://"]');
  await expect(sourceLinks.first()).toBeVisible();
  // The city course has three of the course's lessons, each with at least two linked sources (and one lesson of its own).
  expect(await sourceLinks.count()).toBeGreaterThanOrEqual(6);
  await expect(page.locator('.attribution li li', { has: page.locator('a[href^="https://"]') }).first()).toHaveText(/ \(Stand \d{4}(-\d{2}){0,2}\)$/);
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
  // No dark logo: the header keeps the light-mode green its light crest was made for (issue 14).
  expect(await headerColour(page)).toBe('rgb(30, 91, 58)');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, info, 'city-overview-dark');
  await page.getByRole('button', { name: 'Dark mode' }).click();
  expect(await background()).toBe('rgb(251, 250, 245)');
  await page.reload();
  expect(await background()).toBe('rgb(251, 250, 245)');
  await expect(page.getByRole('button', { name: 'Dark mode' })).toHaveAttribute('aria-pressed', 'false');
});

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;
const LIGHT_GREEN = { primary: '#1e5b3a', accent: '#b0561a', text: '#1c2420', background: '#fbfaf5' };

/** The default theme made green in light mode only (no dark block), with a dark logo: one lesson, web only. */
function lightOnlyCourse() {
  return browserCourse('light-only-theme', {
    webOnly: true,
    prepare: async (dir) => {
      await cp(join('lessons', '02-email'), join(dir, 'lessons', '02-email'), { recursive: true });
      await cp('themes/default', join(dir, 'theme'), { recursive: true });
      const file = join(dir, 'theme', 'theme.yaml');
      const light = Object.entries(LIGHT_GREEN)
        .map(([key, value]) => `      ${key}: "${value}"\n`)
        .join('');
      const yaml = (await readFile(file, 'utf8'))
        .replace(/ {4}light:\n(?: {6}.*\n)+ {4}dark:\n(?: {6}.*\n)+/, `    light:\n${light}`)
        .replace('  logo: logo.svg\n', '  logo: logo.svg\n  logoDark: logo-dark.svg\n');
      if (!yaml.includes('logoDark') || yaml.includes('dark:\n')) throw new Error('the default theme.yaml changed shape; update this fixture');
      await writeFile(file, yaml);
      const logo =
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><title>Dark</title><path d="M32 4 56 14v18c0 16-10 26-24 30C18 58 8 48 8 32V14z" fill="#102a1b"/></svg>';
      await writeFile(join(dir, 'theme', 'logo-dark.svg'), logo);
      return ['--lessons', join(dir, 'lessons'), '--theme', join(dir, 'theme')];
    },
  });
}

test('a theme with light colours only gets derived dark colours, and its dark logo in dark mode', async ({ page }, info) => {
  test.setTimeout(180_000);
  const site = await serveFolder(join((await lightOnlyCourse()).out, 'web'));
  try {
    const dark = deriveDarkPalette(LIGHT_GREEN);
    // The page as painted, and the primary its links and buttons take.
    const colours = () =>
      page.evaluate(() => ({
        body: getComputedStyle(document.body).backgroundColor,
        primary: getComputedStyle(document.body).getPropertyValue('--w-color-primary').trim(),
      }));
    const logos = async () => ({ light: await page.locator('.brand-logo-light').isVisible(), dark: await page.locator('.brand-logo-dark').isVisible() });
    // The system's dark mode: derived colours, not the default blue (#8cb8ee on #121417), and the dark logo.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site.url}?lang=en`);
    await expect(page.locator('.lesson-card').first()).toBeVisible();
    expect(await colours()).toEqual({ body: rgb(dark.background), primary: dark.primary });
    expect(rgb(dark.primary)).not.toBe('rgb(140, 184, 238)');
    expect(await headerColour(page)).toBe(rgb(dark.primary));
    expect(await logos()).toEqual({ light: false, dark: true });
    await expect(page.locator('.brand-logo-dark')).toHaveAttribute('src', 'brand/logo-dark.svg');
    await expect.poll(() => page.locator('.brand-logo-dark').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // One logo for assistive technology: the hidden one is display: none.
    await expect(page.locator('.brand').getByRole('img')).toHaveCount(1);
    await screenshot(page, info, 'light-only-theme-dark');
    await expectNoAxeViolations(page, 'light-only theme, derived dark overview');
    // The switch: light wins over the system's dark, then dark wins over the system's light.
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await colours()).toEqual({ body: rgb(LIGHT_GREEN.background), primary: LIGHT_GREEN.primary });
    expect(await logos()).toEqual({ light: true, dark: false });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await colours()).toEqual({ body: rgb(dark.background), primary: dark.primary });
    expect(await logos()).toEqual({ light: false, dark: true });
  } finally {
    await site.close();
  }
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
          await page.locator('form.question button[type=submit]').click();
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
  await page.locator('form.question button[type=submit]').click();
  await expect(page.locator('.feedback .verdict')).toBeVisible();
  const border = await page.locator('form.question button[type=submit]').evaluate((button) => getComputedStyle(button).borderStyle);
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
