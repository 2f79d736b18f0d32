import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { CourseModel } from '../../shared/courseModel.ts';
import { MAX_OFFLINE_FILE_BYTES, OFFLINE_IMAGE_TYPES } from '../../shared/offlineLimits.ts';

/**
 * Everything the bundle is made of: the player, every lesson in every language, images, texts, the
 * theme's fonts. Output names have lower-case extensions (src/compiler/course/outputNames.ts), so these match.
 * The web app manifest is not listed: vite-plugin-pwa adds it itself.
 */
const PRECACHE = [`**/*.{html,js,css,${OFFLINE_IMAGE_TYPES.join(',')},txt,json,woff,woff2,ttf,otf}`];

/**
 * The Workbox service worker (generated, not hand-written) and the web app manifest of the intranet
 * bundle. Every file is precached, so any lesson opens offline once the course was visited over
 * HTTP(S). A new build is a new precache: it installs beside the old one and waits until the learner
 * reloads through the player's notice; then the old cache is cleaned up.
 */
export function serviceWorker(course: CourseModel): Plugin[] {
  const lang = course.languages[0]!;
  const { brand } = course;
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    filename: 'sw.js',
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
    workbox: {
      globPatterns: PRECACHE,
      navigateFallback: 'index.html',
      // ?lang=en and other query strings still find the precached page.
      ignoreURLParametersMatching: [/.*/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      inlineWorkboxRuntime: true,
      maximumFileSizeToCacheInBytes: MAX_OFFLINE_FILE_BYTES,
      cacheId: `wachsam-${course.id}`,
      // Raffle entries sent while offline are kept by Background Sync and sent when the network returns.
      runtimeCaching: course.raffle?.endpoint
        ? [
            {
              urlPattern: new RegExp(`^${course.raffle.endpoint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
              method: 'POST',
              handler: 'NetworkOnly',
              options: { backgroundSync: { name: 'wachsam-raffle', options: { maxRetentionTime: 7 * 24 * 60 } } },
            },
          ]
        : [],
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
