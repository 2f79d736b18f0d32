import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from './diagnostics.ts';
import { DiagnosticSink } from './diagnostics.ts';
import { themeSchema, type Theme } from './themeSchema.ts';
import { parseYaml, validateYaml } from './yamlSource.ts';

export interface LoadedTheme {
  dir: string;
  theme: Theme | undefined;
  diagnostics: Diagnostic[];
}

const examples: Record<string, string> = {
  languages: 'languages: [de, en]',
  passMark: 'passMark: 80',
  id: 'id: wachsam',
};

export async function loadTheme(dir: string, displayPath: (path: string) => string): Promise<LoadedTheme> {
  const file = join(dir, 'theme.yaml');
  const sink = new DiagnosticSink(displayPath(file));
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    sink.report('T001', { line: 1, col: 1 }, displayPath(file));
    return { dir, theme: undefined, diagnostics: sink.items };
  }
  const source = parseYaml(text, 1, sink);
  const theme = source
    ? validateYaml(source, themeSchema, sink, examples, (path) => allowedKeysAt(path))
    : undefined;
  return { dir, theme, diagnostics: sink.items };
}

function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let shape: unknown = themeSchema;
  for (const key of path) {
    const inner = (shape as { shape?: Record<string, unknown> }).shape?.[String(key)];
    shape = unwrap(inner);
  }
  return Object.keys((shape as { shape?: object }).shape ?? {});
}

function unwrap(schema: unknown): unknown {
  let current = schema as { unwrap?: () => unknown; def?: { innerType?: unknown } } | undefined;
  while (current?.def?.innerType) current = current.def.innerType as typeof current;
  return current;
}
