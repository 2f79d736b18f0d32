import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink, sortDiagnostics } from '../diagnostics/diagnostics.ts';
import { oneLine } from '../lesson/parseLesson.ts';
import { parseYaml, validateYaml, type YamlSource } from '../lesson/yamlSource.ts';
import { feedbackContactProblems } from './accessibilityValues.ts';
import { checkContrast, type ContrastProblem } from './themeContrast.ts';
import { themeSchema, type Theme } from './themeSchema.ts';

const examples: Record<string, string> = {
  languages: 'languages: [de, en]',
  passMark: 'passMark: 80',
  id: 'id: wachsam',
  logo: 'logo: logo.svg',
  primary: 'primary: "#1d4e89"',
  email: 'email: service@example.org',
  lessons: 'lessons: [02-email, 04-passwords]',
};

export interface ParsedTheme {
  /** Undefined when the text is no valid YAML. */
  source: YamlSource | undefined;
  /** Undefined when the schema fails; colours that fail are errors in `diagnostics`. */
  theme: Theme | undefined;
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
    if (!source) return { source, theme: undefined, diagnostics: sink.items };
    const theme = validateYaml(source, themeSchema, sink, examples, (path) => allowedKeysAt(path), 'theme');
    if (theme) {
      for (const problem of mergedContrastProblems(theme)) {
        const at = source.positionOf(['brand', 'colors', problem.mode, problem.fix]);
        sink.report('T004', at, problem);
      }
      sink.items.push(...feedbackContactProblems(theme, source, file));
    }
    return { source, theme, diagnostics: sortDiagnostics(sink.items) };
  } catch (error) {
    sink.report('R005', { line: 1, col: 1 }, { what: 'reading the theme', detail: oneLine(error) });
    return { source: undefined, theme: undefined, diagnostics: sink.items };
  }
}

/**
 * Contrast is symmetric, so "primary on background" and "background on primary" fail together:
 * one diagnostic per colour to fix and mode, naming every use it spoils.
 */
function mergedContrastProblems(theme: Theme): ContrastProblem[] {
  const merged = new Map<string, ContrastProblem>();
  for (const problem of checkContrast(theme.brand.colors)) {
    const key = `${problem.mode}:${problem.fix}:${[problem.foreground, problem.background].sort().join()}`;
    const earlier = merged.get(key);
    if (earlier) merged.set(key, { ...earlier, use: `${earlier.use}, and ${problem.use}` });
    else merged.set(key, problem);
  }
  return [...merged.values()];
}

function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let shape: unknown = themeSchema;
  for (const key of path) {
    if (typeof key === 'number') {
      shape = (unwrap(shape) as { element?: unknown }).element;
      continue;
    }
    shape = (unwrap(shape) as { shape?: Record<string, unknown> }).shape?.[String(key)];
  }
  return Object.keys((unwrap(shape) as { shape?: object }).shape ?? {});
}

/** Looks through optional() and default() wrappers to the object schema inside. */
function unwrap(schema: unknown): unknown {
  let current = schema as { def?: { innerType?: unknown } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}
