import { useState } from 'preact/hooks';
import { usePlayer } from '../playerContext.ts';
import { useCompletedOn } from '../state/useCompletedOn.ts';
import { MissingLessons } from '../components/MissingLessons.tsx';
import { NotFound } from '../components/NotFound.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { CertificateSheet } from './CertificateSheet.tsx';
import { NAME_MAX_LENGTH, storedName, storeName } from './certificateName.ts';

/**
 * The certificate of participation (route `#/certificate`). Before the course is complete: what is
 * missing. Then: the learner types their name (kept in this browser, sent nowhere) and gets the page
 * to print or save as PDF.
 */
export function CertificatePage() {
  const { course, t } = usePlayer();
  const completedOn = useCompletedOn();
  const [name, setName] = useState(() => storedName(course.id));
  const [editing, setEditing] = useState(() => !storedName(course.id));
  if (!course.certificate) return <NotFound />;
  if (!completedOn) {
    return (
      <article class="page certificate-page">
        <PageHeading view={t('certificateTitle')}>{t('certificateTitle')}</PageHeading>
        <p>{t('certificateNotYet')}</p>
        <MissingLessons />
      </article>
    );
  }
  if (editing || !name.trim()) {
    return (
      <NameForm
        initial={name}
        onDone={(typed) => {
          storeName(course.id, typed);
          setName(typed);
          setEditing(false);
        }}
      />
    );
  }
  return (
    <article class="page certificate-page">
      <div class="certificate-tools">
        <button type="button" class="button" onClick={() => print()}>
          {t('certificatePrint')}
        </button>
        <button type="button" class="button button-quiet" onClick={() => setEditing(true)}>
          {t('certificateChangeName')}
        </button>
        <p>{t('certificatePrintHint')}</p>
      </div>
      <CertificateSheet name={name.trim()} completedOn={completedOn} />
    </article>
  );
}

function NameForm({ initial, onDone }: { initial: string; onDone: (name: string) => void }) {
  const { t } = usePlayer();
  const [typed, setTyped] = useState(initial);
  const [error, setError] = useState(false);
  const submit = (event: Event) => {
    event.preventDefault();
    const name = typed.trim().replace(/\s+/g, ' ');
    if (!name) {
      setError(true);
      document.getElementById('certificate-name')?.focus();
      return;
    }
    onDone(name);
  };
  return (
    <article class="page certificate-page">
      <PageHeading view={t('certificateTitle')}>{t('certificateTitle')}</PageHeading>
      <p id="certificate-intro">{t('certificateIntro')}</p>
      <form class="certificate-form" onSubmit={submit} noValidate>
        <label for="certificate-name">{t('certificateNameLabel')}</label>
        <input
          id="certificate-name"
          type="text"
          autoComplete="name"
          maxLength={NAME_MAX_LENGTH}
          value={typed}
          aria-invalid={error}
          aria-describedby={error ? 'certificate-intro certificate-name-error' : 'certificate-intro'}
          onInput={(event) => setTyped((event.target as HTMLInputElement).value)}
        />
        {error && (
          <p id="certificate-name-error" class="field-error">
            {t('certificateNameMissing')}
          </p>
        )}
        <button type="submit" class="button">
          {t('certificateCreate')}
        </button>
      </form>
    </article>
  );
}
