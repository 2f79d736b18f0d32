import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wachsamPlugin } from '../../src/build/vite/vitePlugin.ts';
import { playerViteConfig } from '../../src/build/vite/viteConfig.ts';

/**
 * The preview links the theme's CSS and the preload script as the build does, and carries no
 * Content-Security-Policy: Vite's client injects inline scripts and styles there.
 */
describe('dev server page', () => {
  let server: ViteDevServer;
  let base: string;
  beforeAll(async () => {
    server = await createServer({
      ...playerViteConfig({ coursePlugin: wachsamPlugin({ lessonsDir: 'lessons', themeDir: 'themes/default' }) }),
      configFile: false,
      server: { port: 0, host: '127.0.0.1' },
    });
    await server.listen();
    base = server.resolvedUrls!.local[0]!;
  });
  afterAll(async () => server?.close());

  it('links a theme stylesheet and a preload script that it serves, and has no policy', async () => {
    const html = await (await fetch(base)).text();
    expect(html).not.toContain('Content-Security-Policy');
    const theme = /<link rel="stylesheet" href="\.\/(theme-[0-9a-f]+\.css)"/.exec(html)?.[1];
    const preload = /<script src="\.\/(preload-[0-9a-f]+\.js)"><\/script>/.exec(html)?.[1];
    const css = await fetch(`${base}${theme}`);
    expect(css.headers.get('content-type')).toBe('text/css');
    expect(await css.text()).toContain('--w-color-primary:#1d4e89');
    const js = await fetch(`${base}${preload}`);
    expect(js.headers.get('content-type')).toBe('text/javascript');
    expect(await js.text()).toContain('content/lessons.en.js');
    // The lesson index it starts loading is served too, naming every lesson.
    const index = await fetch(`${base}content/lessons.en.js`);
    expect(index.headers.get('content-type')).toBe('text/javascript');
    expect(await index.text()).toContain('"id":"01-security-role"');
  });
});
