import { useEffect, useState } from 'preact/hooks';
import { CREDITS_KEY, type CourseCredits } from '../../shared/courseModel.ts';
import { courseChanges } from '../content/courseChanges.ts';
import { loadRegistered } from '../content/loadRegistered.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { PageHeading } from './PageHeading.tsx';

/** Authors, sources and review date of every lesson, from the credits script (loaded here only). */
function Credits() {
  const { course, lang, t } = usePlayer();
  const [credits, setCredits] = useState<CourseCredits>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadRegistered<CourseCredits>(course.creditsFile, CREDITS_KEY).then(setCredits, () => setFailed(true));
  }, []);
  if (failed) return <p>{t('loadFailed')}</p>;
  if (!credits) return <p class="loading">{t('loading')}</p>;
  return (
    <ul class="attribution">
      {course.lessons.map((lesson) => {
        const meta = metaOf(course, lesson.id, lang)!;
        const credit = credits[lesson.id]?.[lang];
        if (!credit) return null;
        return (
          <li key={lesson.id} lang={meta.lang === lang ? undefined : meta.lang}>
            <h3>{meta.title}</h3>
            {credit.authors.length > 0 && <p>{t('authorsOf', { names: credit.authors.join(', ') })}</p>}
            <p>{t('reviewedOn', { date: credit.reviewed })}</p>
            <p>{t('sourcesOf')}:</p>
            <ul>
              {credit.sources.map((source) => (
                <li key={source.title + (source.url ?? '')}>
                  {source.url ? (
                    <a href={source.url} rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                  {source.date && ` (${t('sourceDated', { date: source.date })})`}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

/** What the organisation changed, as CC BY-SA 4.0 asks ("indicate if changes were made"); nothing when it changed nothing. */
function AdaptedBy() {
  const { course, lang, t } = usePlayer();
  const changes = courseChanges(course, lang);
  if (!changes) return null;
  const { added, replaced, localised } = changes;
  return (
    <section aria-labelledby="adapted-heading">
      <h2 id="adapted-heading">{changes.by === undefined ? t('adaptedHeadingUnnamed') : t('adaptedHeading', { name: changes.by })}</h2>
      <p>{t('originalCourse')}</p>
      {added.length + replaced.length + localised.length > 0 && (
        <>
          <p>{t('adaptedIntro')}</p>
          <ul>
            {added.length > 0 && <li>{t('lessonsAdded', { titles: added.join(', ') })}</li>}
            {replaced.length > 0 && <li>{t('lessonsReplaced', { titles: replaced.join(', ') })}</li>}
            {localised.length > 0 && <li>{t('lessonsLocalised', { titles: localised.join(', ') })}</li>}
          </ul>
        </>
      )}
    </section>
  );
}

const CC_BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';
const EUPL = 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12';

/** Licence and attribution, as CC BY-SA 4.0 asks: authors, sources, licence, link to its text. */
export function AboutPage() {
  const { course, lang, t } = usePlayer();
  return (
    <article class="page about-page">
      <PageHeading view={t('aboutTitle')}>{t('aboutTitle')}</PageHeading>
      <p>{t('aboutIntro')}</p>
      <p>{t('providedBy', { name: course.organisation.name[lang] })}</p>
      <h2>{t('licenceHeading')}</h2>
      <p>{t('licenceContent')}</p>
      <ul>
        <li>
          <a href={CC_BY_SA} rel="license">
            CC BY-SA 4.0
          </a>{' '}
          (<a href="LICENSE-CONTENT.txt">LICENSE-CONTENT</a>)
        </li>
        <li>
          <a href={EUPL}>EUPL-1.2</a> (<a href="LICENSE.txt">LICENSE</a>)
        </li>
      </ul>
      <p>{t('licenceCode')}</p>
      <AdaptedBy />
      <p>{t('licenceTexts')}</p>
      <h2>{t('authorsHeading')}</h2>
      <Credits />
    </article>
  );
}
