import { useEffect } from 'preact/hooks';
import { useLessonContent } from '../content/useLessonContent.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { hrefFor } from '../router.ts';
import { visitPage } from '../../shared/progress.ts';
import { courseComplete } from '../state/courseCompletion.ts';
import { ContentStatus } from './ContentStatus.tsx';
import { KnowledgeCheck } from './KnowledgeCheck.tsx';
import { LessonProgressBar } from './LessonProgressBar.tsx';
import { NotFound } from './NotFound.tsx';
import { otherLang } from './Overview.tsx';
import { PageHeading, ViewTitle } from './PageHeading.tsx';

export function LessonPage({ lessonId, page }: { lessonId: string; page: number }) {
  const { course, lang, t, progress, update } = usePlayer();
  const meta = metaOf(course, lessonId, lang);
  const content = useLessonContent(lessonId, meta);
  const pageCount = meta?.pageCount ?? 0;
  const hasCheck = (meta?.questionCount ?? 0) > 0;
  const exists = !!meta && page <= pageCount;

  useEffect(() => {
    if (exists) update((state) => visitPage(state, lessonId, page, pageCount, hasCheck));
  }, [lessonId, page, exists]);

  if (meta && hasCheck && page === pageCount + 1) return <KnowledgeCheck lessonId={lessonId} />;
  if (!meta || !exists) return <NotFound />;

  const total = pageCount + (hasCheck ? 1 : 0);
  const next =
    page < pageCount
      ? { href: hrefFor({ name: 'page', lessonId, page: page + 1 }), label: t('next') }
      : hasCheck
        ? { href: hrefFor({ name: 'check', lessonId }), label: t('toCheck') }
        : courseComplete(course, progress)
          ? { href: hrefFor({ name: 'end' }), label: t('toCourseEnd') }
          : { href: hrefFor({ name: 'overview' }), label: t('backToOverview') };
  const textLang = otherLang(meta.lang, lang);
  return (
    <article class="page lesson-page">
      <p class="eyebrow" lang={textLang}>
        {meta.title}
      </p>
      {content.status === 'ready' ? (
        <>
          <PageHeading view={`${content.content.pages[page - 1]!.title} · ${meta.title}`}>
            <span lang={textLang}>{content.content.pages[page - 1]!.title}</span>
          </PageHeading>
          <LessonProgressBar page={page} total={total} />
          {textLang && <p class="notice">{t('lessonInOtherLanguage')}</p>}
          {page === 1 && content.content.objectives.length > 0 && (
            <section class="objectives" aria-labelledby="objectives-heading">
              <h2 id="objectives-heading">{t('objectives')}</h2>
              <ul lang={textLang}>
                {content.content.objectives.map((objective) => (
                  <li key={objective}>{objective}</li>
                ))}
              </ul>
            </section>
          )}
          <div class="lesson-text" lang={textLang} dangerouslySetInnerHTML={{ __html: content.content.pages[page - 1]?.html ?? '' }} />
        </>
      ) : (
        <>
          <ViewTitle view={meta.title} />
          <ContentStatus state={content} />
        </>
      )}
      <nav class="pager" aria-label={t('lessonPages')}>
        {page > 1 ? (
          <a class="button button-quiet" href={hrefFor({ name: 'page', lessonId, page: page - 1 })} rel="prev">
            {t('previous')}
          </a>
        ) : (
          <a class="button button-quiet" href={hrefFor({ name: 'overview' })}>
            {t('overview')}
          </a>
        )}
        <a class="button" href={next.href} rel="next">
          {next.label}
        </a>
      </nav>
    </article>
  );
}
