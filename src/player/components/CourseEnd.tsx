import { lessonProgress, lessonStatus } from '../../shared/progress.ts';
import { CompletionReceipt } from '../completion/CompletionReceipt.tsx';
import { longDate } from '../i18n/longDate.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { hrefFor } from '../router.ts';
import { useCompletedOn } from '../state/useCompletedOn.ts';
import { MissingLessons } from './MissingLessons.tsx';
import { otherLang } from './Overview.tsx';
import { PageHeading } from './PageHeading.tsx';

/**
 * The end of the course (route `#/end`): what the learner completed and with which results, the
 * organisation's next steps, and the way to the certificate. Before the end, what is still missing.
 */
export function CourseEnd() {
  const { course, lang, t, progress } = usePlayer();
  const completedOn = useCompletedOn();
  if (!completedOn) {
    return (
      <article class="page course-end">
        <PageHeading view={t('courseEnd')}>{t('courseEnd')}</PageHeading>
        <MissingLessons />
        <p>
          <a href="#/">{t('backToOverview')}</a>
        </p>
      </article>
    );
  }
  const metas = course.lessons.map((lesson) => ({ id: lesson.id, meta: metaOf(course, lesson.id, lang)! }));
  const minutes = metas.reduce((sum, { meta }) => sum + meta.duration, 0);
  return (
    <article class="page course-end">
      <PageHeading view={t('courseEnd')}>{t('endHeading')}</PageHeading>
      <p class="lead">{t('endCompletedOn', { date: longDate(completedOn, lang) })}</p>
      <section aria-labelledby="end-results-heading">
        <h2 id="end-results-heading">{t('endResultsHeading')}</h2>
        <p>{t('endSummary', { count: metas.length, minutes })}</p>
        <ul class="end-results">
          {metas.map(({ id, meta }) => {
            const best = lessonProgress(progress, id).best;
            const checked = lessonStatus(progress, id, meta.questionCount > 0) === 'passed';
            return (
              <li key={id}>
                <span lang={otherLang(meta.lang, lang)}>{meta.title}</span>
                {': '}
                {checked && best !== undefined ? t('endResultScore', { score: best }) : t('endResultRead')}
              </li>
            );
          })}
        </ul>
      </section>
      {course.nextSteps.length > 0 && (
        <section aria-labelledby="next-steps-heading">
          <h2 id="next-steps-heading">{t('nextStepsHeading')}</h2>
          <ul class="next-steps">
            {course.nextSteps.map((step) => (
              <li key={step[lang]}>{step[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      {course.organisation.contacts.length > 0 && (
        <p>
          <a href={hrefFor({ name: 'contacts' })}>{t('endContacts')}</a>
        </p>
      )}
      {__WACHSAM_COMPLETION__ && course.completion && <CompletionReceipt completedOn={completedOn} />}
      {course.certificate && (
        <section class="end-certificate" aria-labelledby="end-certificate-heading">
          <h2 id="end-certificate-heading">{t('certificateTitle')}</h2>
          <p>{t('endCertificateText')}</p>
          <a class="button" href={hrefFor({ name: 'certificate' })}>
            {t('endCertificateLink')}
          </a>
        </section>
      )}
      <p>{t('endReview')}</p>
      <p>
        <a href="#/">{t('backToOverview')}</a>
      </p>
    </article>
  );
}
