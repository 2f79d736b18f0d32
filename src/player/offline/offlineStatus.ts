import { registerSW } from 'virtual:pwa-register';

export type OfflineEvent = { type: 'offlineReady' } | { type: 'updateReady'; apply: () => void };
export type OfflineListener = (event: OfflineEvent) => void;

export interface Offline {
  subscribe: (listener: OfflineListener) => void;
  /**
   * Asks the service worker to keep these files (a language's lessons, relative to index.html) for offline
   * use; resolves true once it has them all. `announce`: then the learner is told the course is ready
   * for offline use. Resolves false where there is no service worker (file://, a browser without).
   */
  keep: (urls: string[], announce: boolean) => Promise<boolean>;
}

/**
 * Registers the service worker, over HTTP(S) only (file:// has none), and reports when the learner's
 * language of the course is cached for offline use (`keep`) and when a new version waits.
 *
 * A waiting version is always announced and applied when the learner asks. One that was already
 * waiting when this page loaded (the learner reloaded instead of using the notice) is also applied
 * at once, so a reload brings it; should the browser not let it take over yet, the notice stays.
 * When any tab applies an update, every tab reloads, so none keeps running the old player against
 * the new files.
 */
export function startOffline(): Offline {
  const listeners = new Set<OfflineListener>();
  let last: OfflineEvent | undefined;
  const report = (event: OfflineEvent) => {
    last = event;
    for (const listener of listeners) listener(event);
  };
  const subscribe = (listener: OfflineListener) => {
    listeners.add(listener);
    if (last) listener(last);
  };
  const supported = /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator;
  const keep = async (urls: string[], announce: boolean): Promise<boolean> => {
    if (!supported) return false;
    const kept = await keepForOffline(urls);
    if (kept && announce) report({ type: 'offlineReady' });
    return kept;
  };
  if (!supported) return { subscribe, keep };

  const controlled = !!navigator.serviceWorker.controller;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled && !reloading) {
      reloading = true;
      location.reload();
    }
  });
  let waitingAtLoad = false;
  registerSW({
    immediate: true,
    onRegisteredSW: (_url, registration) => {
      waitingAtLoad = controlled && !!registration?.waiting;
      if (waitingAtLoad) afterLoad(() => void activateWaiting());
    },
    onNeedRefresh: () => report({ type: 'updateReady', apply: () => void activateWaiting() }),
  });
  return { subscribe, keep };
}

/**
 * Workbox's CACHE_URLS message to the active service worker, which caches the files through its lesson
 * route (files it has already are not fetched again) and answers once all are there.
 */
async function keepForOffline(urls: string[]): Promise<boolean> {
  const worker = (await navigator.serviceWorker.ready).active;
  if (!worker) return false;
  return new Promise<boolean>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(true);
    worker.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: urls } }, [channel.port2]);
  });
}

/**
 * Asks the waiting service worker to take over; the controllerchange above then reloads. Chromium
 * may drop the message while the page is still loading, so it is sent after `load` and repeated
 * until the worker has moved on.
 */
async function activateWaiting(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration();
  for (let attempt = 0; attempt < 10 && registration?.waiting; attempt++) {
    registration.waiting.postMessage({ type: 'SKIP_WAITING' });
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

function afterLoad(run: () => void): void {
  if (document.readyState === 'complete') run();
  else addEventListener('load', run, { once: true });
}
