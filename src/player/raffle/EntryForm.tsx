import { useState } from 'preact/hooks';
import { usePlayer } from '../playerContext.ts';
import type { RaffleEntry } from '../../shared/raffle/raffleEntry.ts';
import { entryErrors, errorId, fieldId, type EntryError } from './entryErrors.ts';
import { raffleEntryKey } from '../../shared/storageKeys.ts';
import { TextField } from '../outbox/personFields.tsx';
import { useOutbox } from '../outbox/useOutbox.ts';
import { mailtoHref, newIdempotencyKey, type EntryState } from './entryQueue.ts';

const stateMessages: Partial<Record<EntryState, string>> = {
  queued: 'raffleQueued',
  busy: 'raffleBusy',
  unsaved: 'raffleUnsaved',
  sent: 'raffleSent',
  rejected: 'raffleRejected',
  wrongEmail: 'raffleWrongEmail',
};

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
 * Name, work e-mail and an unticked consent box; sent once, queued when offline (useOutbox). An entry
 * the browser cannot keep either is held by this page only, and the learner is told so.
 */
export function EntryForm() {
  const { course, t } = usePlayer();
  const raffle = course.raffle!;
  const outbox = useOutbox<RaffleEntry>({ endpoint: raffle.endpoint, storageKey: raffleEntryKey(course.id, raffle.campaign) });
  const { state, sending } = outbox;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [consent, setConsent] = useState(false);
  /** Set by the first failed attempt; from then on the messages follow what the learner types. */
  const [tried, setTried] = useState(false);
  const [mailOpened, setMailOpened] = useState(false);

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
    await outbox.send(entry);
  };

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
          <TextField
            field="name"
            id={fieldId('name')}
            label={t('raffleName')}
            error={errorOf('name') && t(errorOf('name')!.message)}
            value={name}
            onValue={setName}
          />
          <TextField
            field="email"
            id={fieldId('email')}
            label={t('raffleEmail')}
            error={errorOf('email') && t(errorOf('email')!.message)}
            value={email}
            onValue={setEmail}
          />
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
