import { lessonStatus } from '../../shared/progress.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { lessonsToFinish } from '../state/courseCompletion.ts';
import { lessonHref } from '../state/lessonHref.ts';
import { otherLang } from './Overview.tsx';

/** What stands between the learner and the course end: each unfinished lesson, what it still needs, and a link there. */
export function MissingLessons() {
  const { course, lang, t, progress } = usePlayer();
  const missing = lessonsToFinish(course, progress);
  return (
    <>
      <p>{t('notCompleteYet')}</p>
      <p id="still-to-do">{t('stillToDo', { count: missing.length })}</p>
      <ul class="missing-lessons" aria-labelledby="still-to-do">
        {missing.map((id) => {
          const meta = metaOf(course, id, lang)!;
          const status = lessonStatus(progress, id, meta.questionCount > 0);
          return (
            <li key={id}>
              <a href={lessonHref(progress, id, meta)} lang={otherLang(meta.lang, lang)}>
                {meta.title}
              </a>
              {`: ${meta.questionCount > 0 ? t('missingCheck') : t('missingRead')} (${t(`status.${status}`)})`}
            </li>
          );
        })}
      </ul>
    </>
  );
}
