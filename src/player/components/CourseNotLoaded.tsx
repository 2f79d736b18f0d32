import { createI18n } from '../i18n/i18n.ts';

/** What shows when not even the lesson index could be loaded (the server is gone, a file is missing). */
export function CourseNotLoaded({ lang }: { lang: string }) {
  const t = createI18n()(lang);
  return (
    <main id="main" tabIndex={-1}>
      <div class="notice" role="alert">
        <p>{t('courseNotLoaded')}</p>
        <button type="button" class="button" onClick={() => location.reload()}>
          {t('tryAgain')}
        </button>
      </div>
    </main>
  );
}
