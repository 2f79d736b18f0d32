import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import type { CourseModel } from '../../shared/courseModel.ts';
import { LESSON_FILE_GLOBS, type OfflineSettings } from '../../shared/offlineFiles.ts';
import { MAX_OFFLINE_FILE_BYTES, OFFLINE_IMAGE_TYPES } from '../../shared/offlineLimits.ts';

/**
 * What the precache list holds: everything but the lessons' texts (the player, index.html, the theme and
 * its fonts, each language's lesson index, the credits, the licences, the lesson images). Output names have
 * lower-case extensions (src/compiler/course/outputNames.ts), so these match. The web app manifest is not
 * listed: vite-plugin-pwa adds it itself.
 */
const PRECACHE = [`**/*.{html,js,css,${OFFLINE_IMAGE_TYPES.join(',')},txt,json,woff,woff2,ttf,otf}`];

/** The service worker's source: Workbox's modules, put together in src/player/offline/worker/sw.ts. */
const WORKER_DIR = fileURLToPath(new URL('../../player/offline/worker/', import.meta.url));

/** What the service worker is told about the course (`__WACHSAM_OFFLINE__`). */
export function offlineSettings(course: CourseModel): OfflineSettings {
  const lessonFiles = course.lessons.reduce((sum, lesson) => sum + Object.keys(lesson.files).length, 0);
  return {
    courseId: course.id,
    ...(course.raffle?.endpoint ? { raffleEndpoint: course.raffle.endpoint } : {}),
    ...(course.completion ? { completionEndpoint: course.completion.endpoint } : {}),
    maxLessonFiles: Math.max(200, lessonFiles * 4),
  };
}

/**
 * The Workbox service worker and the web app manifest of the intranet bundle. The precache list is
 * small and does not grow with the course; lesson files are cached as the player asks for them (its
 * language first), so every lesson opens offline once the course was visited over HTTP(S). A new build
 * is a new precache: it installs beside the old one and waits until the learner reloads through the
 * player's notice; then the old cache is cleaned up.
 */
export function serviceWorker(course: CourseModel): Plugin[] {
  const lang = course.languages[0]!;
  const { brand } = course;
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    manifestFilename: 'manifest.webmanifest',
    includeManifestIcons: false,
    manifest: {
      id: `./?course=${course.id}`,
      name: course.title[lang],
      short_name: course.id,
      description: course.description[lang],
      lang,
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: brand.colors.light.background,
      theme_color: brand.colors.light.primary,
      icons: [
        {
          src: brand.icon,
          sizes: brand.iconSizes,
          type: brand.icon.endsWith('.png') ? 'image/png' : 'image/svg+xml',
          purpose: 'any',
        },
      ],
    },
    strategies: 'injectManifest',
    srcDir: WORKER_DIR,
    filename: 'sw.ts',
    injectManifest: {
      globPatterns: PRECACHE,
      globIgnores: ['sw.js', ...LESSON_FILE_GLOBS],
      maximumFileSizeToCacheInBytes: MAX_OFFLINE_FILE_BYTES,
      rollupFormat: 'iife',
      sourcemap: false,
    },
  });
}

/** For builds without a service worker (SCORM, dev): the register module does nothing. */
export function noServiceWorker(): Plugin {
  const id = 'virtual:pwa-register';
  return {
    name: 'wachsam-no-service-worker',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) => (source === `\0${id}` ? 'export function registerSW() { return async () => {}; }' : undefined),
  };
}
