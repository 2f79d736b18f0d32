import { usePlayer } from '../playerContext.ts';
import { createI18n } from '../i18n/i18n.ts';

export function SiteHeader() {
  const { course, lang, t, setLanguage } = usePlayer();
  const skip = (event: Event) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <header class="site-header">
      <a class="skip-link" href={location.hash || '#/'} onClick={skip}>
        {t('skipToContent')}
      </a>
      <div class="site-header-inner">
        <a class="brand" href="#/">
          <span class="brand-title">{course.title[lang]}</span>
          <span class="brand-org">{course.organisation.name[lang]}</span>
        </a>
        {course.languages.length > 1 && (
          <nav class="language-switch" aria-label={t('language')}>
            <ul>
              {course.languages.map((code) => (
                <li key={code}>
                  <button
                    type="button"
                    lang={code}
                    aria-pressed={code === lang}
                    onClick={() => code !== lang && setLanguage(code)}
                  >
                    {languageName(code, course.languages)}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </header>
  );
}

const names = new Map<string, string>();

/** Each language's name in itself, from that language's own UI strings. */
function languageName(code: string, languages: readonly string[]): string {
  if (!names.has(code)) names.set(code, createI18n(code, languages).t('languageName'));
  return names.get(code)!;
}
