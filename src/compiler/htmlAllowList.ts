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
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  disallowedTagsMode: 'discard',
};

/** Removes everything not on the allow-list: no script, no event handler, no foreign URL scheme. */
export function sanitize(html: string): string {
  return sanitizeHtml(html, sanitizeOptions);
}

/** Describes what `sanitize` would remove from a piece of raw HTML an author wrote, for warnings. */
export function disallowedInRawHtml(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser({
    onopentag(name, attributes) {
      if (!allowedTags.includes(name)) {
        found.push(`<${name}>`);
        return;
      }
      const allowed = [...(allowedAttributes['*'] ?? []), ...(allowedAttributes[name] ?? [])];
      for (const [attribute, value] of Object.entries(attributes)) {
        if (!allowed.includes(attribute)) found.push(`attribute "${attribute}" on <${name}>`);
        else if ((attribute === 'href' || attribute === 'src') && /^\s*[a-z][a-z0-9+.-]*:/i.test(value)) {
          const scheme = value.trim().split(':')[0]!.toLowerCase();
          if (!allowedSchemes.includes(scheme)) found.push(`"${scheme}:" link on <${name}>`);
        }
      }
    },
  });
  parser.write(html);
  parser.end();
  return found;
}
