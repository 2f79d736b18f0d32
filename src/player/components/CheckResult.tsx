import { useEffect, useRef } from 'preact/hooks';
import { passMarkOf } from '../../shared/courseModel.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { hrefFor } from '../router.ts';
import { newSeed, retryCheck, type CheckProgress } from '../../shared/progress.ts';
import { courseComplete } from '../state/courseCompletion.ts';

export function CheckResult({ lessonId, result }: { lessonId: string; result: NonNullable<CheckProgress['result']> }) {
  const { course, lang, t, progress, update } = usePlayer();
  const complete = result.passed && courseComplete(course, progress);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement?.closest('form, .check-result') || document.activeElement === document.body) {
      heading.current?.focus();
    }
  }, []);
  const position = course.lessons.findIndex((lesson) => lesson.id === lessonId);
  const following = course.lessons[position + 1];
  const followingMeta = following && metaOf(course, following.id, lang);
  return (
    <section class={`check-result ${result.passed ? 'passed' : 'failed'}`} aria-labelledby="result-heading">
      <h2 id="result-heading" ref={heading} tabIndex={-1}>
        {t('result')}
      </h2>
      <p class="score">{t('scoreLine', { right: result.right, total: result.total, score: result.score })}</p>
      <p>{t('passMarkLine', { passMark: passMarkOf(course, metaOf(course, lessonId, lang)!) })}</p>
      <p class="verdict">{result.passed ? t('passed') : t('failed')}</p>
      <div class="actions">
        {!result.passed && (
          <button type="button" class="button" onClick={() => update((state) => retryCheck(state, lessonId, newSeed()))}>
            {t('retry')}
          </button>
        )}
        {!result.passed && (
          <a class="button button-quiet" href={hrefFor({ name: 'page', lessonId, page: 1 })}>
            {t('rereadLesson')}
          </a>
        )}
        {complete && (
          <a class="button" href={hrefFor({ name: 'end' })}>
            {t('toCourseEnd')}
          </a>
        )}
        {result.passed && !complete && followingMeta && (
          <a class="button" href={hrefFor({ name: 'page', lessonId: following.id, page: 1 })}>
            {t('nextLesson', { title: followingMeta.title })}
          </a>
        )}
        <a class={`button ${result.passed && (followingMeta || complete) ? 'button-quiet' : result.passed ? '' : 'button-quiet'}`} href="#/">
          {t('backToOverview')}
        </a>
      </div>
    </section>
  );
}
