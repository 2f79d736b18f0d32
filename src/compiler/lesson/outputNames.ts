import { createHash } from 'node:crypto';
import type { LessonContent } from '../../shared/courseModel.ts';

/**
 * The one rule for file names in every output (web bundle, intranet zip, both SCORM zips, and the
 * model that points at them): a lesson or theme keeps whatever name its author gave a file, and the
 * build writes it under a name every LMS, web server, file share and zip tool handles. A name that is
 * already portable stays as it is; any other gets a deterministic portable one: the same source name
 * always gives the same output name, so rebuilds stay byte-identical.
 *
 * Why renaming rather than an error: `Übersicht.svg` or `mein bild.png` are ordinary names for an
 * author, and nothing is gained by making them rename files only because an LMS is picky.
 */

/** ASCII letters, digits, `.`, `_` and `-`, not starting with a dot or hyphen (hidden or option-like). */
const PORTABLE = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

/** Letters whose usual ASCII spelling is not what Unicode decomposition gives (ä → ae, not a). */
const SPELLED: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'Ae',
  œ: 'oe',
  Œ: 'Oe',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  þ: 'th',
  Þ: 'Th',
};

/** Long enough to recognise the file, short enough for Windows paths inside an extracted zip. */
const MAX_STEM = 48;

/**
 * Whether a file name (one path segment) can go into every output unchanged. The extension must be
 * lower case too: the service worker's precache patterns, web servers' type maps and the player's own
 * checks (`.endsWith('.png')`) all look for lower-case extensions.
 */
export function isPortableName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1) : '';
  return PORTABLE.test(name) && extension === extension.toLowerCase();
}

/** The output name of one path segment: unchanged when portable (unless `force`), else a portable form with a hash of the original. */
export function portableName(name: string, force = false): string {
  if (!force && isPortableName(name)) return name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 6);
  const safeStem =
    fold(stem)
      .slice(0, MAX_STEM)
      .replace(/[-._]+$/, '') || 'file';
  const safeExtension = fold(extension).replace(/[.]/g, '').toLowerCase();
  return `${safeStem}-${hash}${safeExtension ? `.${safeExtension}` : ''}`;
}

/** A relative path with every segment made portable. */
export function portablePath(path: string): string {
  return path
    .split('/')
    .map((segment) => portableName(segment))
    .join('/');
}

/**
 * Output paths for the files of one folder (a lesson's images), by source path. Besides making each
 * name portable, names that differ only in letter case (`Bild.png`, `bild.png`) are kept apart: Windows
 * file shares and some LMSs would otherwise store one over the other.
 */
export function assignOutputPaths(sources: Iterable<string>): Map<string, string> {
  const result = new Map<string, string>();
  const taken = new Set<string>();
  for (const source of [...new Set(sources)].sort()) {
    let output = portablePath(source);
    if (taken.has(output.toLowerCase())) {
      const segments = source.split('/');
      const last = segments.pop()!;
      output = [...segments.map((segment) => portableName(segment)), portableName(last, true)].join('/');
    }
    taken.add(output.toLowerCase());
    result.set(source, output);
  }
  return result;
}

/**
 * The lesson text with its image URLs pointing at the output paths. The Markdown parser wrote each
 * image as `<assetBase>/<encodeURI(source)>` (HTML-escaped by the sanitiser); only renamed ones change.
 */
export function withOutputPaths(content: LessonContent, assetBase: string, outputs: ReadonlyMap<string, string>): LessonContent {
  const replacements = [...outputs]
    .filter(([source, output]) => source !== output)
    .map(([source, output]) => [`src="${escapeAttribute(`${assetBase}/${encodeURI(source)}`)}"`, `src="${assetBase}/${output}"`] as const);
  if (replacements.length === 0) return content;
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return replacements.reduce((text, [from, to]) => text.replaceAll(from, to), value);
    if (Array.isArray(value)) return value.map(rewrite);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewrite(item)]));
    return value;
  };
  return rewrite(content) as LessonContent;
}

function fold(text: string): string {
  return [...text]
    .map((char) => SPELLED[char] ?? char)
    .join('')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-._]+/, '');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}
