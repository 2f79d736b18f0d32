import { useEffect, useRef, useState } from 'preact/hooks';
import { usePlayer } from '../playerContext.ts';
import type { RaffleEntry } from '../../shared/raffle/raffleEntry.ts';
import { flushQueued, mailtoHref, newIdempotencyKey, sendEntry, storedEntry, type EntryState } from './entryQueue.ts';

const stateMessages: Partial<Record<EntryState, string>> = {
  queued: 'raffleQueued',
  busy: 'raffleBusy',
  unsaved: 'raffleUnsaved',
  sent: 'raffleSent',
  rejected: 'raffleRejected',
  wrongEmail: 'raffleWrongEmail',
};

/** How often an entry that is still waiting is sent again while the page is open. */
const RETRY_MS = 5000;

/** Routes live in the hash, so the link to the notice scrolls instead of navigating. */
function showPrivacy(event: Event): void {
  event.preventDefault();
  const heading = document.getElementById('raffle-privacy');
  heading?.scrollIntoView();
  heading?.focus();
}

/**
 * Name, work e-mail and an unticked consent box; sent once, queued when offline. An entry the
 * browser cannot keep either is held by this page only, and the learner is told so.
 */
export function EntryForm() {
  const { course, t } = usePlayer();
  const raffle = course.raffle!;
  const [state, setState] = useState<EntryState>(() => storedEntry(course.id, raffle.campaign)?.state ?? 'none');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [missing, setMissing] = useState(false);
  const [mailOpened, setMailOpened] = useState(false);
  const [sending, setSending] = useState(false);
  /** The entry this page holds when the browser could not keep it. */
  const unsaved = useRef<RaffleEntry | undefined>(undefined);

  /** True while a retry is on its way, so two never overlap. */
  const retrying = useRef(false);

  useEffect(() => {
    const pending = () => !!unsaved.current || storedEntry(course.id, raffle.campaign)?.state === 'queued';
    const retry = () => {
      if (retrying.current || !pending()) return;
      retrying.current = true;
      void (unsaved.current ? sendEntry(raffle, unsaved.current) : flushQueued(raffle, course.id)).then((next) => {
        retrying.current = false;
        settle(next);
      });
    };
    retry();
    // `online` may come before the network works again, or not at all (a VPN, a captive portal):
    // an entry still waiting is tried again every few seconds as well.
    addEventListener('online', retry);
    const timer = setInterval(retry, RETRY_MS);
    return () => {
      removeEventListener('online', retry);
      clearInterval(timer);
    };
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
    setSending(true);
    unsaved.current = entry;
    retrying.current = true;
    const next = await sendEntry(raffle, entry);
    retrying.current = false;
    settle(next);
  };

  function settle(next: EntryState): void {
    if (next !== 'unsaved') unsaved.current = undefined;
    setSending(false);
    setState(next);
  }

  const stateText = stateMessages[state];
  const message = mailOpened ? t('raffleMailOpened') : stateText ? t(stateText) : missing ? t('raffleMissing') : '';
  return (
    <section aria-labelledby="entry-heading" class="raffle-entry">
      <h2 id="entry-heading">{t('raffleForm')}</h2>
      {state !== 'sent' && state !== 'queued' && state !== 'busy' && (
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
          <button type="submit" class="button" disabled={sending}>
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
