import type { Plugin } from 'vite';

/**
 * Browsers refuse module scripts from file://, so the player is bundled as one classic script
 * (an IIFE) and index.html loads it with `defer` instead of `type="module"`. The `crossorigin`
 * attributes go too: from file:// every request would count as cross-origin and fail.
 */
export function classicScripts(): Plugin {
  return {
    name: 'wachsam-classic-scripts',
    apply: 'build',
    config: () => ({
      build: { rollupOptions: { output: { format: 'iife' }, checks: { emptyImportMeta: false } } },
    }),
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src="([^"]+)"><\/script>/g, '<script defer src="$1"></script>')
          .replace(/(<link rel="stylesheet") crossorigin/g, '$1'),
    },
  };
}
