import { usePlayer } from '../playerContext.ts';
import type { LmsStringKey } from '../../shared/strings/lmsStrings.ts';
import type { LmsResult } from '../tracking/tracker.ts';

const statusKey: Record<NonNullable<LmsResult['status']>, LmsStringKey> = {
  passed: 'lmsStatusPassed',
  completed: 'lmsStatusCompleted',
  failed: 'lmsStatusFailed',
  incomplete: 'lmsStatusIncomplete',
};

/**
 * Shown on the overview when the LMS opened the course for review only: the learner is told that
 * nothing is recorded now, and sees the result the LMS holds instead of an empty course.
 */
export function LmsReviewNotice({ review }: { review: LmsResult }) {
  const { t } = usePlayer();
  const status = review.status ? t(statusKey[review.status]) : undefined;
  const result = status && (review.score === undefined ? status : t('lmsReviewScore', { status, score: review.score }));
  return (
    <section class="course-progress lms-review" role="status" aria-labelledby="lms-review-heading">
      <h2 id="lms-review-heading">{t('lmsReviewTitle')}</h2>
      <p class="lms-review-result">{result ? t('lmsReviewResult', { status: result }) : t('lmsReviewNoResult')}</p>
      <p>{t('lmsReview')}</p>
    </section>
  );
}
