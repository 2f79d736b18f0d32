import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { authorChecks, type GlossarySource } from './checks/authorChecks.ts';
import { assembleCourse, type CompiledCourse } from './course/assembleCourse.ts';
import { hasErrors, sortDiagnostics } from './diagnostics/diagnostics.ts';
import { courseLessons } from './load/courseLessons.ts';
import { defaultTheme, isDefaultThemeDir } from './load/defaultTheme.ts';
import { wachsamVersion } from './load/wachsamVersion.ts';
import { loadTheme } from './load/loadTheme.ts';
import { checkOutputLimits } from './load/outputLimits.ts';
import { templatePlaceholders } from './theme/templatePlaceholders.ts';
import { darkPaletteWarnings } from './theme/darkPaletteWarning.ts';
import { changedFacts, placeholderValues } from './theme/themeValues.ts';

export type { CompiledCourse, OutputFile } from './course/assembleCourse.ts';

export interface CompileOptions {
  lessonsDir: string;
  themeDir: string;
  /** Paths in diagnostics are shown relative to this folder. */
  cwd?: string;
  /**
   * Also run the author checks: readability, review dates, parallel language versions, answer lengths,
   * repeated questions, the glossary and durations (the CLI does).
   * @default false
   */
  authorChecks?: boolean;
  /**
   * The glossary file for the terms check (L009); none is checked when the file does not exist.
   * @default this repository's docs/glossary.yaml
   */
  glossary?: string;
  /** "Now" for the review-date check. @default the current date */
  today?: Date;
}

/**
 * Lessons and theme in, the course model and the files that carry lesson text out. The thin loader:
 * it does the compiler's I/O (theme, lessons, icon, licence files, the working folder) and leaves
 * the course model to the pure `assembleCourse`.
 */
export async function compileCourse(options: CompileOptions): Promise<CompiledCourse> {
  const cwd = options.cwd ?? process.cwd();
  const displayPath = (path: string) => relative(cwd, path).split('\\').join('/') || '.';
  const themed = await loadTheme(options.themeDir, displayPath);
  const languages = themed.theme?.course.languages ?? themed.parts.languages ?? ['de', 'en'];
  const fallback = await defaultTheme();
  const variables = themed.theme ? placeholderValues(themed.theme, languages, fallback?.organisation.variables) : undefined;
  const changed = variables && fallback ? changedFacts(variables, placeholderValues(fallback, languages)) : undefined;
  const loaded = await courseLessons(options.lessonsDir, themed, languages, displayPath, { variables, ...(changed ? { changedFacts: changed } : {}) });
  const checked = options.authorChecks
    ? authorChecks(loaded.lessons, displayPath, options.today, await readGlossary(options.glossary ?? GLOSSARY_FILE, displayPath))
    : { diagnostics: [], readability: [], figures: [] };
  const themeFile = displayPath(join(options.themeDir, 'theme.yaml'));
  const limits = await checkOutputLimits(themed, themeFile, loaded.lessons, languages, displayPath);
  const placeholders = themed.theme && fallback ? templatePlaceholders(themed.theme, themed.positionOf, fallback, themeFile) : [];
  // The default theme is the template: it warns like any theme (an admin may have edited it in place),
  // and its build adds one line on how to make a theme of one's own.
  const isTemplate = placeholders.length > 0 && (await isDefaultThemeDir(options.themeDir));
  const templateNote = isTemplate ? { templatePlaceholders: { file: themeFile, count: placeholders.length } } : {};
  const palettes = themed.theme && fallback ? darkPaletteWarnings(themed.theme.brand.colors, fallback.brand.colors, themed.positionOf, themeFile) : [];
  const diagnostics = sortDiagnostics([...themed.diagnostics, ...placeholders, ...palettes, ...loaded.diagnostics, ...checked.diagnostics, ...limits]);
  const { readability, figures } = checked;
  if (!themed.theme || hasErrors(diagnostics)) {
    // Without a theme, every {{ org.… }} would look undefined: those checks wait for a readable theme.
    const skipped = themed.theme ? undefined : `The lessons' placeholders ({{ org.… }}) were not checked: ${themeFile} has errors. Fix those first.`;
    return {
      course: undefined,
      contents: [],
      files: [],
      diagnostics,
      lessonCount: loaded.lessons.length,
      readability,
      figures,
      ...templateNote,
      ...(skipped ? { skipped } : {}),
    };
  }
  const theme = themed.theme;
  // loadTheme has checked that the icon (or the logo standing in for it) exists.
  const iconBytes = await readFile(join(options.themeDir, theme.brand.icon ?? theme.brand.logo));
  const assembled = assembleCourse({
    theme,
    themed,
    lessons: loaded.lessons,
    nameIsPlaceholder: changed !== undefined && !changed.has('name'),
    languages,
    themeDir: options.themeDir,
    iconBytes,
    licenceFiles: licenceFiles(),
    wachsamVersion: await wachsamVersion(),
    diagnostics,
    readability,
    figures,
  });
  return { ...assembled, ...templateNote };
}

/** The course's glossary: terms the lessons avoid, per language. */
const GLOSSARY_FILE = fileURLToPath(new URL('../../docs/glossary.yaml', import.meta.url));

/** The glossary's text, or undefined when there is no such file. */
async function readGlossary(path: string, displayPath: (path: string) => string): Promise<GlossarySource | undefined> {
  try {
    return { file: displayPath(path), text: await readFile(path, 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The repository's licence files, which every bundle carries. */
function licenceFiles(): { LICENSE: string; 'LICENSE-CONTENT': string } {
  const path = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));
  return { LICENSE: path('LICENSE'), 'LICENSE-CONTENT': path('LICENSE-CONTENT') };
}
