import { useEffect, useState } from 'preact/hooks';
import { offlineReadyShownKey } from '../../shared/storageKeys.ts';
import type { OfflineEvent, OfflineListener } from '../offline/offlineStatus.ts';
import { usePlayer } from '../playerContext.ts';
import { browserStorage } from '../tracking/localTracker.ts';
import { Notice } from './Notice.tsx';

/** "Ready for offline use" (once per browser) and "a new version is ready" with a reload button. */
export function OfflineNotice({ subscribe }: { subscribe: (listener: OfflineListener) => void }) {
  const { course, t } = usePlayer();
  const [event, setEvent] = useState<OfflineEvent>();
  const [dismissed, setDismissed] = useState(false);
  useEffect(
    () =>
      subscribe((next) => {
        setDismissed(false);
        setEvent(next);
      }),
    [],
  );
  const shownKey = offlineReadyShownKey(course.id);
  const [alreadyShown] = useState(() => readFlag(shownKey));
  useEffect(() => {
    if (event?.type === 'offlineReady') writeFlag(shownKey);
  }, [event]);

  if (!event || dismissed) return null;
  if (event.type === 'offlineReady') {
    return alreadyShown ? null : <Notice onDismiss={() => setDismissed(true)}>{t('offlineReady')}</Notice>;
  }
  return (
    <Notice onDismiss={() => setDismissed(true)}>
      {t('updateReady')}{' '}
      <button type="button" class="button" onClick={event.apply}>
        {t('reloadNow')}
      </button>
    </Notice>
  );
}

function readFlag(key: string): boolean {
  try {
    return browserStorage()?.getItem(key) === '1';
  } catch {
    return false;
  }
}

function writeFlag(key: string): void {
  try {
    browserStorage()?.setItem(key, '1');
  } catch {
    // Showing the notice again next time is harmless.
  }
}
