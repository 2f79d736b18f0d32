import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_OFFLINE_FILE_BYTES, OFFLINE_IMAGE_TYPES } from '../../shared/offlineLimits.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import type { SourceLesson } from './loadLessons.ts';
import type { LoadedTheme } from './loadTheme.ts';

/**
 * The limits the outputs impose, checked where the author can fix them, so that `npm run check` finds
 * in seconds what the packagers would otherwise refuse a minute into `npm run build`. File names need
 * no check here: every output name is made portable (outputNames.ts).
 */

/** imscp_rootv1p1p2.xsd: the SCORM 1.2 manifest's `<title>`. */
export const MAX_SCORM12_TITLE = 200;

/**
 * A lesson id is a SCORM objective id (1.2: at most 255 characters), part of the bookmark (at most 255)
 * and of every path of its files in the bundle, which Windows limits to 260 characters including the
 * folder the intranet zip is unpacked into. 64 leaves room for all of them.
 */
export const MAX_LESSON_ID = 64;

export async function checkOutputLimits(
  themed: LoadedTheme,
  themeFile: string,
  lessons: readonly SourceLesson[],
  languages: readonly string[],
  displayPath: (path: string) => string,
): Promise<Diagnostic[]> {
  const diagnostics = titleProblems(themed, themeFile, languages);
  for (const lesson of lessons) {
    if (lesson.id.length > MAX_LESSON_ID) {
      const sink = new DiagnosticSink(displayPath(lesson.dir));
      sink.report('C001', { line: 1, col: 1 }, { id: lesson.id, max: MAX_LESSON_ID });
      diagnostics.push(...sink.items);
    }
    for (const variant of lesson.variants.values()) {
      const sink = new DiagnosticSink(displayPath(variant.file));
      for (const asset of variant.assets) {
        const extension = /\.([^./]+)$/.exec(asset.src)?.[1]?.toLowerCase() ?? '';
        if (!OFFLINE_IMAGE_TYPES.includes(extension)) {
          sink.report('A006', asset, { src: asset.src, extension });
          continue;
        }
        const size = (await stat(join(lesson.dir, asset.src)).catch(() => undefined))?.size ?? 0;
        if (size > MAX_OFFLINE_FILE_BYTES) {
          sink.report('A005', asset, { src: asset.src, bytes: size, maxBytes: MAX_OFFLINE_FILE_BYTES });
        }
      }
      diagnostics.push(...sink.items);
    }
  }
  return diagnostics;
}

/** T007 at each title in theme.yaml that is too long for the SCORM 1.2 manifest (any language may come first). */
function titleProblems(themed: LoadedTheme, themeFile: string, languages: readonly string[]): Diagnostic[] {
  const sink = new DiagnosticSink(themeFile);
  const title = themed.parts.title;
  if (title === undefined) return [];
  const texts: [string, string, (string | number)[]][] =
    typeof title === 'string'
      ? [[languages.join(', '), title, ['course', 'title']]]
      : Object.entries(title).map(([lang, text]) => [lang, text, ['course', 'title', lang]]);
  for (const [lang, text, path] of texts) {
    const length = [...text].length;
    if (length > MAX_SCORM12_TITLE) sink.report('T007', themed.positionOf(path), { lang, length, max: MAX_SCORM12_TITLE });
  }
  return sink.items;
}
