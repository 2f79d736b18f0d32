import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

/** The marked words of the results as "[mark]" inside the rest of their word: "[Passwort]-Manager". */
function markedWords(page: import('@playwright/test').Page): Promise<string[]> {
  return page.locator('.search-results mark').evaluateAll((marks) =>
    marks.map((mark) => {
      const before = /[\p{L}-]*$/u.exec(mark.previousSibling?.textContent ?? '')![0];
      const after = /^[\p{L}-]*/u.exec(mark.nextSibling?.textContent ?? '')![0];
      return `${before}[${mark.textContent}]${after}`;
    }),
  );
}

test('from file://, the header search finds a word inside German compounds, marks it, and leads to the page', async ({ page }) => {
  await page.goto(`${pathToFileURL(resolve('dist/web/index.html')).href}?lang=de#/`);
  // With the keyboard alone: the labelled field in the header's search landmark, then Enter.
  const field = page.getByRole('search', { name: 'Kurs durchsuchen' }).getByRole('searchbox', { name: 'Suchbegriffe' });
  await field.fill('Passwort');
  await field.press('Enter');
  await expect(page).toHaveURL(/#\/search\?q=Passwort$/);
  await expect(page.getByRole('status')).toHaveText(/^\d+ Treffer für „Passwort“$/);
  await expect(page.getByRole('main').getByRole('searchbox', { name: 'Suchbegriffe' })).toHaveValue('Passwort');
  const marked = await markedWords(page);
  // Inside a compound, and past case and umlaut: "Passwort-Manager" is one word to the search, "Passwörter" holds "Passwort".
  expect(marked).toContain('[Passwort]-Manager');
  expect(marked).toContain('[Passwört]er');
  await expectNoAxeViolations(page, 'the search results');

  // The compound written as one word finds the hyphenated one, marked whole.
  const inPage = page.getByRole('main').getByRole('searchbox', { name: 'Suchbegriffe' });
  await inPage.fill('passwortmanager');
  await inPage.press('Enter');
  await expect(page.getByRole('status')).toHaveText(/^\d+ Treffer für „passwortmanager“$/);
  expect(await markedWords(page)).toContain('[Passwort-Manager]');
  const result = page.getByRole('link', { name: 'Ein Passwort-Manager merkt sich alles' });
  await expect(result.locator('mark')).toHaveText('Passwort-Manager');
  await result.click();
  await expect(page).toHaveURL(/#\/lesson\/04-passwords\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ein Passwort-Manager merkt sich alles');

  // No result: said so, with a hint.
  await page.goto(`${pathToFileURL(resolve('dist/web/index.html')).href}?lang=de#/search?q=Quantenkryptographie`);
  await expect(page.getByRole('status')).toHaveText('Keine Treffer für „Quantenkryptographie“.');
  await expect(page.getByText('Versuchen Sie es mit weniger oder kürzeren Wörtern')).toBeVisible();
});
