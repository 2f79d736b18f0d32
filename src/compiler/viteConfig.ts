import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';

/** The player's source folder, holding index.html. */
export const playerRoot = fileURLToPath(new URL('../player/', import.meta.url));

/** What a build is for: the intranet bundle or one of the SCORM packages. */
export type BuildTarget = 'web' | 'scorm12' | 'scorm2004';

/** Vite settings shared by the dev server (vite.config.ts) and the CLI's build. */
export function playerViteConfig(course: Plugin, outDir?: string, target: BuildTarget = 'web'): InlineConfig {
  return {
    define: { __WACHSAM_TARGET__: JSON.stringify(target) },
    root: playerRoot,
    base: './',
    publicDir: false,
    plugins: [preact(), course],
    build: {
      outDir,
      emptyOutDir: true,
      assetsDir: 'assets',
      target: 'es2020',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
    },
    server: { port: 5173 },
    logLevel: 'warn',
  };
}
