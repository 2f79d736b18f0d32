import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { offlineEntries, type PrecacheEntry, precacheEntries } from '../../src/bench/precacheFigures.ts';
import { serveFolder } from '../support/staticServer.ts';
import { browserCourse, expect, lessonContent, test, lessonCard } from './fixtures.ts';

// The service worker is blocked in most specs (playwright.config.ts); here it is allowed: offline use and updates are the service worker's job.
test.use({ serviceWorkers: 'allow' });

/** How many lesson texts of a language the service worker's lesson cache holds (their search shards, kept with them, not counted). */
async function keptTexts(page: Page, lang: string): Promise<number> {
  return page.evaluate(async (code) => {
    const lessons = (await caches.keys()).find((name) => name.endsWith('-lessons'));
    if (!lessons) return 0;
    return (await (await caches.open(lessons)).keys()).filter((request) => new RegExp(`/[^/]+\\.${code}\\.[0-9a-f]+\\.js$`).test(request.url)).length;
  }, lang);
}

/** How many search shards of a language (one per lesson) the service worker's lesson cache holds. */
async function keptSearch(page: Page, lang: string): Promise<number> {
  return page.evaluate(async (code) => {
    const lessons = (await caches.keys()).find((name) => name.endsWith('-lessons'));
    if (!lessons) return 0;
    return (await (await caches.open(lessons)).keys()).filter((request) => new RegExp(`/[^/]+\\.${code}-search\\.[0-9a-f]+\\.js$`).test(request.url)).length;
  }, lang);
}

/**
 * Waits until the service worker's lesson cache holds `count` lesson texts (not counting their search
 * shards). Polled from the test: `waitForFunction` takes the promise an async predicate returns as true
 * at once, so it never waited.
 */
async function lessonTextsKept(page: Page, count: number): Promise<void> {
  const texts = () =>
    page.evaluate(async () => {
      const lessons = (await caches.keys()).find((name) => name.endsWith('-lessons'));
      if (!lessons) return 0;
      return (await (await caches.open(lessons)).keys()).filter((request) => /\/content\/[^/]+\.[a-z]{2,3}\.[0-9a-f]+\.js$/.test(request.url)).length;
    });
  await expect.poll(texts, { timeout: 30_000, message: `${count} lesson texts kept` }).toBeGreaterThanOrEqual(count);
}

async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
}

/** The course model the player runs, read from the page's lesson list. */
async function lessonIds(page: Page): Promise<string[]> {
  return page
    .locator('.lesson-card a.button')
    .evaluateAll((links) => links.map((link) => decodeURIComponent(/#\/lesson\/([^/]+)/.exec((link as HTMLAnchorElement).hash)![1]!)));
}

test('over HTTP the service worker takes control; offline, every page and check opens in both languages', async ({ page, context }) => {
  // Every page of every lesson, twice: about 45 s on an idle 2-core machine; the limit only guards against a hang.
  test.setTimeout(240_000);
  await page.goto('./?lang=en');
  await controlled(page);
  await expect(page.getByRole('status')).toContainText('The course is now available offline too.');
  const ids = await lessonIds(page);
  expect(ids.length).toBeGreaterThanOrEqual(3);
  // The learner's language is kept first; the other follows once the browser is idle.
  await lessonTextsKept(page, ids.length * 2);

  await context.setOffline(true);
  for (const lang of ['de', 'en']) {
    await page.goto(`./?lang=${lang}`);
    await page.reload();
    await expect(page.locator('.lesson-card')).toHaveCount(ids.length);
    for (const id of ids) {
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#/lesson/${id}/1`);
      const content = await lessonContent(page, id, lang);
      // Every page in one page script (a round trip per page and image cost most of this test's time):
      // its heading must come up, and every image must load from the cache.
      const problems = await page.evaluate(
        async ({ id, titles }) => {
          const until = async (found: () => unknown, what: string) => {
            for (let waited = 0; waited < 10_000; waited += 20) {
              if (found()) return;
              await new Promise((resolve) => setTimeout(resolve, 20));
            }
            throw new Error(`${what}: not shown after 10 s`);
          };
          const found: string[] = [];
          for (const [index, title] of titles.entries()) {
            location.hash = `#/lesson/${id}/${index + 1}`;
            const where = `${id} page ${index + 1} "${title}"`;
            await until(() => document.querySelector('h1')?.textContent?.trim() === title.trim() && document.querySelector('.lesson-text'), where);
            const images = [...document.querySelectorAll<HTMLImageElement>('.lesson-text img')];
            await until(() => images.every((image) => image.complete), `${where}: its images`);
            for (const image of images) if (image.naturalWidth === 0) found.push(`${where}: ${image.getAttribute('src')} did not load`);
          }
          return found;
        },
        { id, titles: content.pages.map((lessonPage) => lessonPage.title) },
      );
      expect(problems).toEqual([]);
      await page.evaluate((hash) => {
        location.hash = hash;
      }, `#/lesson/${id}/check`);
      // The first language answered question 1; progress carries over to the second.
      await expect(page.locator('fieldset legend')).toBeVisible();
      if (lang === 'de') {
        await page.locator('.answers input').first().check();
        await page.locator('form.question button[type=submit]').click();
      }
      await expect(page.locator('.feedback .verdict')).toBeVisible();
    }
  }
});

test('a first visit keeps the learner’s language first: it is ready offline before any other language arrives', async ({ page, context }) => {
  // German lesson texts are held back until the English ones are all kept (the service worker's requests are routed too).
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await context.route(/\/content\/\d\d-[^/]+\.de\.[0-9a-f]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  // English is the course's second language: a learner in English gets English first.
  await page.goto('./?lang=en');
  await controlled(page);
  await expect(page.getByRole('status')).toContainText('The course is now available offline too.');
  const ids = await lessonIds(page);
  // Workbox answers the player's CACHE_URLS once each response is fetched, a moment before the last one is
  // written to the cache: so the count is polled. German texts are still held back meanwhile.
  await expect.poll(() => keptTexts(page, 'en'), 'every English lesson text, while German ones are held back').toBe(ids.length);
  expect(await keptTexts(page, 'de')).toBe(0);
  release();
  await lessonTextsKept(page, ids.length * 2);
  for (const lang of ['en', 'de']) await expect.poll(() => keptSearch(page, lang), `the ${lang} search shards are kept too`).toBe(ids.length);
});

test('the offline notice is shown once only, even when the course becomes available offline again', async ({ page }) => {
  // Notes in the page when a service worker it registered is installed, one task after the
  // player's own handlers (and the render they start) have run.
  await page.addInitScript(() => {
    if (!('ServiceWorkerContainer' in globalThis)) return;
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = async function (...args: Parameters<typeof register>) {
      const registration = await register.apply(this, args);
      const watch = (worker: ServiceWorker | null) =>
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') setTimeout(() => document.documentElement.setAttribute('data-test-sw-installed', ''));
        });
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
      return registration;
    };
  });
  const installed = page.locator('html[data-test-sw-installed]');
  await page.goto('./?lang=en');
  await expect(installed).toHaveCount(1, { timeout: 20_000 });
  await expect(page.getByText('available offline')).toBeVisible();
  // The browser drops the service worker and its caches (as clearing cached files does) but keeps
  // the site's storage: the next visit installs the worker again and reports "ready offline" again.
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
    for (const name of await caches.keys()) await caches.delete(name);
  });
  await page.goto('about:blank');
  await page.goto('./?lang=en');
  await expect(installed).toHaveCount(1, { timeout: 20_000 });
  await expect(lessonCard(page, '02-email')).toBeVisible();
  await expect(page.getByText('available offline')).toHaveCount(0);
});

