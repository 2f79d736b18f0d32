import createDOMPurify, { type DOMPurify } from 'dompurify';
import { Parser } from 'htmlparser2';
import type { Position } from '../diagnostics/diagnostics.ts';

/**
 * SVG files from lessons and themes are served from the course's own origin, where a learner can
 * open them as documents (a link, "open image in new tab"). There, a `<script>` or an `onload` runs
 * with the course's storage and, inside an LMS, its SCORM API. So every SVG is sanitised at build
 * time: DOMPurify's SVG profile on jsdom (the combination DOMPurify documents for Node), plus a
 * rule of our own that an SVG refers to nothing outside itself.
 */

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** Something the sanitiser removed, with its place in the SVG file. */
export interface SvgRemoval extends Position {
  what: string;
}

export type SanitisedSvg = { ok: true; text: string; removed: SvgRemoval[] } | { ok: false; problem: string; at: Position };

interface Sanitiser {
  purify: DOMPurify;
  parse: (text: string) => Document;
  serialize: (node: Node) => string;
}

let shared: Promise<Sanitiser> | undefined;

/** jsdom takes a moment to load, so it is loaded only when a course has an SVG, and once. */
function sanitiser(): Promise<Sanitiser> {
  shared ??= import('jsdom').then(({ JSDOM }) => {
    const { window } = new JSDOM('');
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (externalReference(data.attrName, data.attrValue, (_node as Element).localName)) data.keepAttr = false;
    });
    return {
      purify,
      parse: (text) => new window.DOMParser().parseFromString(text, 'image/svg+xml'),
      serialize: (node) => new window.XMLSerializer().serializeToString(node),
    };
  });
  return shared;
}

/** Raster images embedded in the SVG itself need no other file and cannot run script. */
const EMBEDDED_RASTER = /^data:image\/(png|jpeg|gif|webp|avif)[;,]/i;

/** True for an attribute that points outside the SVG: only `#id` fragments stay. */
function externalReference(name: string, value: string, element: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers drop these from URLs
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  if (name === 'href' || name === 'xlink:href') {
    if (element === 'image' && EMBEDDED_RASTER.test(compact)) return false;
    return !compact.startsWith('#');
  }
  if (/^(javascript|vbscript|data):/i.test(compact) && name !== 'd') return true;
  return urlsOf(value).some((url) => !url.startsWith('#'));
}

/** The targets of every `url(...)` in a CSS or presentation-attribute value. */
function urlsOf(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/gi)].map((match) => match[2]!.trim());
}

/** CSS that loads from elsewhere: `@import`, or `url()` to anything but a fragment. */
function externalCss(css: string): boolean {
  return /@import/i.test(css) || urlsOf(css).some((url) => !url.startsWith('#'));
}

/**
 * Editor bookkeeping (Inkscape, Sodipodi, RDF metadata), namespace declarations and comments go
 * without a warning: they cannot run or load anything, and every editor writes them.
 */
