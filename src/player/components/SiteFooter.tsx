import { hrefFor } from '../router.ts';
import { usePlayer } from '../playerContext.ts';

export function SiteFooter() {
  const { t } = usePlayer();
  return (
    <footer class="site-footer">
      <p>
        {t('footerLicence')} <a href="#/about">{t('about')}</a> · <a href="#/contacts">{t('contactsTitle')}</a> ·{' '}
        <a href={hrefFor({ name: 'accessibility' })}>{t('a11yTitle')}</a>
      </p>
    </footer>
  );
}
