import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { readCode } from '../../shared/certificate/certificateCode.ts';
import { dayAfter, FIRST_DAY, matchingDay } from '../../shared/certificate/matchingDay.ts';
import { longDate } from '../i18n/longDate.ts';
import { usePlayer } from '../playerContext.ts';
import { PageHeading } from '../components/PageHeading.tsx';

type Verdict = { kind: 'valid'; name: string; date: string; version: string } | { kind: 'invalid' | 'badCode' | 'missing' };

/**
 * Checks a certificate's code in the browser (route `#/verify`), for organisations that have the
 * bundle but not the repository with `npm run verify-certificate`: the same facts, the same answer.
 * Not there when the theme switches the certificate off.
 */
export function VerifyPage() {
  const { course, lang, t } = usePlayer();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [version, setVersion] = useState(course.version);
  const [verdict, setVerdict] = useState<Verdict>();
  /** Counts the checks: the verdict's paragraph is new each time, so a screen reader announces the same verdict again. */
  const [checks, setChecks] = useState(0);
  const last = dayAfter(new Date());
  const check = (event: Event) => {
    event.preventDefault();
    setChecks((count) => count + 1);
    const read = readCode(code);
    if (!code.trim() || !name.trim() || !version.trim()) return setVerdict({ kind: 'missing' });
    if (!read) return setVerdict({ kind: 'badCode' });
    const day = matchingDay(read, { courseId: course.id, version: version.trim(), name }, FIRST_DAY, last);
    setVerdict(day ? { kind: 'valid', name: name.trim(), date: day, version: version.trim() } : { kind: 'invalid' });
  };
  const field = (id: string, label: string, value: string, set: (value: string) => void, extra = {}) => (
    <>
      <label for={id}>{label}</label>
      <input id={id} type="text" value={value} onInput={(event) => set((event.target as HTMLInputElement).value)} {...extra} />
    </>
  );
  return (
    <article class="page verify-page">
      <PageHeading view={t('verifyTitle')}>{t('verifyTitle')}</PageHeading>
      <p>{t('verifyIntro')}</p>
      <form class="certificate-form" onSubmit={check} noValidate>
        {field('verify-code', t('verifyCodeLabel'), code, setCode, { autoComplete: 'off', spellcheck: false, class: 'certificate-code' })}
        {field('verify-name', t('verifyNameLabel'), name, setName, { autoComplete: 'off' })}
        {field('verify-edition', t('verifyEditionLabel'), version, setVersion, { autoComplete: 'off' })}
        <button type="submit" class="button">
          {t('verifyButton')}
        </button>
      </form>
      {/* The region stays; its content is new for every check (a live region added with its text is often not read). */}
      <div role="status" class="verify-verdict">
        <Fragment key={checks}>
          {verdict?.kind === 'valid' && (
            <p>
              <strong>{t('verifyValid', { name: verdict.name, date: longDate(verdict.date, lang), version: verdict.version })}</strong> {t('verifyLimits')}
            </p>
          )}
          {verdict?.kind === 'invalid' && <p>{t('verifyInvalid', { first: longDate(FIRST_DAY, lang), last: longDate(last, lang) })}</p>}
          {verdict?.kind === 'badCode' && <p>{t('verifyBadCode')}</p>}
          {verdict?.kind === 'missing' && <p>{t('verifyMissing')}</p>}
        </Fragment>
      </div>
    </article>
  );
}
