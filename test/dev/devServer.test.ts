import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileCourse, type CompileOptions } from '../../src/compiler/compileCourse.ts';
import { wachsamPlugin } from '../../src/build/vite/vitePlugin.ts';
import { playerViteConfig } from '../../src/build/vite/viteConfig.ts';

/** `npm run dev`: lessons are live, and a mistake is reported without stopping the server. */
describe('dev server', () => {
  let work: string;
  let server: ViteDevServer;
  let base: string;
  const logged: string[] = [];
  /** What went to the browser: Vite shows `error` payloads as its overlay. */
  const sent: { type: string; err?: { message: string } }[] = [];
  /** Set to make the next compile throw, as a bug in the compiler would. */
  let breakNextCompile = false;
  const compiler = (options: CompileOptions) => {
    if (breakNextCompile) {
      breakNextCompile = false;
      return Promise.reject(new TypeError("Cannot read properties of undefined (reading 'title')"));
    }
    return compileCourse(options);
  };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wachsam-dev-'));
    await cp('lessons', join(work, 'lessons'), { recursive: true });
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void logged.push(String(line)));
    server = await createServer({
      ...playerViteConfig({ coursePlugin: wachsamPlugin({ lessonsDir: join(work, 'lessons'), themeDir: 'themes/default' }, compiler) }),
      configFile: false,
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    base = server.resolvedUrls!.local[0]!;
    const send = server.ws.send.bind(server.ws) as (payload: unknown) => void;
    vi.spyOn(server.ws, 'send').mockImplementation(((payload: { type: string; err?: { message: string } }) => {
      sent.push(payload);
      send(payload);
    }) as typeof server.ws.send);
  });
  afterAll(async () => {
    await server?.close();
    vi.restoreAllMocks();
    await rm(work, { recursive: true, force: true });
  });

  const courseModule = async () => (await fetch(`${base}@id/virtual:wachsam/course`)).text();
  /** The English lesson index, where the lessons' titles are (the course module holds none). */
  const englishIndex = async () => (await fetch(`${base}content/lessons.en.js`)).text();

  it('serves the course and picks up an edited lesson', async () => {
    expect(await englishIndex()).toContain('"E-mail and phishing"');
    // The player's course module is the shell: no lesson, so a lesson's edit leaves the player as it is.
    expect(await courseModule()).not.toContain('E-mail and phishing');
    const file = join(work, 'lessons/02-email/en.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Mail safety live'));
    await vi.waitFor(async () => expect(await englishIndex()).toContain('"Mail safety live"'), { timeout: 10_000, interval: 200 });
  });

  it('reports a mistake with file, line and column, keeps running and recovers', async () => {
    const file = join(work, 'lessons/04-passwords/en.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/^(title: .*)$/m, '$1\nduration: soon'));
    await vi.waitFor(() => expect(logged.join('\n')).toMatch(/04-passwords\/en\.md:\d+:\d+ error F003 Frontmatter key "duration"/), {
      timeout: 10_000,
      interval: 200,
    });
    expect(await englishIndex()).toContain('"Mail safety live"');

    await writeFile(file, good.replace(/^title: .*$/m, 'title: Passwords fixed'));
    await vi.waitFor(async () => expect(await englishIndex()).toContain('"Passwords fixed"'), { timeout: 10_000, interval: 200 });
  });

  it('serves lesson text and images', async () => {
    const model = await englishIndex();
    const contentFile = /"(content\/02-email\.en\.[0-9a-f]+\.js)"/.exec(model)![1]!;
    const script = await fetch(`${base}${contentFile}`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('wachsamLessons');
    const image = await fetch(`${base}content/02-email/phishing-mail.svg`);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
  });

  /** Edits a lesson's title and waits until the served course has it: the preview is alive. */
  const stillReloads = async (title: string) => {
    const file = join(work, 'lessons/02-email/en.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, `title: ${title}`));
    await vi.waitFor(async () => expect(await englishIndex()).toContain(`"${title}"`), { timeout: 10_000, interval: 200 });
  };

  it('survives a malformed URL and goes on serving', async () => {
    const response = await fetch(`${base}content/%E0%A4%A.js`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBeGreaterThanOrEqual(400);
    await stillReloads('After a bad URL');
  });

  it('reports a YAML alias bomb as Y002 in the terminal and the overlay, and the next save works', async () => {
    const file = join(work, 'lessons/04-passwords/en.md');
    const good = await readFile(file, 'utf8');
    const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (const [from, to] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
    ])
      bomb.push(`${to}: &${to} [${Array(9).fill(`*${from}`).join(', ')}]`);
    await writeFile(file, good.replace('---\n', `---\n${bomb.join('\n')}\n`));
    const expected = /04-passwords\/en\.md:3:8 error Y002 The YAML repeats values through aliases/;
    await vi.waitFor(() => expect(logged.join('\n')).toMatch(expected), { timeout: 10_000, interval: 200 });
    expect(
      sent
        .filter((payload) => payload.type === 'error')
        .map((payload) => payload.err?.message)
        .join('\n'),
    ).toMatch(expected);
    await writeFile(file, good);
    await stillReloads('After an alias bomb');
  });

  it('reports a compiler that throws in one line, without a stack trace, and the next save works', async () => {
    breakNextCompile = true;
    const file = join(work, 'lessons/02-email/en.md');
    await writeFile(file, `${await readFile(file, 'utf8')}\n`);
    const expected = "✖ The course could not be compiled: TypeError: Cannot read properties of undefined (reading 'title').";
    await vi.waitFor(() => expect(logged.join('\n')).toContain(expected), { timeout: 10_000, interval: 200 });
    const overlay = sent.filter((payload) => payload.type === 'error').at(-1);
    expect(overlay?.err?.message).toContain(expected);
    expect(overlay?.err?.message).not.toMatch(/\n\s+at /);
    await stillReloads('After a compiler failure');
  });
});

/** An author who starts `npm run dev` with a mistake in a lesson sees it, fixes it, and goes on. */
describe('dev server started with a broken lesson', () => {
  let work: string;
  let server: ViteDevServer;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wachsam-dev-broken-'));
    await cp('lessons', join(work, 'lessons'), { recursive: true });
    const file = join(work, 'lessons/02-email/en.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^(title: .*)$/m, '$1\nduration: soon'));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    server = await createServer({
      ...playerViteConfig({ coursePlugin: wachsamPlugin({ lessonsDir: join(work, 'lessons'), themeDir: 'themes/default' }) }),
      configFile: false,
      server: { port: 0, host: '127.0.0.1' },
      logLevel: 'silent',
    });
    await server.listen();
  });
  afterAll(async () => {
    await server?.close();
    vi.restoreAllMocks();
    await rm(work, { recursive: true, force: true });
  });

  it('starts, shows the mistake where the course would be, and serves the course once it is fixed', async () => {
    const base = server.resolvedUrls!.local[0]!;
    const course = () => fetch(`${base}@id/virtual:wachsam/course`);
    const broken = await course();
    expect(broken.status).toBe(500);
    expect(await broken.text()).toMatch(/02-email\/en\.md:\d+:\d+ error F003 Frontmatter key \\?"duration\\?"/);

    const file = join(work, 'lessons/02-email/en.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^duration: soon\n/m, '').replace(/^title: .*$/m, 'title: Fixed at last'));
    await vi.waitFor(async () => expect((await course()).status).toBe(200), { timeout: 10_000, interval: 200 });
    expect(await (await fetch(`${base}content/lessons.en.js`)).text()).toContain('"Fixed at last"');
  });
});
