import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { wachsamPlugin } from '../../src/compiler/vitePlugin.ts';
import { playerViteConfig } from '../../src/compiler/viteConfig.ts';

/** `npm run dev`: lessons are live, and a mistake is reported without stopping the server. */
describe('dev server', () => {
  let work: string;
  let server: ViteDevServer;
  let base: string;
  const logged: string[] = [];

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wachsam-dev-'));
    await cp('lessons', join(work, 'lessons'), { recursive: true });
    vi.spyOn(console, 'log').mockImplementation((line: unknown) => void logged.push(String(line)));
    server = await createServer({
      ...playerViteConfig({ coursePlugin: wachsamPlugin({ lessonsDir: join(work, 'lessons'), themeDir: 'themes/default' }) }),
      configFile: false,
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    base = server.resolvedUrls!.local[0]!;
  });
  afterAll(async () => {
    await server?.close();
    vi.restoreAllMocks();
    await rm(work, { recursive: true, force: true });
  });

  const courseModule = async () => (await fetch(`${base}@id/virtual:wachsam/course`)).text();

  it('serves the course and picks up an edited lesson', async () => {
    expect(await courseModule()).toContain('"E-mail and phishing"');
    const file = join(work, 'lessons/02-email/en.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/^title: .*$/m, 'title: Mail safety live'));
    await vi.waitFor(async () => expect(await courseModule()).toContain('"Mail safety live"'), { timeout: 10_000, interval: 200 });
  });

  it('reports a mistake with file, line and column, keeps running and recovers', async () => {
    const file = join(work, 'lessons/04-passwords/en.md');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace(/^duration: .*$/m, 'duration: soon'));
    await vi.waitFor(() => expect(logged.join('\n')).toMatch(/04-passwords\/en\.md:\d+:\d+ error F003 Frontmatter key "duration"/), {
      timeout: 10_000,
      interval: 200,
    });
    expect(await courseModule()).toContain('"Mail safety live"');

    await writeFile(file, good.replace(/^title: .*$/m, 'title: Passwords fixed'));
    await vi.waitFor(async () => expect(await courseModule()).toContain('"Passwords fixed"'), { timeout: 10_000, interval: 200 });
  });

  it('serves lesson text and images', async () => {
    const model = await courseModule();
    const buildId = /"buildId":"([0-9a-f]+)"/.exec(model)![1]!;
    const contentFile = `content/02-email.en.${buildId}.js`;
    const script = await fetch(`${base}${contentFile}`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('wachsamLessons');
    const image = await fetch(`${base}content/02-email/phishing-mail.svg`);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
  });
});
