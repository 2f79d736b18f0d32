import type { ComponentChildren } from 'preact';
import { usePlayer } from '../playerContext.ts';

export function Notice({ children, onDismiss }: { children: ComponentChildren; onDismiss?: () => void }) {
  const { t } = usePlayer();
  return (
    <div class="notice" role="status">
      <div class="notice-text">{children}</div>
      {onDismiss && (
        <button type="button" class="button button-quiet" onClick={onDismiss}>
          {t('dismiss')}
        </button>
      )}
    </div>
  );
}
