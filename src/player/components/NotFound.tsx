import { usePlayer } from '../playerContext.ts';
import { PageHeading } from './PageHeading.tsx';

export function NotFound() {
  const { t } = usePlayer();
  return (
    <article class="page">
      <PageHeading view={t('notFoundTitle')}>{t('notFound')}</PageHeading>
      <p>
        <a href="#/">{t('backToOverview')}</a>
      </p>
    </article>
  );
}
