import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink, sortDiagnostics } from '../diagnostics/diagnostics.ts';
import { oneLine } from '../lesson/parseLesson.ts';
import { type Examples, parseYaml, validateYaml, type YamlSource } from '../lesson/yamlSource.ts';
import { feedbackContactProblems } from './accessibilityValues.ts';
import { colourExample } from './colourExample.ts';
import { checkContrast, type ContrastProblem } from './themeContrast.ts';
import { keysAt, NO_PARTS, type ThemeParts, themeParts } from './themeParts.ts';
import { themeSchema, type Theme } from './themeSchema.ts';

const examples: Examples = {
  languages: 'languages: [de, en]',
  passMark: 'passMark: 80',
  id: 'id: wachsam',
  logo: 'logo: logo.svg',
  email: 'email: service@example.org',
  lessons: 'lessons: [02-email, 04-passwords]',
  ...Object.fromEntries(['primary', 'accent', 'text', 'background', 'success', 'error'].map((key) => [key, colourExample])),
};

export interface ParsedTheme {
  /** Undefined when the text is no valid YAML. */
  source: YamlSource | undefined;
  /** Undefined when the schema fails; colours that fail are errors in `diagnostics`. */
  theme: Theme | undefined;
  /** What passed the schema, part by part, for the checks that need it while other parts have errors. */
  parts: ThemeParts;
  diagnostics: Diagnostic[];
}

/**
 * The pure part of loadTheme: theme.yaml's text against the schema and the contrast rules, without
 * looking at the files it names. Never throws: a failure of its own is R005.
 */
export function parseTheme(text: string, file: string): ParsedTheme {
  const sink = new DiagnosticSink(file);
  try {
    const source = parseYaml(text, 1, sink);
    if (!source) return { source, theme: undefined, parts: NO_PARTS, diagnostics: sink.items };
    const theme = validateYaml(source, themeSchema, sink, examples, keysAt, 'theme');
    const parts = themeParts(source.data);
    for (const problem of mergedContrastProblems(parts.colors)) {
      const at = source.positionOf(['brand', 'colors', problem.mode, problem.fix]);
      sink.report('T004', at, problem);
    }
    sink.items.push(...feedbackContactProblems(parts.accessibility, source, file));
    return { source, theme, parts, diagnostics: sortDiagnostics(sink.items) };
  } catch (error) {
    sink.report('R005', { line: 1, col: 1 }, { what: 'reading the theme', detail: oneLine(error) });
    return { source: undefined, theme: undefined, parts: NO_PARTS, diagnostics: sink.items };
  }
}

/**
 * Contrast is symmetric, so "primary on background" and "background on primary" fail together:
 * one diagnostic per colour to fix and mode, naming every use it spoils.
 */
function mergedContrastProblems(colors: ThemeParts['colors']): ContrastProblem[] {
  const merged = new Map<string, ContrastProblem>();
  for (const problem of checkContrast(colors)) {
    const key = `${problem.mode}:${problem.fix}:${[problem.foreground, problem.background].sort().join()}`;
    const earlier = merged.get(key);
    if (earlier) merged.set(key, { ...earlier, use: `${earlier.use}, and ${problem.use}` });
    else merged.set(key, problem);
  }
  return [...merged.values()];
}
