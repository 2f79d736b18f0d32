import { certificateCode } from '../../shared/certificate/certificateCode.ts';
import { longDate } from '../i18n/longDate.ts';
import { metaOf, usePlayer } from '../playerContext.ts';
import { PageHeading } from '../components/PageHeading.tsx';
import { otherLang } from '../components/Overview.tsx';

/**
 * The certificate as one A4 page (styles.css, `@media print`): the organisation, the learner's name,
 * the course with its edition and lessons, the date, who stands behind it, and the verification code.
 * A long course is set in two or three columns, so the page stays one page.
 */
export function CertificateSheet({ name, completedOn }: { name: string; completedOn: string }) {
  const { course, lang, t } = usePlayer();
  const lessons = course.lessons.map((lesson) => metaOf(course, lesson.id, lang)!);
  const minutes = lessons.reduce((sum, meta) => sum + meta.duration, 0);
  const code = certificateCode({ courseId: course.id, version: course.version, completedOn, name });
  const organisation = course.organisation.name[lang]!;
  const signer = course.certificate?.signer;
  const density = lessons.length > 24 ? 'lessons-many' : lessons.length > 10 ? 'lessons-several' : '';
  return (
    <section class={`certificate ${density}`} aria-labelledby="certificate-heading">
      <div class="certificate-band">
        {course.brand.logoDark ? (
          <>
            <img class="brand-logo brand-logo-light" src={course.brand.logo} alt={course.brand.logoAlt[lang]} />
            <img class="brand-logo brand-logo-dark" src={course.brand.logoDark} alt={course.brand.logoAlt[lang]} />
          </>
        ) : (
          <img class="brand-logo" src={course.brand.logo} alt={course.brand.logoAlt[lang]} />
        )}
        <span class="certificate-org">{organisation}</span>
      </div>
      <div id="certificate-heading">
        <PageHeading view={t('certificateTitle')}>{t('certificateTitle')}</PageHeading>
      </div>
      <p class="certificate-name">{name}</p>
      <p>{t('certificateHasCompleted', { date: longDate(completedOn, lang) })}</p>
      <p class="certificate-course">{course.title[lang]}</p>
      <p class="certificate-edition">{t('certificateEdition', { version: course.version })}</p>
      <h2>{t('certificateLessons')}</h2>
      <ol class="certificate-lessons">
        {lessons.map((meta) => (
          <li key={meta.title}>
            <span lang={otherLang(meta.lang, lang)}>{meta.title}</span> ({t('minutes', { count: meta.duration })})
          </li>
        ))}
      </ol>
      <p>{t('certificateTotal', { minutes })}</p>
      <div class="certificate-footer">
        <p>
          {t('certificateIssuedBy')}: {organisation}
          {signer && (
            <>
              <br />
              {signer.role[lang]}
              {signer.name && `, ${signer.name[lang]}`}
            </>
          )}
        </p>
        <p>
          {t('certificateCode')}: <strong class="certificate-code">{code}</strong>
          <br />
          <span class="certificate-code-note">{t('certificateCodeNote', { organisation })}</span>
        </p>
      </div>
    </section>
  );
}
