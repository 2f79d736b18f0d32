import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import type { InlineConfig, Plugin } from 'vite';
import { classicScripts } from '../offline/classicScripts.ts';
import { noServiceWorker, offlineSettings, serviceWorker } from '../offline/serviceWorker.ts';
import type { CourseModel } from '../../shared/courseModel.ts';

/** The player's source folder, holding index.html. */
export const playerRoot = fileURLToPath(new URL('../../player/', import.meta.url));

/** What a build is for: the intranet bundle or one of the SCORM packages. */
export type BuildTarget = 'web' | 'scorm12' | 'scorm2004';

export interface PlayerBuild {
  /** Hands the course to the player (see vitePlugin.ts). */
  coursePlugin: Plugin;
  outDir?: string;
  /** @default 'web' */
  target?: BuildTarget;
  /** The compiled course, for the web app manifest; without it (dev) there is no service worker. */
  course?: CourseModel;
}

/** Vite settings shared by the dev server (vite.config.ts) and the CLI's build. */
export function playerViteConfig({ coursePlugin, outDir, target = 'web', course }: PlayerBuild): InlineConfig {
  const offline = target === 'web' && course ? serviceWorker(course) : [noServiceWorker()];
  return {
    define: {
      __WACHSAM_TARGET__: JSON.stringify(target),
      // The dev server does not know the course at start-up, so it keeps the raffle code.
      __WACHSAM_RAFFLE__: JSON.stringify(course ? !!course.raffle : true),
      // Likewise the completion receipt's; SCORM builds get a course without it (buildCourse.ts).
      __WACHSAM_COMPLETION__: JSON.stringify(course ? !!course.completion : true),
      // Read by the service worker, whose build shares these definitions (vite-plugin-pwa's injectManifest).
      ...(target === 'web' && course ? { __WACHSAM_OFFLINE__: JSON.stringify(offlineSettings(course)) } : {}),
    },
    root: playerRoot,
    base: './',
    publicDir: false,
    plugins: [preact(), coursePlugin, classicScripts(), ...offline],
    build: {
      outDir,
      emptyOutDir: true,
      assetsDir: 'assets',
      target: 'es2020',
      modulePreload: { polyfill: false },
      // One CSS file that index.html links: split CSS would be injected by the classic (IIFE) player
      // as a <style> element, which the page's Content-Security-Policy refuses.
      cssCodeSplit: false,
      reportCompressedSize: false,
    },
    server: { port: 5173 },
    logLevel: 'warn',
  };
}
