import { readdirSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { runCommand } from '../../src/cli/commands.ts';
import { expectNoAxeViolations } from './axe.ts';
import { installReflowProbe, look, show } from './reflowProbe.ts';
import { expect, passCheckInPage, test } from './fixtures.ts';

const KEY = 'wachsam:wachsam:progress';
const LESSONS = readdirSync('lessons').sort();
const LAST = LESSONS[LESSONS.length - 1]!;
const NAME = 'Zoë Müller-Lüdenscheidt';

/** Every page of a PDF as text, and how many pages it has. */
async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return { pages: pdf.numPages, text: text.replace(/\s+/g, ' ') };
}

/** What `npm run verify-certificate -- <code> --name <name>` answers, run in this process. */
async function verify(code: string, name: string): Promise<number> {
  const quiet = () => {};
  const [log, error] = [console.log, console.error];
  console.log = console.error = quiet;
  try {
    return await runCommand(['verify-certificate', code, '--name', name]);
  } finally {
    [console.log, console.error] = [log, error];
  }
}

test('the last check leads to the course end, and the certificate prints on one A4 page with a code that verifies', async ({ page }) => {
  // Every lesson done but the last one.
  const lessons = Object.fromEntries(LESSONS.slice(0, -1).map((id) => [id, { page: 1, seen: 20, done: true, best: 90 }]));
  await page.addInitScript(installReflowProbe);
  await page.goto('./?lang=en#/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify({ version: 1, lessons })]);

  // Before the end: the certificate route says what is missing, with a link there.
  await page.goto('./?lang=en#/certificate');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificate of participation');
  await expect(page.getByText('1 lesson is still open:')).toBeVisible();
  const missing = page.locator('.missing-lessons a');
  await expect(missing).toHaveCount(1);
  await expect(missing).toHaveAttribute('href', `#/lesson/${LAST}/1`);
  await expectNoAxeViolations(page, 'the certificate route before completion');

  // The last check, then the course end.
  await page.goto(`./?lang=en#/lesson/${LAST}/check`);
  await passCheckInPage(page, LAST, 'en');
  await expect(page.locator('.check-result')).toContainText('Passed');
  await page.getByRole('link', { name: 'To the end of the course' }).click();
  await expect(page).toHaveURL(/#\/end$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Well done: you have completed the course');
  await expect(page.locator('.end-results li')).toHaveCount(LESSONS.length);
  await expect(page.getByRole('region', { name: 'What you can do from now on' })).toContainText('Report suspicious e-mails');
  await expectNoAxeViolations(page, 'the course end');
  const completedOn = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!).completedOn as string, KEY);
  expect(completedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  // The certificate: a name is needed, then the page; a reload keeps it.
  await page.getByRole('link', { name: 'Create certificate' }).click();
  await page.getByRole('button', { name: 'Create certificate' }).click();
  await expect(page.getByText('Please type your name.')).toBeVisible();
  await page.getByLabel('Your name').fill(`  ${NAME} `);
  await page.getByRole('button', { name: 'Create certificate' }).click();
  const sheet = page.locator('.certificate');
  await expect(sheet.locator('.certificate-name')).toHaveText(NAME);
  await page.reload();
  await expect(sheet.locator('.certificate-name')).toHaveText(NAME);
  await expectNoAxeViolations(page, 'the certificate');
  const code = (await sheet.locator('.certificate-code').textContent())!;
  expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
  // On a 320 px phone, neither the certificate nor the course end scrolls sideways or cuts text off (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await look(page, '#/certificate', true)).toEqual({ route: '#/certificate' });
  await show(page, '#/end');
  expect(await look(page, '#/end', true)).toEqual({ route: '#/end' });
  await show(page, '#/certificate');
  await page.setViewportSize({ width: 1280, height: 720 });

  // A learner in dark mode still prints dark text on white paper.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  expect(await sheet.locator('.certificate-name').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(27, 31, 36)');
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  expect(await sheet.locator('.certificate-name').evaluate((element) => getComputedStyle(element).color)).not.toBe('rgb(27, 31, 36)');
  await page.emulateMedia({ media: null, colorScheme: null });

  // Printed by Chromium: one page, with the name, date, course title and code.
  const printed = await pdfText(await page.pdf({ preferCSSPageSize: true }));
  expect(printed.pages, 'pages of the printed certificate').toBe(1);
  const date = await page.evaluate(
    (day) => new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`)),
    completedOn,
  );
  const title = (await sheet.locator('.certificate-course').textContent())!;
  // Compared without spaces: text extraction splits words at ligatures ("Certi fi cate").
  const squeezed = (text: string) => text.replace(/\s/g, '');
  for (const part of [NAME, date, title, code, 'Certificate of participation']) expect(squeezed(printed.text)).toContain(squeezed(part));
  expect(printed.text, 'no site header or buttons on paper').not.toContain('Print or save as PDF');

  // The code verifies with the command for this name (case and spaces aside), and not for another…
  expect(await verify(code, NAME.toUpperCase())).toBe(0);
  expect(await verify(code, 'Zoe Müller-Lüdenscheidt')).toBe(1);
  // …and on the bundle's own page, typed as a person types it.
  await page.goto('./?lang=en#/verify');
  await page.getByLabel('Verification code').fill(code.toLowerCase().replace('-', ' '));
  await page.getByLabel('Name as printed on the certificate').fill(NAME);
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('status')).toContainText(`Valid: the code belongs to "${NAME}", completed on ${date}`);
  await expectNoAxeViolations(page, 'the verification page');
  await page.getByLabel('Name as printed on the certificate').fill('Zoe Muller');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('status')).toContainText('Not valid');
  // The same verdict again comes as new text in the live region, so a screen reader reads it again.
  const shown = await page.getByRole('status').locator('p').elementHandle();
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByRole('status')).toContainText('Not valid');
  expect(await shown!.evaluate((node) => node.isConnected), 'the first verdict was replaced').toBe(false);
});
