import type { ContentState } from '../content/useLessonContent.ts';
import { usePlayer } from '../playerContext.ts';

/** What shows while a lesson's text loads, or when it could not be loaded. */
export function ContentStatus({ state }: { state: ContentState }) {
  const { t } = usePlayer();
  if (state.status === 'failed') {
    return (
      <div class="notice" role="alert">
        <p>{t('loadFailed')}</p>
        <button type="button" class="button" onClick={state.retry}>
          {t('tryAgain')}
        </button>
      </div>
    );
  }
  return <p class="loading">{t('loading')}</p>;
}
