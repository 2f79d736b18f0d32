import { registerSW } from 'virtual:pwa-register';

export type OfflineEvent = { type: 'offlineReady' } | { type: 'updateReady'; apply: () => void };
export type OfflineListener = (event: OfflineEvent) => void;

/**
 * Registers the service worker, over HTTP(S) only (file:// has none), and reports when the whole
 * course is cached for offline use and when a new version waits.
 *
 * A waiting version is always announced and applied when the learner asks. One that was already
 * waiting when this page loaded (the learner reloaded instead of using the notice) is also applied
 * at once, so a reload brings it; should the browser not let it take over yet, the notice stays.
 * When any tab applies an update, every tab reloads, so none keeps running the old player against
 * the new files.
 */
export function startOffline(): (listener: OfflineListener) => void {
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
  if (!/^https?:$/.test(location.protocol) || !('serviceWorker' in navigator)) return subscribe;

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
    onOfflineReady: () => report({ type: 'offlineReady' }),
    onNeedRefresh: () => report({ type: 'updateReady', apply: () => void activateWaiting() }),
  });
  return subscribe;
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
