import { useEffect, useState } from 'preact/hooks';
import { metaOf, usePlayer } from '../playerContext.ts';
import { hrefFor } from '../router.ts';
import type { Segment } from '../search/highlight.ts';
import { loadSearchIndex } from '../search/loadSearchIndex.ts';
import { type SearchHit, searchPages } from '../search/searchPages.ts';
import { PageHeading } from './PageHeading.tsx';
import { SearchForm } from './SearchForm.tsx';

type SearchState = { status: 'loading' } | { status: 'ready'; hits: SearchHit[] } | { status: 'failed' };

/** Matches as `<mark>` elements: text only, never HTML (the lesson text comes from the index as plain text). */
function Highlighted({ segments }: { segments: Segment[] }) {
  return <>{segments.map((segment) => (typeof segment === 'string' ? segment : <mark>{segment.mark}</mark>))}</>;
}

/** The results of `#/search?q=…` in the learner's language; the search index loads on the first search. */
export function SearchPage({ query }: { query: string }) {
  const { course, lang, t } = usePlayer();
  const [state, setState] = useState<SearchState>({ status: 'loading' });
  // Results are set after the first render, so the live region is there, empty, before its text changes.
  useEffect(() => {
    if (!query) return;
    let current = true;
    setState({ status: 'loading' });
    loadSearchIndex(course, lang).then(
      (index) => current && setState({ status: 'ready', hits: searchPages(index, query) }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [query, lang]);
  const hits = state.status === 'ready' ? state.hits : [];
  let message = '';
  if (query && state.status === 'failed') message = t('searchFailed');
  else if (query && state.status === 'ready') message = hits.length > 0 ? t('searchHits', { count: hits.length, query }) : t('searchNone', { query });
  return (
    <article class="page search-page">
      <PageHeading view={query ? `${t('searchTitle')}: ${query}` : t('searchTitle')}>{t('searchTitle')}</PageHeading>
      <SearchForm id="search-page-field" query={query} />
      <p role="status" class="search-status">
        {message}
      </p>
      {state.status === 'ready' && query && hits.length === 0 && <p>{t('searchNoneHint')}</p>}
      {hits.length > 0 && (
        <ol class="search-results">
          {hits.map((hit) => (
            <li key={`${hit.lesson}/${hit.page}`}>
              <h2>
                <a href={hrefFor({ name: 'page', lessonId: hit.lesson, page: hit.page })}>
                  <Highlighted segments={hit.title} />
                </a>
              </h2>
              <p class="search-lesson">{t('searchInLesson', { title: metaOf(course, hit.lesson, lang)?.title ?? hit.lesson })}</p>
              <p class="search-snippet">
                <Highlighted segments={hit.snippet} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </article>
  );
}
