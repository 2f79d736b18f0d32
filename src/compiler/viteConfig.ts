import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';

/** The player's source folder, holding index.html. */
export const playerRoot = fileURLToPath(new URL('../player/', import.meta.url));

/** Vite settings shared by the dev server (vite.config.ts) and the CLI's build. */
export function playerViteConfig(course: Plugin, outDir?: string): InlineConfig {
  return {
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
