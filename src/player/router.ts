import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { name: 'overview' }
  | { name: 'about' }
  | { name: 'contacts' }
  | { name: 'accessibility' }
  | { name: 'raffle' }
  | { name: 'end' }
  | { name: 'certificate' }
  | { name: 'verify' }
  | { name: 'search'; query: string }
  | { name: 'page'; lessonId: string; page: number }
  | { name: 'check'; lessonId: string }
  | { name: 'notFound' };

/** A hash part as text; a malformed escape (`%`, `%E0%A4%A`) is no route, never an exception. */
function decodePart(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

/**
 * Routes live in the URL hash, so deep links, back and forward work from any server or file share.
 * Any text is accepted: what does not name a route is `notFound`, so a mistyped link or a stored
 * bookmark can never blank the course.
 */
export function parseHash(hash: string): Route {
  const [path = '', search] = hash.replace(/^#\/?/, '').split(/\?(.*)/s);
  const parts = path.split('/').filter(Boolean).map(decodePart);
  if (parts.includes(undefined)) return { name: 'notFound' };
  if (parts[0] === 'search' && parts.length === 1) return { name: 'search', query: queryOf(search) };
  if (search !== undefined) return { name: 'notFound' };
  if (parts.length === 0) return { name: 'overview' };
  if (parts[0] === 'about' && parts.length === 1) return { name: 'about' };
  if (parts[0] === 'contacts' && parts.length === 1) return { name: 'contacts' };
  if (parts[0] === 'accessibility' && parts.length === 1) return { name: 'accessibility' };
  if (parts[0] === 'end' && parts.length === 1) return { name: 'end' };
  if (parts[0] === 'certificate' && parts.length === 1) return { name: 'certificate' };
  if (parts[0] === 'verify' && parts.length === 1) return { name: 'verify' };
  if (__WACHSAM_RAFFLE__ && parts[0] === 'raffle' && parts.length === 1) return { name: 'raffle' };
  if (parts[0] === 'lesson' && parts[1] && parts.length <= 3) {
    const lessonId = parts[1];
    if (parts[2] === 'check') return { name: 'check', lessonId };
    const page = parts[2] === undefined ? 1 : Number(parts[2]);
    if (Number.isInteger(page) && page >= 1) return { name: 'page', lessonId, page };
  }
  return { name: 'notFound' };
}

/** The `q` of a search route's query part (`#/search?q=Passwort`); empty when absent. A malformed escape stays as it is. */
function queryOf(search: string | undefined): string {
  return search === undefined ? '' : (new URLSearchParams(search).get('q') ?? '');
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'overview':
      return '#/';
    case 'about':
      return '#/about';
    case 'contacts':
      return '#/contacts';
    case 'accessibility':
      return '#/accessibility';
    case 'end':
      return '#/end';
    case 'certificate':
      return '#/certificate';
    case 'verify':
      return '#/verify';
    case 'search':
      return route.query ? `#/search?${new URLSearchParams({ q: route.query })}` : '#/search';
    case 'page':
      return `#/lesson/${encodeURIComponent(route.lessonId)}/${route.page}`;
    case 'check':
      return `#/lesson/${encodeURIComponent(route.lessonId)}/check`;
    default:
      return '#/';
  }
}

export function navigate(route: Route): void {
  location.hash = hrefFor(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return route;
}
