import { useState } from 'preact/hooks';
import { applyScheme, storedScheme, systemScheme, type ColorScheme } from '../brand/colorScheme.ts';
import { usePlayer } from '../playerContext.ts';
import { hrefFor, useRoute } from '../router.ts';
import { SearchForm } from './SearchForm.tsx';

export function SiteHeader() {
  const { course, lang, t, setLanguage } = usePlayer();
  const route = useRoute();
  const [scheme, setScheme] = useState<ColorScheme>(() => storedScheme(course.id) ?? systemScheme());
  const skip = (event: Event) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  const toggleScheme = () => {
    const next = scheme === 'dark' ? 'light' : 'dark';
    applyScheme(course.id, next, true);
    setScheme(next);
  };
  return (
    <header class="site-header">
      <a class="skip-link" href={location.hash || '#/'} onClick={skip}>
        {t('skipToContent')}
      </a>
      <div class="site-header-inner">
        {/* One clean name: the logo's alt and the visible organisation would otherwise repeat the organisation. */}
        <a class="brand" href="#/" aria-label={t('homeLink', { title: course.title[lang] })}>
          {course.brand.logoDark ? (
            // Both carry the alt: styles.css hides one (display: none also hides it from screen readers).
            <>
              <img class="brand-logo brand-logo-light" src={course.brand.logo} alt={course.brand.logoAlt[lang]} />
              <img class="brand-logo brand-logo-dark" src={course.brand.logoDark} alt={course.brand.logoAlt[lang]} />
            </>
          ) : (
            <img class="brand-logo" src={course.brand.logo} alt={course.brand.logoAlt[lang]} />
          )}
          <span class="brand-text">
            <span class="brand-title">{course.title[lang]}</span>
            <span class="brand-org">{course.organisation.name[lang]}</span>
          </span>
        </a>
        <div class="header-tools">
          {/* Whom to call, one step away from every view (issue 14): before the switches, first in tab order after the home link. */}
          <a class="header-link" href={hrefFor({ name: 'contacts' })} aria-current={route.name === 'contacts' ? 'page' : undefined}>
            {t('contactsTitle')}
          </a>
          <button type="button" class="scheme-switch" aria-pressed={scheme === 'dark'} onClick={toggleScheme}>
            {t('darkMode')}
          </button>
          {course.languages.length > 1 && (
            <nav class="language-switch" aria-label={t('language')}>
              <ul>
                {course.languages.map((code) => (
                  <li key={code}>
                    <button type="button" lang={code} aria-pressed={code === lang} onClick={() => code !== lang && setLanguage(code)}>
                      {course.languageNames[code] ?? code}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
        <SearchForm id="header-search-field" landmark />
      </div>
    </header>
  );
}
