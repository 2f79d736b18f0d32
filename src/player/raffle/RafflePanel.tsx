import { usePlayer } from '../playerContext.ts';
import { raffleStatus } from './raffleStatus.ts';

/** On the overview: when the draw starts, how far the learner is, and the way in once eligible. */
export function RafflePanel() {
  const { course, lang, t, progress } = usePlayer();
  const raffle = course.raffle!;
  const status = raffleStatus(raffle, progress, new Date());
  if (status.phase === 'after') return null;
  return (
    <section class="raffle-panel" aria-labelledby="raffle-heading">
      <h2 id="raffle-heading">{t('raffleTitle')}</h2>
      {status.phase === 'before' ? (
        <p>{t('raffleStarts', { date: new Date(`${raffle.start}T00:00`).toLocaleDateString(lang, { dateStyle: 'long' }) })}</p>
      ) : (
        <>
          <p>{status.eligible ? t('raffleEligible') : t('raffleProgress', { passed: status.passed, required: status.required })}</p>
          <p>{t('raffleVoluntary')}</p>
          <a class="button" href="#/raffle">
            {t('raffleTakePart')}
          </a>
        </>
      )}
    </section>
  );
}
