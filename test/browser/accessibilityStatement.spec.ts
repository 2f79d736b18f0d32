import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test, useCityCourse } from './fixtures.ts';

const footerLink = (page: Page, name: string) => page.locator('footer.site-footer').getByRole('link', { name });

test('every page links the accessibility statement in its footer, and the link opens it', async ({ page }) => {
  await page.goto('./?lang=de');
  await expect(page.locator('.lesson-card').first()).toBeVisible();
  for (const route of ['#/lesson/02-email/1', '#/lesson/04-passwords/check', '#/about', '#/contacts', '#/']) {
    const link = footerLink(page, 'Erklärung zur Barrierefreiheit');
    await expect(link, `footer link on ${route}`).toHaveAttribute('href', '#/accessibility');
    await page.goto(`./?lang=de${route}`);
    await expect(page.locator('main h1')).toBeVisible();
  }
  await footerLink(page, 'Erklärung zur Barrierefreiheit').click();
  await expect(page).toHaveURL(/#\/accessibility$/);
  await expect(page.locator('main h1')).toHaveText('Erklärung zur Barrierefreiheit');
});

const expected = {
  de: {
    title: 'Erklärung zur Barrierefreiheit',
    texts: [
      'WCAG 2.1 Stufe AA',
      'EN 301 549',
      'BITV 2.0',
      'teilweise',
      '30. November 2026',
      'axe-core',
      'Tastatur',
      'Tragen Sie hier ein, wo man eine Barriere meldet',
    ],
    enforcement: 'Schlichtungsstelle nach § 16 BGG',
  },
  en: {
    title: 'Accessibility statement',
    texts: [
      'WCAG 2.1 level AA',
      'EN 301 549',
      'BITV 2.0',
      'partially compliant',
      'November 30, 2026',
      'axe-core',
      'keyboard',
      'Enter here where people report a barrier',
    ],
    enforcement: 'Conciliation body under § 16 BGG',
  },
};

test('the statement names standard, status, date, tests, contact and enforcement body, in both languages, with no axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['de', 'en'] as const) {
    const want = expected[lang];
    await page.goto(`./?lang=${lang}#/accessibility`);
    const main = page.locator('main');
    await expect(main.locator('h1')).toHaveText(want.title);
    await expect(page).toHaveTitle(new RegExp(`^${want.title} – Wachsam`));
    for (const text of [...want.texts, want.enforcement]) await expect(main, `${lang}: ${text}`).toContainText(text);
    await expect(main.getByRole('link', { name: 'https://www.schlichtungsstelle-bgg.de' })).toBeVisible();
    await expect(footerLink(page, want.title)).toBeVisible();
    await expectNoAxeViolations(page, `the accessibility statement (${lang})`);
  }
});

test.describe('with the city theme', () => {
  const city = useCityCourse();

  test("the statement carries the theme's contact, enforcement body, dates and notes", async ({ page }) => {
    await page.goto(`${city.url}?lang=de#/accessibility`);
    const main = page.locator('main');
    await expect(main.locator('h1')).toHaveText('Erklärung zur Barrierefreiheit');
    for (const text of [
      'Verantwortlich: Stadtverwaltung Musterhausen.',
      'teilweise',
      '15. November 2026',
      '20. Oktober 2026',
      'NVDA',
      'Beauftragte für digitale Barrierefreiheit',
      '0123 456-730',
      'Durchsetzungsstelle für digitale Barrierefreiheit des Landes Musterland',
      'Passwort-Richtlinie',
    ]) {
      await expect(main, text).toContainText(text);
    }
    await expect(main.getByRole('link', { name: 'barrierefreiheit@musterhausen.example.org' })).toHaveAttribute(
      'href',
      'mailto:barrierefreiheit@musterhausen.example.org',
    );
    await expect(main.getByRole('link', { name: 'https://barrierefreiheit.musterland.example.org' })).toBeVisible();
    await expect(main).not.toContainText('Schlichtungsstelle nach § 16 BGG');
  });
});
