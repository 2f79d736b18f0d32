import { usePlayer } from '../playerContext.ts';

/** "Page 3 of 7" with a bar; the check counts as the last page. */
export function LessonProgressBar({ page, total }: { page: number; total: number }) {
  const { t } = usePlayer();
  return (
    <div class="lesson-progress">
      <p class="page-count">{t('pageOf', { page, total })}</p>
      <progress max={total} value={page} aria-label={t('lessonProgress')} />
    </div>
  );
}