function worthReporting(name: string): boolean {
  return !/^(#comment|#processing-instruction|metadata|xmlns:.*|(inkscape|sodipodi|rdf|cc|dc):.*)$/i.test(name);
}

/**
 * Sanitises one SVG file's text. Deterministic: the same text gives the same bytes. A text that is
 * no well-formed SVG is refused rather than guessed at.
 */
export async function sanitiseSvg(source: string): Promise<SanitisedSvg> {
  const { purify, parse, serialize } = await sanitiser();
  const text = source.replace(/^\uFEFF/, '');
  const doc = parse(text);
  const root = doc.documentElement;
  const failure = doc.getElementsByTagName('parsererror')[0];
  if (failure || !root) return { ok: false, problem: parseProblem(failure?.textContent ?? ''), at: parsePlace(failure?.textContent ?? '') };
  if (root.localName !== 'svg' || root.namespaceURI !== SVG_NAMESPACE) {
    return { ok: false, problem: `its root element is <${root.nodeName}>, not <svg> in the SVG namespace`, at: { line: 1, col: 1 } };
  }
  const places = tagPlaces(text);
  const placeOf = new Map<Node, number>([root, ...root.getElementsByTagName('*')].map((element, index) => [element, index]));
  const removed: SvgRemoval[] = [];
  const at = (node: Node | null | undefined, attribute?: string): Position => {
    const index = node ? placeOf.get(node) : undefined;
    const tag = index === undefined ? undefined : places[index];
    if (!tag || tag.name !== (node as Element).nodeName) return { line: 1, col: 1 };
    const offset = attribute ? tag.start + attributeOffset(tag.text, attribute) + 1 : tag.start;
    return positionOf(text, offset);
  };

  // DOMPurify allows <style>; CSS that loads from elsewhere goes here, the rest stays.
  for (const style of [...root.getElementsByTagName('style')]) {
    if (!externalCss(style.textContent ?? '')) continue;
    removed.push({ what: '<style> that loads from elsewhere (@import or url())', ...at(style) });
    style.remove();
  }
  purify.sanitize(root, {
    IN_PLACE: true,
    USE_PROFILES: { svg: true, svgFilters: true },
    // <use> of a fragment in the same file is common and safe; external ones lose their href above.
    ADD_TAGS: ['use'],
    ADD_ATTR: ['role'],
  });
  for (const item of purify.removed as { element?: Node; attribute?: Attr | null; from?: Node }[]) {
    if (item.element) {
      const name = item.element.nodeName;
      if (worthReporting(name)) removed.push({ what: `<${name}>`, ...at(item.element) });
    } else if (item.attribute && worthReporting(item.attribute.name)) {
      const owner = item.from?.nodeName ?? '?';
      const what = describeAttribute(item.attribute.name, item.attribute.value, owner);
      removed.push({ what, ...at(item.from, item.attribute.name) });
    }
  }
  return { ok: true, text: `${serialize(root)}\n`, removed: unique(removed) };
}

function describeAttribute(name: string, value: string, owner: string): string {
  if (/^on/i.test(name)) return `event handler "${name}" on <${owner}>`;
  if (name === 'href' || name === 'xlink:href') return `link "${shortValue(value)}" (${name} on <${owner}>)`;
  if (/url\(/i.test(value)) return `reference "${shortValue(value)}" (${name} on <${owner}>)`;
  return `attribute "${name}" on <${owner}>`;
}

function shortValue(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a message shows no control characters
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  return clean.length <= 60 ? clean : `${clean.slice(0, 59)}…`;
}

/** One warning per thing and place: a hoisted subtree can be reported twice. */
function unique(items: SvgRemoval[]): SvgRemoval[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.line}:${item.col}:${item.what}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface TagPlace {
  name: string;
  start: number;
  text: string;
}

/** Every start tag of the SVG in document order, the order in which jsdom lists its elements. */
function tagPlaces(text: string): TagPlace[] {
  const tags: TagPlace[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        tags.push({ name, start: parser.startIndex, text: text.slice(parser.startIndex, parser.endIndex + 1) });
      },
    },
    { xmlMode: true },
  );
  parser.write(text);
  parser.end();
  return tags;
}

function attributeOffset(tag: string, attribute: string): number {
  const escaped = attribute.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\s${escaped}\\s*=`, 'i').exec(tag)?.index ?? -1;
}

function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

/** jsdom's XML parser (saxes) reports "line:col: message". */
function parsePlace(message: string): Position {
  const match = /(\d+):(\d+):/.exec(message);
  return match ? { line: Math.max(1, Number(match[1])), col: Math.max(1, Number(match[2])) } : { line: 1, col: 1 };
}

function parseProblem(message: string): string {
  const line = message.split('\n').find((part) => part.trim() !== '') ?? 'not well-formed XML';
  return line
    .replace(/^\s*\d+:\d+:\s*/, '')
    .trim()
    .slice(0, 160);
}
