/**
 * The one rule for links in lesson text, used both to warn the author and to remove the link, so the
 * warning and the page never disagree. A link may go to https:, http:, mailto: or tel:, or to a path
 * on the course's own host. Browsers ignore tabs, line feeds and other control characters inside a
 * URL and read `//host` and `\\host` as another host, so they are judged as a browser reads them.
 */

export const ALLOWED_LINK_SCHEMES = ['https', 'http', 'mailto', 'tel'];

/** Characters a browser drops from a URL or that only hide what it says. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this finds
const HIDDEN = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ufffd]/g;

/** Why the browser must not get this link target (as the attribute's value, entities decoded), or undefined. */
export function linkProblem(href: string): string | undefined {
  const compact = revealed(href);
  if (/^[\\/]{2}|^\\/.test(compact)) return 'a link starting with "//" or "\\" leads to another host';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  if (scheme && !ALLOWED_LINK_SCHEMES.includes(scheme)) return `"${scheme}:" links can run script or open content no one checked`;
  const beforeColon = href.split(':')[0]!;
  if (scheme && (beforeColon.match(HIDDEN) || revealed(beforeColon) !== beforeColon)) {
    return 'its address is written with hidden or encoded characters';
  }
  return undefined;
}

/** True for a link to an SVG file on the course's own host: it is downloaded, never opened as a page. */
export function isLocalSvgLink(href: string): boolean {
  const compact = revealed(href);
  if (/^[a-z][a-z0-9+.-]*:|^[\\/]{2}|^#/i.test(compact)) return false;
  return /\.svgz?$/i.test(compact.split(/[?#]/)[0]!);
}

/** The target as an author can read it in a message: hidden characters shown as \u escapes. */
export function visibleHref(href: string): string {
  const visible = href.replace(HIDDEN, (char) => (char === ' ' ? ' ' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`));
  return visible.length <= 60 ? visible : `${visible.slice(0, 59)}…`;
}

/**
 * The target with character references and percent escapes decoded and hidden characters dropped.
 * Markdown keeps references it cannot decode (`&#0;`) as text; they are read as a careless browser might.
 */
function revealed(href: string): string {
  const named: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', period: '.' };
  const decoded = href
    .replace(/&#x([0-9a-f]+);?/gi, (_match, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_match, decimal: string) => String.fromCodePoint(Math.min(Number(decimal), 0x10ffff)))
    .replace(/&([a-z]+);/gi, (match, name: string) => named[name.toLowerCase()] ?? match);
  return percentDecoded(decoded).replace(HIDDEN, '');
}

function percentDecoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text.replace(/%([0-9a-f]{2})/gi, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  }
}
