import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import { oneLine, parseLesson, type ParsedLesson } from '../lesson/parseLesson.ts';
import { locationProblem, type LocationProblem } from './realLocation.ts';
import { loadSvgFile } from './loadSvgFile.ts';
import { assetBaseOf } from '../../shared/contentPaths.ts';

export interface LessonVariant extends ParsedLesson {
  /** Absolute path of the Markdown file. */
  file: string;
}

export interface SourceLesson {
  id: string;
  /** Absolute path of the lesson folder. */
  dir: string;
  /** Parsed files by language, in course-language order. */
  variants: Map<string, LessonVariant>;
  /** The sanitised text of each SVG image, by its path as written: what the build publishes. */
  svgTexts: Map<string, string>;
}

export interface LoadedLessons {
  lessons: SourceLesson[];
  diagnostics: Diagnostic[];
}

/** Safe in URLs, file names on every system and SCORM identifiers. */
const LESSON_ID = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** Reads every lesson folder below `root`, in folder-name order, and parses each language file. */
export interface LoadOptions {
  /** The theme's local facts per language, for placeholders. */
  variables?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The facts the theme changed from the default theme's (see parseLesson). */
  changedFacts?: ReadonlySet<string>;
  /** A theme's lessons folder may be missing or empty; the course's may not. @default true */
  required?: boolean;
}

export async function loadLessons(
  root: string,
  languages: readonly string[],
  displayPath: (path: string) => string,
  options: LoadOptions = {},
): Promise<LoadedLessons> {
  const diagnostics: Diagnostic[] = [];
  const general = new DiagnosticSink(displayPath(root));
  const entries = await readdir(root, { withFileTypes: true }).catch(() => []);
  // A linked lesson folder would publish whatever it points at; it is refused, not skipped unseen.
  for (const entry of entries.filter((item) => item.isSymbolicLink() && !item.name.startsWith('.'))) {
    const sink = new DiagnosticSink(displayPath(resolve(root, entry.name)));
    sink.report('L008', { line: 1, col: 1 }, { what: `lesson folder "${entry.name}"` });
    diagnostics.push(...sink.items);
  }
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  if (folders.length === 0 && options.required !== false) general.report('L006', { line: 1, col: 1 }, { dir: displayPath(root) });

  const seen = new Map<string, string>();
  const lessons: SourceLesson[] = [];
  for (const name of folders) {
    const dir = resolve(root, name);
    const folderSink = new DiagnosticSink(displayPath(dir));
    if (!LESSON_ID.test(name)) {
      folderSink.report('L004', { line: 1, col: 1 }, { name });
      diagnostics.push(...folderSink.items);
      continue;
    }
    const other = seen.get(name.toLowerCase());
    if (other) {
      folderSink.report('L001', { line: 1, col: 1 }, { id: name, other });
      diagnostics.push(...folderSink.items);
      continue;
    }
    seen.set(name.toLowerCase(), displayPath(dir));
    // A last line of defence: one lesson that breaks the compiler must not hide the others' problems.
    try {
      const lesson = await loadLesson(name, dir, languages, displayPath, options.variables, options.changedFacts);
      diagnostics.push(...lesson.diagnostics);
      lessons.push(lesson.lesson);
    } catch (error) {
      folderSink.report('R005', { line: 1, col: 1 }, { what: 'reading this lesson folder', detail: oneLine(error) });
      diagnostics.push(...folderSink.items);
    }
  }
  diagnostics.push(...general.items);
  return { lessons, diagnostics };
}

async function loadLesson(
  id: string,
  dir: string,
  languages: readonly string[],
  displayPath: (path: string) => string,
  /** Undefined when the theme could not be read: placeholders are then not checked. */
  variables: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined,
  changedFacts: ReadonlySet<string> | undefined,
): Promise<{ lesson: SourceLesson; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const link of entries.filter((entry) => entry.isSymbolicLink() && entry.name.endsWith('.md'))) {
    const sink = new DiagnosticSink(displayPath(join(dir, link.name)));
    sink.report('L008', { line: 1, col: 1 }, { what: `lesson file "${link.name}"` });
    diagnostics.push(...sink.items);
  }
  const files = entries.filter((f) => f.isFile()).map((f) => f.name);
  for (const name of files.filter((f) => f.endsWith('.md'))) {
    if (!languages.includes(name.slice(0, -3))) {
      const sink = new DiagnosticSink(displayPath(join(dir, name)));
      sink.report('L005', { line: 1, col: 1 }, { name, languages });
      diagnostics.push(...sink.items);
    }
  }
  const variants = new Map<string, LessonVariant>();
  const publishable = new Set<string>();
  const present = languages.filter((lang) => files.includes(`${lang}.md`));
  for (const lang of present) {
    const file = join(dir, `${lang}.md`);
    const parsed = parseLesson(await readFile(file, 'utf8'), displayPath(file), {
      id,
      lang,
      assetBase: assetBaseOf(id),
      variables: variables && (variables[lang] ?? {}),
      ...(changedFacts ? { changedFacts } : {}),
    });
    const sink = new DiagnosticSink(displayPath(file));
    for (const asset of parsed.assets) {
      const problem = await assetProblem(dir, asset.src);
      if (problem === 'symlink' || problem === 'outside') sink.report('A009', asset, { src: asset.src, why: problem });
      else if (problem) sink.report(problem, asset, { src: asset.src });
      else publishable.add(asset.src);
    }
    diagnostics.push(...parsed.diagnostics, ...sink.items);
    variants.set(lang, { ...parsed, file });
  }
  if (present.length === 0) {
    const sink = new DiagnosticSink(displayPath(dir));
    sink.report('L007', { line: 1, col: 1 }, { name: id, languages });
    diagnostics.push(...sink.items);
  }
  for (const lang of present.length > 0 ? languages.filter((l) => !present.includes(l)) : []) {
    const sink = new DiagnosticSink(displayPath(join(dir, `${lang}.md`)));
    sink.report('L002', { line: 1, col: 1 }, { id, lang, fallback: present[0]! });
    diagnostics.push(...sink.items);
  }
  const svgTexts = new Map<string, string>();
  for (const src of [...publishable].filter((path) => /\.svg$/i.test(path)).sort()) {
    const sanitised = await loadSvgFile(join(dir, src), displayPath);
    diagnostics.push(...sanitised.diagnostics);
    if (sanitised.text !== undefined) svgTexts.set(src, sanitised.text);
  }
  return { lesson: { id, dir, variants, svgTexts }, diagnostics };
}

/**
 * A003 for an image outside the lesson folder (each lesson is published in a folder of its own, so
 * `../other/pic.svg` would not be there), a location problem for a symbolic link or a file whose real
 * location is elsewhere, A001 for one that does not exist.
 */
async function assetProblem(dir: string, path: string): Promise<'A001' | 'A003' | LocationProblem | undefined> {
  const inside = relative(dir, resolve(dir, path));
  if (inside === '' || inside.split(/[\\/]/)[0] === '..' || isAbsolute(inside)) return 'A003';
  const location = await locationProblem(dir, path);
  if (location) return location;
  const info = await stat(resolve(dir, path)).catch(() => undefined);
  return info?.isFile() ? undefined : 'A001';
}
