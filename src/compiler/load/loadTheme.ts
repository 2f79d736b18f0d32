import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink, hasErrors, sortDiagnostics } from '../diagnostics/diagnostics.ts';
import { parseTheme } from '../theme/parseTheme.ts';
import type { Theme } from '../theme/themeSchema.ts';
import { NO_PARTS, type ThemeParts } from '../theme/themeParts.ts';
import { isSymbolicLink, locationProblem } from './realLocation.ts';
import { loadSvgFile } from './loadSvgFile.ts';
import type { YamlSource } from '../lesson/yamlSource.ts';

export interface LoadedTheme {
  dir: string;
  theme: Theme | undefined;
  /** What passed the schema, part by part: the checks of one part run while another has errors. */
  parts: ThemeParts;
  diagnostics: Diagnostic[];
  /** Where a key sits in theme.yaml, for diagnostics found later (e.g. course.lessons). */
  positionOf: YamlSource['positionOf'];
  /** The sanitised text of the theme's SVG files (logos, icon), by name: what the build publishes. */
  svgTexts: Map<string, string>;
}

const MAX_LOGO_BYTES = 200 * 1024;

/** Reads and checks theme.yaml: schema, the files it names, and the contrast of its colours. */
export async function loadTheme(dir: string, displayPath: (path: string) => string): Promise<LoadedTheme> {
  const file = join(dir, 'theme.yaml');
  const sink = new DiagnosticSink(displayPath(file));
  const nowhere: YamlSource['positionOf'] = () => ({ line: 1, col: 1 });
  const svgTexts = new Map<string, string>();
  // A theme from elsewhere must not make the build read, and publish, files of this machine.
  if (await isSymbolicLink(file)) {
    sink.report('T008', { line: 1, col: 1 }, { file: 'theme.yaml', why: 'symlink' });
    return { dir, theme: undefined, parts: NO_PARTS, diagnostics: sink.items, positionOf: nowhere, svgTexts };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    sink.report('T001', { line: 1, col: 1 }, { file: displayPath(file) });
    return { dir, theme: undefined, parts: NO_PARTS, diagnostics: sink.items, positionOf: nowhere, svgTexts };
  }
  const parsed = parseTheme(text, displayPath(file));
  if (!parsed.source) return { dir, theme: undefined, parts: NO_PARTS, diagnostics: parsed.diagnostics, positionOf: nowhere, svgTexts };
  const fileSink = new DiagnosticSink(displayPath(file));
  // Every file key that passed the schema is checked, whatever else in the theme has errors.
  const ownDiagnostics = await checkFiles(dir, parsed.parts.files, parsed.source, fileSink, svgTexts, displayPath);
  if (await isSymbolicLink(join(dir, 'lessons'))) {
    const lessonsSink = new DiagnosticSink(displayPath(join(dir, 'lessons')));
    lessonsSink.report('L008', { line: 1, col: 1 }, { what: "theme's lessons folder" });
    ownDiagnostics.push(...lessonsSink.items);
  }
  const diagnostics = sortDiagnostics([...parsed.diagnostics, ...fileSink.items, ...ownDiagnostics]);
  const theme = hasErrors(diagnostics) ? undefined : parsed.theme;
  return { dir, theme, parts: parsed.parts, diagnostics, positionOf: parsed.source.positionOf, svgTexts };
}

/**
 * T008 for a file that is a symbolic link or really lies elsewhere, T002 for a missing one, T003 for a
 * logo (light or dark) too large; SVG files are sanitised into `svgTexts`, and their own diagnostics are returned.
 */
async function checkFiles(
  dir: string,
  named: ThemeParts['files'],
  source: YamlSource,
  sink: DiagnosticSink,
  svgTexts: Map<string, string>,
  displayPath: (path: string) => string,
): Promise<Diagnostic[]> {
  const svgDiagnostics: Diagnostic[] = [];
  for (const { name, path } of named) {
    const location = await locationProblem(dir, name);
    if (location) {
      sink.report('T008', source.positionOf(path), { file: name, key: path.join('.'), why: location });
      continue;
    }
    const info = await stat(resolve(dir, name)).catch(() => undefined);
    if (!info?.isFile()) sink.report('T002', source.positionOf(path), { file: name, key: path.join('.') });
    else if ((path[1] === 'logo' || path[1] === 'logoDark') && info.size > MAX_LOGO_BYTES) {
      sink.report('T003', source.positionOf(path), { file: name, bytes: info.size });
    } else if (/\.svg$/i.test(name) && !svgTexts.has(name)) {
      const sanitised = await loadSvgFile(resolve(dir, name), displayPath);
      svgDiagnostics.push(...sanitised.diagnostics);
      if (sanitised.text !== undefined) svgTexts.set(name, sanitised.text);
    }
  }
  return svgDiagnostics;
}
