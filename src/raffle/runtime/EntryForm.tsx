import { useEffect, useState } from 'preact/hooks';
import { usePlayer } from '../../player/playerContext.ts';
import { flushQueued, mailtoHref, newIdempotencyKey, sendEntry, storedEntry, type EntryState, type RaffleEntry } from './entryQueue.ts';

/** Routes live in the hash, so the link to the notice scrolls instead of navigating. */
function showPrivacy(event: Event): void {
  event.preventDefault();
  const heading = document.getElementById('raffle-privacy');
  heading?.scrollIntoView();
  heading?.focus();
}

/** Name, work e-mail and an unticked consent box; sent once, queued when offline. */
export function EntryForm() {
  const { course, t } = usePlayer();
  const raffle = course.raffle!;
  const [state, setState] = useState<EntryState>(() => storedEntry(course.id, raffle.campaign)?.state ?? 'none');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [missing, setMissing] = useState(false);
  const [mailOpened, setMailOpened] = useState(false);

  useEffect(() => {
    const retry = () => void flushQueued(raffle, course.id).then(setState);
    if (state === 'queued') retry();
    addEventListener('online', retry);
    return () => removeEventListener('online', retry);
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim() || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email.trim()) || !consent) return setMissing(true);
    setMissing(false);
    const entry: RaffleEntry = {
      idempotencyKey: newIdempotencyKey(),
      name: name.trim(),
      email: email.trim(),
      consent: true,
      course: course.id,
      campaign: raffle.campaign,
      eligible: true,
    };
    if (raffle.mailto) {
      setMailOpened(true);
      location.href = mailtoHref(raffle, entry, t('raffleMailSubject'));
      return;
    }
    setState('queued');
    setState(await sendEntry(raffle, entry));
  };

  const message = mailOpened
    ? t('raffleMailOpened')
    : state === 'queued'
      ? t('raffleQueued')
      : state === 'sent'
        ? t('raffleSent')
        : state === 'rejected'
          ? t('raffleRejected')
          : missing
            ? t('raffleMissing')
            : '';
  return (
    <section aria-labelledby="entry-heading" class="raffle-entry">
      <h2 id="entry-heading">{t('raffleForm')}</h2>
      {state !== 'sent' && state !== 'queued' && (
        <form onSubmit={submit} noValidate>
          <p>{t('raffleOnlySent')}</p>
          <label class="field">
            <span>{t('raffleName')}</span>
            <input type="text" name="name" autoComplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} required />
          </label>
          <label class="field">
            <span>{t('raffleEmail')}</span>
            <input type="email" name="email" autoComplete="email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} required />
          </label>
          <label class="consent">
            <input type="checkbox" name="consent" checked={consent} onChange={(e) => setConsent(e.currentTarget.checked)} />{' '}
            <span>
              {t('raffleConsent')}{' '}
              <button type="button" class="link-button" onClick={showPrivacy}>
                {t('rafflePrivacy')}
              </button>
            </span>
          </label>
          <button type="submit" class="button">
            {t('raffleSubmit')}
          </button>
        </form>
      )}
      <p class="raffle-state" role="status">
        {message}
      </p>
    </section>
  );
}
