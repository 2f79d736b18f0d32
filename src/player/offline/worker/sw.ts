/// <reference lib="webworker" />
import { BackgroundSyncPlugin } from 'workbox-background-sync';
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { getOrCreateDefaultRouter } from 'workbox-routing/utils/getOrCreateDefaultRouter.js';
import { CacheFirst, NetworkOnly } from 'workbox-strategies';
import { isLessonFile, lessonCacheName, type OfflineSettings } from '../../../shared/offlineFiles.ts';

/**
 * The intranet bundle's service worker, built from Workbox's modules. Its precache list holds what every
 * learner needs (the player, index.html, the theme, each language's lesson index, the credits, the lesson
 * images): a few dozen files, not one more per lesson and language. Lesson texts are named by their
 * content, so a cached copy is always right: they live in a cache of their own, filled on first use and by the player,
 * which asks (Workbox's CACHE_URLS message) for its language's lessons first and the others when the
 * browser is idle. After an update a learner's browser fetches the changed precache entries (the lesson
 * index of the changed language) and the lesson files it does not have yet, and nothing else.
 */
declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };
declare const __WACHSAM_OFFLINE__: OfflineSettings;

const settings = __WACHSAM_OFFLINE__;
// Caches named after the course, as the generated worker's were: two courses on one site never share one.
setCacheNameDetails({ prefix: `wachsam-${settings.courseId}` });

// A new version waits until the learner reloads through the player's notice (offlineStatus.ts).
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();

// ?lang=en and other query strings still find the precached page and files.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
registerRoute(new NavigationRoute(createHandlerBoundToURL('index.html')));

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && isLessonFile(url.pathname),
  new CacheFirst({
    cacheName: lessonCacheName(settings.courseId),
    // Files of earlier versions are never asked for again: the oldest go once the cache holds four times the course.
    plugins: [new ExpirationPlugin({ maxEntries: settings.maxLessonFiles })],
  }),
);
getOrCreateDefaultRouter().addCacheListener();

// Raffle entries and completion receipts sent while offline are kept by Background Sync and sent when the
// network returns. The player also keeps and resends them itself; their idempotency keys make the
// receiver store each once, whichever copy arrives.
for (const [endpoint, queue] of [
  [settings.raffleEndpoint, 'wachsam-raffle'],
  [settings.completionEndpoint, 'wachsam-completion'],
] as const) {
  if (!endpoint) continue;
  registerRoute(({ url }) => url.href === endpoint, new NetworkOnly({ plugins: [new BackgroundSyncPlugin(queue, { maxRetentionTime: 7 * 24 * 60 })] }), 'POST');
}
