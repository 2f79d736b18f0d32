import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import type { ParamsOf } from '../diagnostics/catalogue.ts';
import { ALLOWED_LINK_SCHEMES, isLocalSvgLink, linkProblem, visibleHref } from './linkSafety.ts';

/** Elements a lesson may contain, whether written in Markdown or as raw HTML. */
const allowedTags = [
  'p',
  'br',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'strong',
  'em',
  'b',
  'i',
  's',
  'del',
  'ins',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'kbd',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'span',
  'div',
  'details',
  'summary',
  'q',
  'cite',
];

const allowedAttributes: Record<string, string[]> = {
  '*': ['lang', 'dir', 'title'],
  a: ['href', 'download'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start'],
  th: ['scope', 'colspan', 'rowspan', 'style'],
  td: ['colspan', 'rowspan', 'style'],
  abbr: ['title'],
};

const allowedSchemes = ALLOWED_LINK_SCHEMES;

/** What table cells keep of a style attribute (Markdown writes it for column alignment). */
const ALIGNMENT = /^text-align:(left|right|center)$/;

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags,
  allowedAttributes,
  allowedSchemes,
  // Inline images written as data: URLs need no network; in <img> they cannot run script.
  allowedSchemesByTag: { img: ['data'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  disallowedTagsMode: 'discard',
  transformTags: { a: safeLink },
};

/**
 * Links the build does not publish lose their target (linkSafety.ts; the same rule warns with H002).
 * A link to an SVG file downloads it: opened as a page, an SVG would run on the course's origin.
 */
function safeLink(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { href, download: _download, ...rest } = attribs;
  if (href === undefined || linkProblem(href)) return { tagName, attribs: rest };
  if (!isLocalSvgLink(href)) return { tagName, attribs: { ...rest, href } };
  // sanitize-html drops empty values of attributes like this one, so it names the file.
  return { tagName, attribs: { ...rest, href, download: href.split(/[?#]/)[0]!.split('/').pop()! } };
}

/** Removes everything not on the allow-list: no script, no event handler, no foreign URL scheme. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, sanitizeOptions);
}

/** Something in an author's raw HTML that the build removes, with its offsets in that HTML. */
export type RawHtmlProblem = {
  [C in 'H001' | 'H002' | 'H003']: {
    code: C;
    /** What `report` takes after the position: the code's one parameter object. */
    params: ParamsOf<C>;
    /** True for a raw `<img>`, which the caller removes itself. */
    image?: boolean;
    start: number;
    end: number;
  };
}['H001' | 'H002' | 'H003'];

/**
 * Describes what the build removes from a piece of raw HTML an author wrote, for warnings: elements
 * and attributes off the allow-list (H001), links (H002) and styles (H003).
 * Raw `<img>` is removed too: Markdown images are checked for existence and copied, raw ones are not.
 */
export function rawHtmlProblems(html: string): RawHtmlProblem[] {
  const found: RawHtmlProblem[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const at = { start: parser.startIndex, end: parser.endIndex + 1 };
      const tag = html.slice(at.start, at.end);
      const atAttribute = (attribute: string) => attributePlace(tag, attribute, at);
      if (name === 'img') {
        found.push({ code: 'H001', params: [{ what: '<img> (write images as ![text](file.svg))' }], image: true, ...at });
        return;
      }
      if (!allowedTags.includes(name)) {
        found.push({ code: 'H001', params: [{ what: `<${name}>` }], ...at });
        return;
      }
      const allowed = [...(allowedAttributes['*'] ?? []), ...(allowedAttributes[name] ?? [])];
      for (const [attribute, value] of Object.entries(attributes)) {
        if (attribute === 'style' && (allowed.includes('style') || /url\(/i.test(value))) {
          for (const declaration of removedDeclarations(value, allowed.includes('style'))) {
            found.push({ code: 'H003', params: [{ style: declaration, element: name }], ...atAttribute(attribute) });
          }
        } else if (!allowed.includes(attribute))
          found.push({ code: 'H001', params: [{ what: `attribute "${attribute}" on <${name}>` }], ...atAttribute(attribute) });
        else if (attribute === 'href') {
          const why = linkProblem(value);
          if (why) found.push({ code: 'H002', params: [{ href: visibleHref(value), why }], ...atAttribute(attribute) });
        }
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** The declarations of a style attribute that the allow-list drops: all but table-cell alignment. */
function removedDeclarations(style: string, cell: boolean): string[] {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => declaration !== '' && !(cell && ALIGNMENT.test(declaration.replace(/\s+/g, '').toLowerCase())))
    .map((declaration) => (declaration.length <= 60 ? declaration : `${declaration.slice(0, 59)}…`));
}

/** The offsets of one attribute inside a start tag, so its warning points at its own line. */
function attributePlace(tag: string, attribute: string, at: { start: number; end: number }): { start: number; end: number } {
  const escaped = attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`\\s(${escaped})(\\s*=\\s*("[^"]*"|'[^']*'|[^\\s>]*))?`, 'i').exec(tag);
  if (!match) return at;
  const start = at.start + match.index + 1;
  return { start, end: start + match[0].length - 1 };
}

/** Removes raw `<img>` elements from an author's HTML (see rawHtmlProblems). */
export function withoutRawImages(html: string): string {
  return sanitizeHtml(html, { ...sanitizeOptions, allowedTags: allowedTags.filter((tag) => tag !== 'img') });
}