test('from file:// a whole lesson with its check works, and progress survives a reload', async ({ page }) => {
  const index = pathToFileURL(resolve('dist/web/index.html')).href;
  await page.goto(`${index}?lang=en#/lesson/04-passwords/1`);
  const content = await lessonContent(page, '04-passwords', 'en');
  for (let number = 1; number <= content.pages.length; number++) {
    await expect(page.getByText(`Page ${number} of ${content.pages.length + 1}`)).toBeVisible();
    await page.getByRole('link', { name: number < content.pages.length ? 'Next' : 'To the knowledge check' }).click();
  }
  for (const question of content.questions) {
    for (const answer of question.answers.filter((a) => a.correct)) await page.locator(`.answers input[value="${answer.id}"]`).check();
    await page.locator('form.question button[type=submit]').click();
    await page.locator('form.question button[type=submit]').click();
  }
  await expect(page.locator('.check-result')).toContainText('Passed');
  await page.reload();
  await page.goto(`${index}?lang=en#/`);
  await expect(lessonCard(page, '04-passwords')).toContainText('Passed (100 %)');
  expect(await page.evaluate(() => 'serviceWorker' in navigator && navigator.serviceWorker.controller)).toBeFalsy();
});

test('from a sub-folder of a web server it works without configuration', async ({ page }) => {
  const root = await mkdtemp(join(tmpdir(), 'wachsam-subpath-'));
  await cp('dist/web', join(root, 'intranet/training/course'), { recursive: true });
  const server = await serveFolder(root);
  try {
    await page.goto(`${server.url}intranet/training/course/?lang=en#/lesson/02-email/2`);
    const { pages } = await lessonContent(page, '02-email', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(pages[1]!.title);
    await controlled(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(`${server.url}intranet/training/course/`);
  } finally {
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});

test.describe('updates', () => {
  /** Build B: the default course with a new title for one lesson, served after dist/web (build A). */
  let b: string;
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const built = await browserCourse('second-edition', {
      webOnly: true,
      prepare: async (work) => {
        await cp('lessons', join(work, 'lessons'), { recursive: true });
        const file = join(work, 'lessons/02-email/en.md');
        // A new title, and one sentence added to the lesson's first paragraph.
        const edited = (await readFile(file, 'utf8'))
          .replace(/^title: .*$/m, 'title: E-mail and phishing, second edition')
          .replace(/\n## (.*)\n\n([^\n]+)/, '\n## $1\n\n$2 This is the second edition.');
        await writeFile(file, edited);
        return ['--lessons', join(work, 'lessons')];
      },
    });
    b = built.out;
  });

  test('an update costs the changed lesson text, its search shard and its language’s index; the precache list holds no lesson text', async () => {
    const [a, bEntries] = [await offlineEntries('dist/web'), await offlineEntries(join(b, 'web'))];
    const key = (entry: PrecacheEntry) => `${entry.url} ${entry.revision}`;
    expect(
      a.filter((entry) => /^content\/\d\d-[^/]+\.(de|en)\.[0-9a-f]+\.js$/.test(entry.url)).length,
      'every lesson in both languages',
    ).toBeGreaterThanOrEqual(24);
    const precached = (await precacheEntries('dist/web')).map((entry) => entry.url);
    expect(precached, 'index.html, the player and the indexes are precached').toEqual(
      expect.arrayContaining(['index.html', 'content/lessons.de.js', 'content/lessons.en.js', expect.stringMatching(/^assets\/.+\.js$/)]),
    );
    expect(
      precached.filter((url) => /^content\/\d\d-[^/]+\.(de|en)\./.test(url)),
      'no lesson text in the precache list',
    ).toEqual([]);
    // New or changed in B: what a learner's browser fetches again. Everything else keeps its name and revision.
    const changed = (from: PrecacheEntry[], to: PrecacheEntry[]) =>
      to
        .filter((entry) => !from.map(key).includes(key(entry)))
        .map((entry) => entry.url)
        .sort();
    const expected = [
      expect.stringMatching(/^content\/02-email\.en-search\.[0-9a-f]+\.js$/),
      expect.stringMatching(/^content\/02-email\.en\.[0-9a-f]+\.js$/),
      'content/lessons.en.js',
    ];
    expect(changed(a, bEntries)).toEqual(expected);
    expect(changed(bEntries, a)).toEqual(expected);
  });

  test('a new version is announced, arrives on reload with nothing mixed, and progress stays', async ({ page }) => {
    const server = await serveFolder('dist/web');
    try {
      await page.goto(`${server.url}?lang=en#/lesson/05-malware/2`);
      await controlled(page);
      await expect(page.getByText('available offline')).toBeVisible();

      server.serve(join(b, 'web'));
      await page.goto(`${server.url}?lang=en#/`);
      await page.reload();
      await expect(page.getByRole('status').filter({ hasText: 'A new version of the course is ready.' })).toBeVisible({ timeout: 20_000 });
      await expect(lessonCard(page, '02-email')).toContainText('E-mail and phishing');
      await expect(lessonCard(page, '02-email')).not.toContainText('second edition');

      await page.getByRole('button', { name: 'Reload now' }).click();
      await expect(lessonCard(page, '02-email')).toContainText('E-mail and phishing, second edition', { timeout: 20_000 });
      await expect(lessonCard(page, '05-malware')).toContainText('In progress');
      const report = JSON.parse(await readFile(join(b, 'report.json'), 'utf8')) as { course: { buildId: string } };
      const running = await page.evaluate(() => [...document.scripts].map((script) => script.src).filter(Boolean));
      const served = (await readFile(join(b, 'web', 'index.html'), 'utf8')).match(/assets\/[^"]+\.js/)![0];
      expect(
        running.some((src) => src.endsWith(served)),
        `runs B's player (${report.course.buildId})`,
      ).toBe(true);
      await page.evaluate(() => {
        location.hash = '#/lesson/02-email/1';
      });
      await expect(page.locator('.eyebrow')).toHaveText('E-mail and phishing, second edition');
    } finally {
      await server.close();
    }
  });

  test.describe('without a service worker (plain HTTP on an intranet)', () => {
    test.use({ serviceWorkers: 'block' });
    test('a lesson index the browser cache kept across an update still opens the changed lesson, in its new edition', async ({ page }) => {
      // Every file may be kept an hour: the browser then takes the lesson index from its cache.
      const server = await serveFolder('dist/web', 0, { maxAge: 3600 });
      try {
        await page.goto(`${server.url}?lang=en#/`);
        await expect(lessonCard(page, '02-email')).toContainText('E-mail and phishing');
        server.serve(join(b, 'web'));
        await page.goto(`${server.url}?lang=en&again=1#/lesson/02-email/1`);
        await expect(page.locator('.lesson-text')).toContainText('This is the second edition.');
        await expect(page.locator('.eyebrow')).toHaveText('E-mail and phishing, second edition');
      } finally {
        await server.close();
      }
    });
  });
});

test('offline after a browser restart: a lesson never opened before still opens', async ({ baseURL }) => {
  const profile = await mkdtemp(join(tmpdir(), 'wachsam-profile-'));
  const launch = () =>
    chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update'],
      locale: 'en-GB',
    });
  try {
    const first = await launch();
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(`${baseURL}?lang=en`);
    await controlled(page);
    await expect(page.getByText('available offline')).toBeVisible();
    await first.close();

    const second = await launch();
    await second.setOffline(true);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto(`${baseURL}?lang=en#/lesson/05-malware/4`);
    await expect(again.getByText(/^Page 4 of/)).toBeVisible();
    await expect(again.locator('.lesson-text')).toBeVisible();
    await second.close();
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
});
