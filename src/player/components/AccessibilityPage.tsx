import { useEffect, useMemo, useState } from 'preact/hooks';
import { ACCESSIBILITY_STRINGS_KEY } from '../../shared/courseModel.ts';
import { loadRegistered } from '../content/loadRegistered.ts';
import type { Translate } from '../i18n/i18n.ts';
import { translator } from '../../shared/strings/translate.ts';
import { uiStringsFor } from '../../shared/strings/uiStrings.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { PageHeading } from './PageHeading.tsx';
import { longDate } from '../i18n/longDate.ts';

/** How to report a barrier: the theme's contact, or a pointer to the contacts page when it gives none. */
function FeedbackContact({ t }: { t: Translate }) {
  const { course, lang } = usePlayer();
  const { name, email, phone, url, note } = course.accessibility.contact;
  if (!email && !phone && !url && !note) {
    return (
      <p>
        <a href="#/contacts">{t('a11yNoContact')}</a>
      </p>
    );
  }
  return (
    <>
      <p>{t('a11yFeedback')}</p>
      {name && <p class="contact-name">{name[lang]}</p>}
      {(phone || email || url) && (
        <dl>
          {email && (
            <>
              <dt>{t('email')}</dt>
              <dd>
                <a href={`mailto:${email}`}>{email}</a>
              </dd>
            </>
          )}
          {phone && (
            <>
              <dt>{t('phone')}</dt>
              <dd>
                <a href={`tel:${phone.replace(/[^+\d]/g, '')}`}>{phone}</a>
              </dd>
            </>
          )}
          {url && (
            <>
              <dt>{t('a11yWebsite')}</dt>
              <dd>
                <a href={url}>{url}</a>
              </dd>
            </>
          )}
        </dl>
      )}
      {note && <p>{note[lang]}</p>}
    </>
  );
}

/**
 * The accessibility statement (BITV 2.0 § 7) in the order of the EU model statement. The
 * organisation's part comes from the theme; the course's own part from facts of this build.
 */
export function AccessibilityPage() {
  const { course, lang, t } = usePlayer();
  const [strings, setStrings] = useState<Record<string, Record<string, string>>>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    loadRegistered<Record<string, Record<string, string>>>(course.accessibility.stringsFile, ACCESSIBILITY_STRINGS_KEY).then(setStrings, () => setFailed(true));
  }, []);
  const statementT = useMemo(() => (strings ? translator(uiStringsFor(lang, [strings])) : undefined), [strings, lang]);
  return (
    <article class="page accessibility-page">
      <PageHeading view={t('a11yTitle')}>{t('a11yTitle')}</PageHeading>
      {failed ? <p>{t('loadFailed')}</p> : statementT ? <Statement t={statementT} /> : <p class="loading">{t('loading')}</p>}
    </article>
  );
}

function Statement({ t }: { t: Translate }) {
  const { course, lang } = usePlayer();
  const statement = course.accessibility;
  const organisation = course.organisation.name[lang]!;
  const titles = (ids: readonly string[]) => ids.map((id) => metaOf(course, id, lang)?.title ?? id).join(', ');
  const own = course.lessons.filter((lesson) => lesson.origin !== 'course').map((lesson) => lesson.id);
  const languages = course.languages.map((code) => code.toUpperCase()).join(', ');
  return (
    <>
      <p>{t('a11yScope', { title: course.title[lang], name: organisation })}</p>
      <h2>{t('a11yStatusHeading')}</h2>
      <p>
        <strong>{t(`a11yStatus_${statement.status}`)}</strong> {t('a11yStandard')}
      </p>
      <h2>{t('a11yGapsHeading')}</h2>
      <ul>
        {statement.imagesWithoutAlt.length > 0 && <li>{t('a11yImagesWithoutAlt', { titles: titles(statement.imagesWithoutAlt) })}</li>}
        <li>{t('a11yAltQuality')}</li>
        {own.length > 0 && <li>{t('a11yOwnLessons', { titles: titles(own) })}</li>}
        {__WACHSAM_TARGET__ !== 'web' && <li>{t('a11yLms')}</li>}
        <li>{t('a11yPlainLanguage', { languages })}</li>
      </ul>
      {statement.notes && <p>{statement.notes[lang]}</p>}
      <h2>{t('a11yMadeHeading')}</h2>
      <p>{statement.madeOn ? t('a11yMadeOn', { date: longDate(statement.madeOn, lang) }) : t('a11yNoDate')}</p>
      <p>{t('a11yTests')}</p>
      {statement.checkedOn && (
        <p>
          {t('a11yOwnCheck', { date: longDate(statement.checkedOn, lang) })} {statement.checkedHow?.[lang]}
        </p>
      )}
      <h2>{t('a11yFeedbackHeading')}</h2>
      <FeedbackContact t={t} />
      <h2>{t('a11yEnforcementHeading')}</h2>
      <p>{t('a11yEnforcement')}</p>
      <p>
        {statement.enforcement.name[lang]}
        {statement.enforcement.address && (
          <>
            <br />
            {statement.enforcement.address[lang]}
          </>
        )}
        {statement.enforcement.url && (
          <>
            <br />
            <a href={statement.enforcement.url}>{statement.enforcement.url}</a>
          </>
        )}
      </p>
    </>
  );
}
