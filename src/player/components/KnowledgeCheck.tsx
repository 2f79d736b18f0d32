import { useEffect, useState } from 'preact/hooks';
import { useLessonContent } from '../content/useLessonContent.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { lessonProgress, newSeed, startCheck, visitPage } from '../../shared/progress.ts';
import { CheckResult } from './CheckResult.tsx';
import { ContentStatus } from './ContentStatus.tsx';
import { LessonProgressBar } from './LessonProgressBar.tsx';
import { NotFound } from './NotFound.tsx';
import { otherLang } from './Overview.tsx';
import { PageHeading } from './PageHeading.tsx';
import { QuestionForm } from './QuestionForm.tsx';

/** The check at the end of a lesson: one question at a time, then the result. */
export function KnowledgeCheck({ lessonId }: { lessonId: string }) {
  const { course, lang, t, progress, update } = usePlayer();
  const meta = metaOf(course, lessonId, lang);
  const content = useLessonContent(lessonId, meta);
  const pageCount = meta?.pageCount ?? 0;
  const hasCheck = (meta?.questionCount ?? 0) > 0;

  // One seed for the first render and the stored attempt, so the answer order never jumps.
  const [seed] = useState(newSeed);
  useEffect(() => {
    if (!hasCheck) return;
    update((state) => startCheck(visitPage(state, lessonId, pageCount + 1, pageCount, true), lessonId, seed));
  }, [lessonId, hasCheck]);

  if (!meta || !hasCheck) return <NotFound />;
  const title = t('checkTitle', { title: meta.title });
  const check = lessonProgress(startCheck(progress, lessonId, seed), lessonId).check;
  const questions = content.status === 'ready' ? content.content.questions : [];
  return (
    <article class="page check-page">
      <PageHeading view={title}>{title}</PageHeading>
      <LessonProgressBar page={pageCount + 1} total={pageCount + 1} />
      {content.status !== 'ready' || !check ? (
        <ContentStatus state={content} />
      ) : check.result ? (
        <CheckResult lessonId={lessonId} result={check.result} />
      ) : (
        <div lang={otherLang(meta.lang, lang)}>
          <QuestionForm
            key={`${check.attempt}-${check.index}`}
            lessonId={lessonId}
            question={questions[Math.min(check.index, questions.length - 1)]!}
            index={Math.min(check.index, questions.length - 1)}
            total={questions.length}
            check={check}
            questions={questions}
          />
        </div>
      )}
    </article>
  );
}
