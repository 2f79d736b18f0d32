import { Parser } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';

/** Elements a lesson may contain, whether written in Markdown or as raw HTML. */
const allowedTags = [
  'p', 'br', 'hr', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'em', 'b', 'i', 's', 'del', 'ins', 'sub', 'sup',
  'small', 'mark', 'abbr', 'kbd', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'a', 'img',
  'figure', 'figcaption', 'table', 'caption', 'thead', 'tbody', 'tr', 'th', 'td', 'span', 'div', 'details',
  'summary', 'q', 'cite',
];

const allowedAttributes: Record<string, string[]> = {
  '*': ['lang', 'dir', 'title'],
  a: ['href'],
  img: ['src', 'alt', 'width', 'height'],
  ol: ['start'],
  th: ['scope', 'colspan', 'rowspan', 'style'],
  td: ['colspan', 'rowspan', 'style'],
  abbr: ['title'],
};

const allowedSchemes = ['https', 'http', 'mailto', 'tel'];

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
};

/** Removes everything not on the allow-list: no script, no event handler, no foreign URL scheme. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, sanitizeOptions);
}

/** Something in an author's raw HTML that the build removes, with its offsets in that HTML. */
export interface RawHtmlProblem {
  what: string;
  start: number;
  end: number;
}

/**
 * Describes what the build removes from a piece of raw HTML an author wrote, for warnings.
 * Raw `<img>` is removed too: Markdown images are checked for existence and copied, raw ones are not.
 */
export function rawHtmlProblems(html: string): RawHtmlProblem[] {
  const found: RawHtmlProblem[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      const at = { start: parser.startIndex, end: parser.endIndex + 1 };
      if (name === 'img') {
        found.push({ what: '<img> (write images as ![text](file.svg))', ...at });
        return;
      }
      if (!allowedTags.includes(name)) {
        found.push({ what: `<${name}>`, ...at });
        return;
      }
      const allowed = [...(allowedAttributes['*'] ?? []), ...(allowedAttributes[name] ?? [])];
      for (const [attribute, value] of Object.entries(attributes)) {
        if (!allowed.includes(attribute)) found.push({ what: `attribute "${attribute}" on <${name}>`, ...at });
        else if (attribute === 'href' && /^\s*[a-z][a-z0-9+.-]*:/i.test(value)) {
          const scheme = value.trim().split(':')[0]!.toLowerCase();
          if (!allowedSchemes.includes(scheme)) found.push({ what: `"${scheme}:" link on <${name}>`, ...at });
        }
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** Removes raw `<img>` elements from an author's HTML (see rawHtmlProblems). */
export function withoutRawImages(html: string): string {
  return sanitizeHtml(html, { ...sanitizeOptions, allowedTags: allowedTags.filter((tag) => tag !== 'img') });
}
