import { useState } from 'preact/hooks';
import type { CompletionReceipt as Receipt } from '../../shared/completion/completionReceipt.ts';
import { completionReceiptKey } from '../../shared/storageKeys.ts';
import { newIdempotencyKey, type SendState, storedRecord } from '../outbox/outbox.ts';
import { type PersonError, personErrors, TextField } from '../outbox/personFields.tsx';
import { useOutbox } from '../outbox/useOutbox.ts';
import { usePlayer } from '../playerContext.ts';
import { courseComplete } from '../state/courseCompletion.ts';
import { localDate } from '../../shared/progress.ts';
import { completionReceipt } from './completionReceipt.ts';

const stateMessages: Partial<Record<SendState, string>> = {
  queued: 'completionQueued',
  busy: 'completionBusy',
  unsaved: 'completionUnsaved',
  sent: 'completionSent',
  rejected: 'completionRejected',
  wrongEmail: 'completionWrongEmail',
};

/** States in which the receipt is on its way or has arrived: the form is not offered again. */
const settled: SendState[] = ['sent', 'queued', 'busy', 'unsaved'];

const fieldId = (field: PersonError['field']) => `completion-${field}`;

/** Routes live in the hash, so the summary's links move focus themselves instead of navigating. */
function focusField(event: Event, field: PersonError['field']): void {
  event.preventDefault();
  document.getElementById(fieldId(field))?.focus();
}

/**
 * The completion receipt: once the course is complete, the learner may send their name and work e-mail,
 * with the course, its version and the completion date, to the organisation's list. What is sent and the
 * privacy notice come first; "Send confirmation" is the learner's agreement. Sent once, queued when
 * offline (useOutbox); after a reload the stored state shows and nothing is sent again. Renders nothing
 * in a course without a receipt or before it is complete, so it can sit on any page.
 * `completedOn`: YYYY-MM-DD, @default the learner's local date when the receipt is made.
 */
export function CompletionReceipt({ completedOn }: { completedOn?: string } = {}) {
  const { course, progress } = usePlayer();
  if (!course.completion || !courseComplete(course, progress)) return null;
  return <ReceiptPanel completedOn={completedOn} />;
}

function ReceiptPanel({ completedOn }: { completedOn: string | undefined }) {
  const { course, lang, t } = usePlayer();
  const completion = course.completion!;
  const storageKey = completionReceiptKey(course.id, course.version);
  const outbox = useOutbox<Receipt>({ endpoint: completion.endpoint, storageKey });
  const { state, sending } = outbox;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  /** Set by the first failed attempt; from then on the messages follow what the learner types. */
  const [tried, setTried] = useState(false);
  // A receipt already made keeps its date; a new one gets today's (or the one passed in).
  const day = storedRecord<Receipt>(storageKey)?.entry.completedOn ?? completedOn ?? localDate(new Date());

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = personErrors(name, email);
    if (found.length > 0) {
      setTried(true);
      // The first wrong field: its name and its message (aria-describedby) are what the learner hears.
      document.getElementById(fieldId(found[0]!.field))?.focus();
      return;
    }
    await outbox.send(completionReceipt(course, { name, email }, day, newIdempotencyKey()));
  };

  const errors = tried ? personErrors(name, email) : [];
  const errorText = (field: PersonError['field']) => {
    const error = errors.find((candidate) => candidate.field === field);
    return error && t(`completion${error.problem}`);
  };
  const stateText = stateMessages[state];
  const shownDate = new Date(`${day}T00:00`).toLocaleDateString(lang, { dateStyle: 'long' });
  return (
    <section class="completion-receipt" aria-labelledby="completion-heading">
      <h2 id="completion-heading">{t('completionTitle')}</h2>
      {!settled.includes(state) && (
        <>
          <p>{t('completionIntro')}</p>
          <p>{t('completionWhatIsSent')}</p>
          <ul>
            <li>{t('completionSentName')}</li>
            <li>{t('completionSentEmail')}</li>
            <li>{t('completionSentCourse', { course: course.title[lang], version: course.version })}</li>
            <li>{t('completionSentDate', { date: shownDate })}</li>
          </ul>
          <p>{t('completionNotSent')}</p>
          <h3>{t('completionPrivacy')}</h3>
          <p class="completion-privacy">{completion.privacy[lang] ?? Object.values(completion.privacy)[0]}</p>
          <form onSubmit={submit} noValidate>
            {errors.length > 0 && (
              <div class="error-summary">
                <p>{t('completionErrorSummary')}</p>
                <ul>
                  {errors.map((error) => (
                    <li key={error.field}>
                      <a href={`#${fieldId(error.field)}`} onClick={(event) => focusField(event, error.field)}>
                        {t(`completion${error.problem}`)}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            <TextField field="name" id={fieldId('name')} label={t('completionName')} error={errorText('name')} value={name} onValue={setName} />
            <TextField field="email" id={fieldId('email')} label={t('completionEmail')} error={errorText('email')} value={email} onValue={setEmail} />
            <p>{t('completionAgreement')}</p>
            <button type="submit" class="button" disabled={sending}>
              {t('completionSubmit')}
            </button>
          </form>
        </>
      )}
      <p class="completion-state" role="status">
        {stateText ? t(stateText) : ''}
      </p>
    </section>
  );
}
