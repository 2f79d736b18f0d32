import { useEffect, useState } from 'preact/hooks';
import { loadLessonContent } from '../content/loadLessonContent.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { metaOf, usePlayer } from '../playerContext.ts';
import type { Question } from '../../shared/courseModel.ts';
import { EntryForm } from './EntryForm.tsx';
import { wholePhrase } from './raffleLetters.ts';
import { raffleStatus } from './raffleStatus.ts';

/** #/raffle: terms, privacy notice, and once eligible the phrase (phrase mode) or the form (entry mode). */
export function RafflePage() {
  const { course, lang, t, progress } = usePlayer();
  const raffle = course.raffle!;
  const status = raffleStatus(raffle, progress, new Date());
  const phrase = usePhrase(status.eligible && raffle.mode === 'phrase');
  return (
    <article class="page raffle-page">
      <PageHeading view={t('raffleTitle')}>{t('raffleTitle')}</PageHeading>
      {status.phase === 'open' && <p>{status.eligible ? t('raffleEligible') : t('raffleProgress', { passed: status.passed, required: status.required })}</p>}
      <p>{t('raffleVoluntary')}</p>
      {status.eligible && raffle.mode === 'phrase' && phrase && (
        <section aria-labelledby="phrase-heading" class="raffle-phrase">
          <h2 id="phrase-heading">{t('rafflePhrase')}</h2>
          <p class="phrase">{phrase}</p>
          <p>{raffle.howToEnter?.[lang]}</p>
        </section>
      )}
      {status.eligible && raffle.mode === 'entry' && <EntryForm />}
      <h2>{t('raffleTerms')}</h2>
      <p class="raffle-text">{raffle.terms[lang]}</p>
      <h2 id="raffle-privacy" tabIndex={-1}>
        {t('rafflePrivacy')}
      </h2>
      <p class="raffle-text">{raffle.privacy[lang]}</p>
    </article>
  );
}

/** Loads the required lessons' questions (in the first language that has them) to put the phrase together. */
function usePhrase(wanted: boolean): string | undefined {
  const { course, lang } = usePlayer();
  const [phrase, setPhrase] = useState<string>();
  useEffect(() => {
    if (!wanted || !course.raffle) return;
    const raffle = course.raffle;
    void Promise.all(
      raffle.requiredLessons.map(async (id) => {
        const meta = metaOf(course, id, lang)!;
        const content = await loadLessonContent(course, id, meta.lang);
        return [id, content.questions] as [string, Question[]];
      }),
    ).then((entries) => setPhrase(wholePhrase(raffle, Object.fromEntries(entries))));
  }, [wanted]);
  return phrase;
}
