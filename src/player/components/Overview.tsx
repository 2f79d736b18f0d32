import { hrefFor } from '../router.ts';
import { lessonProgress, lessonStatus, type LessonStatus } from '../../shared/progress.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { RafflePanel } from '../raffle/RafflePanel.tsx';
import { CompletionReceipt } from '../completion/CompletionReceipt.tsx';
import { continueTarget } from '../state/continueTarget.ts';
import { PageHeading } from './PageHeading.tsx';
import { LmsReviewNotice } from './LmsReviewNotice.tsx';
import type { LmsResult } from '../tracking/tracker.ts';

const actionFor: Record<LessonStatus, 'start' | 'continue' | 'review' | 'retryCheck'> = {
  notStarted: 'start',
  inProgress: 'continue',
  failed: 'retryCheck',
  passed: 'review',
  completed: 'review',
};

/** `review`: set when the LMS opened the course for review only (SCORM). */
export function Overview({ review }: { review?: LmsResult } = {}) {
  const { course, lang, t, progress } = usePlayer();
  // In review mode an LMS may hand over no progress at all: then "0 of 12" would be false.
  const noCopy = review !== undefined && Object.keys(progress.lessons).length === 0;
  const statuses = course.lessons.map((lesson) => {
    const meta = metaOf(course, lesson.id, lang)!;
    return lessonStatus(progress, lesson.id, meta.questionCount > 0);
  });
  const done = statuses.filter((status) => status === 'passed' || status === 'completed').length;
  const total = course.lessons.length;
  const minutes = course.lessons.map((lesson) => metaOf(course, lesson.id, lang)!.duration);
  const minutesLeft = minutes.filter((_, index) => statuses[index] !== 'passed' && statuses[index] !== 'completed').reduce((sum, m) => sum + m, 0);
  const next = noCopy
    ? undefined
    : continueTarget(
        course.lessons.map((lesson) => lesson.id),
        statuses,
        progress.last,
      );
  return (
    <article class="overview">
      <PageHeading view={t('overview')}>{course.title[lang]}</PageHeading>
      <p class="lead">{course.description[lang]}</p>
      {__WACHSAM_TARGET__ !== 'web' && review && <LmsReviewNotice review={review} />}
      {next && <ContinueCard lessonId={next} />}
      {!noCopy && (
        <section class="course-progress" aria-labelledby="course-progress-heading">
          <h2 id="course-progress-heading">{t('courseProgress')}</h2>
          <progress max={total} value={done} aria-labelledby="course-progress-heading" />
          <p>{done === total ? t('courseComplete') : t('lessonsDone', { count: total, done })}</p>
          <p>{t('courseMinutes', { total: minutes.reduce((sum, m) => sum + m, 0), left: minutesLeft })}</p>
        </section>
      )}
      {__WACHSAM_COMPLETION__ && course.completion && <CompletionReceipt />}
      {__WACHSAM_RAFFLE__ && course.raffle && <RafflePanel />}
      <h2>{t('lessons')}</h2>
      <ol class="lesson-list">
        {course.lessons.map((lesson, index) => {
          const meta = metaOf(course, lesson.id, lang)!;
          const status = statuses[index]!;
          const saved = lessonProgress(progress, lesson.id);
          const target =
            status === 'failed'
              ? hrefFor({ name: 'check', lessonId: lesson.id })
              : hrefFor({ name: 'page', lessonId: lesson.id, page: status === 'inProgress' ? resumePage(saved.page, meta) : 1 });
          const action = t(actionFor[status]);
          return (
            <li key={lesson.id} class={`lesson-card status-${status}`}>
              <h3 lang={otherLang(meta.lang, lang)}>{meta.title}</h3>
              <p lang={otherLang(meta.lang, lang)}>{meta.summary}</p>
              <p class="lesson-facts">
                <span>{t('minutes', { count: meta.duration })}</span>
                {meta.questionCount > 0 && <span>{t('questions', { count: meta.questionCount })}</span>}
                <span class="lesson-status">
                  <span class="visually-hidden">{t('status')}: </span>
                  {t(`status.${status}`)}
                  {saved.best !== undefined && ` (${saved.best} %)`}
                </span>
              </p>
              <a class="button" href={target} aria-label={t('actionFor', { action, title: meta.title })}>
                {action}
              </a>
            </li>
          );
        })}
      </ol>
    </article>
  );
}

/** "Continue where you left off": the lesson, the page (or the check) and a link there. */
function ContinueCard({ lessonId }: { lessonId: string }) {
  const { course, lang, t, progress } = usePlayer();
  const meta = metaOf(course, lessonId, lang)!;
  const status = lessonStatus(progress, lessonId, meta.questionCount > 0);
  const saved = lessonProgress(progress, lessonId);
  const page = status === 'notStarted' ? 1 : resumePage(saved.page, meta);
  const atCheck = status === 'failed' || page > meta.pageCount;
  const target = atCheck ? hrefFor({ name: 'check', lessonId }) : hrefFor({ name: 'page', lessonId, page });
  return (
    <section class="continue-card" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{t('continueHeading')}</h2>
      <p>
        <span lang={otherLang(meta.lang, lang)}>{meta.title}</span>
        {': '}
        {atCheck ? t('continueAtCheck') : t('pageOf', { page, total: meta.pageCount })}
      </p>
      <a class="button" href={target} aria-label={t('actionFor', { action: t('continue'), title: meta.title })}>
        {t('continue')}
      </a>
    </section>
  );
}

/** The bookmark, within the lesson as it is now (it may have lost pages since the learner was here). */
function resumePage(page: number, meta: { pageCount: number; questionCount: number }): number {
  return Math.max(1, Math.min(page, meta.pageCount + (meta.questionCount > 0 ? 1 : 0)));
}

/** The `lang` attribute for text that fell back to another language than the page's. */
export function otherLang(textLang: string, pageLang: string): string | undefined {
  return textLang === pageLang ? undefined : textLang;
}
