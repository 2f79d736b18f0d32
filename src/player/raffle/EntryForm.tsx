import { useEffect, useRef, useState } from 'preact/hooks';
import { usePlayer } from '../playerContext.ts';
import type { RaffleEntry } from '../../shared/raffle/raffleEntry.ts';
import { entryErrors, errorId, fieldId, type EntryError } from './entryErrors.ts';
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

/** Routes live in the hash, so the summary's links move focus themselves instead of navigating. */
function focusField(event: Event, field: EntryError['field']): void {
  event.preventDefault();
  document.getElementById(fieldId(field))?.focus();
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
  /** Set by the first failed attempt; from then on the messages follow what the learner types. */
  const [tried, setTried] = useState(false);
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
    const found = entryErrors(name, email, consent);
    if (found.length > 0) {
      setTried(true);
      // The first wrong field: its name and its message (aria-describedby) are what the learner hears.
      document.getElementById(fieldId(found[0]!.field))?.focus();
      return;
    }
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
  const message = mailOpened ? t('raffleMailOpened') : stateText ? t(stateText) : '';
  const errors = tried ? entryErrors(name, email, consent) : [];
  const errorOf = (field: EntryError['field']) => errors.find((error) => error.field === field);
  /** What a field needs for its message: `aria-invalid` and the message tied to it. */
  const invalid = (field: EntryError['field']) =>
    errorOf(field) ? { 'aria-invalid': true as const, 'aria-describedby': errorId(field) } : { 'aria-invalid': undefined, 'aria-describedby': undefined };
  const fieldMessage = (field: EntryError['field']) => {
    const error = errorOf(field);
    return error ? (
      <p id={errorId(field)} class="field-error">
        {t(error.message)}
      </p>
    ) : null;
  };
  return (
    <section aria-labelledby="entry-heading" class="raffle-entry">
      <h2 id="entry-heading">{t('raffleForm')}</h2>
      {state !== 'sent' && state !== 'queued' && state !== 'busy' && (
        <form onSubmit={submit} noValidate>
          {errors.length > 0 && (
            <div class="error-summary">
              <p>{t('raffleErrorSummary')}</p>
              <ul>
                {errors.map((error) => (
                  <li key={error.field}>
                    <a href={`#${fieldId(error.field)}`} onClick={(event) => focusField(event, error.field)}>
                      {t(error.message)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <p>{t('raffleOnlySent')}</p>
          <TextField field="name" label={t('raffleName')} error={errorOf('name') && t(errorOf('name')!.message)} value={name} onValue={setName} />
          <TextField field="email" label={t('raffleEmail')} error={errorOf('email') && t(errorOf('email')!.message)} value={email} onValue={setEmail} />
          {fieldMessage('consent')}
          <div class="consent">
            <input
              id={fieldId('consent')}
              type="checkbox"
              name="consent"
              checked={consent}
              onChange={(e) => setConsent(e.currentTarget.checked)}
              {...invalid('consent')}
            />
            {/* The privacy button sits beside the label, not in it: the checkbox's name is the consent alone. */}
            <label for={fieldId('consent')}>{t('raffleConsent')}</label>
            <button type="button" class="link-button" onClick={showPrivacy}>
              {t('rafflePrivacy')}
            </button>
          </div>
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

interface TextFieldProps {
  field: 'name' | 'email';
  label: string;
  /** The field's error message, shown above it and tied to it with aria-describedby. */
  error: string | undefined;
  value: string;
  onValue: (value: string) => void;
}

/** A required text field of the entry form, with its label and, after a failed attempt, its message. */
function TextField({ field, label, error, value, onValue }: TextFieldProps) {
  return (
    <div class="field">
      <label for={fieldId(field)}>{label}</label>
      {error && (
        <p id={errorId(field)} class="field-error">
          {error}
        </p>
      )}
      <input
        id={fieldId(field)}
        {...(field === 'email' ? { type: 'email' } : { type: 'text' })}
        name={field}
        autoComplete={field}
        value={value}
        onInput={(e) => onValue(e.currentTarget.value)}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId(field) : undefined}
      />
    </div>
  );
}
