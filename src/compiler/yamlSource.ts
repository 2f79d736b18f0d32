import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { DiagnosticSink, Position } from './diagnostics.ts';

/** A YAML text whose node positions can be told in lines and columns of the enclosing file. */
export interface YamlSource {
  doc: Document;
  data: unknown;
  /** Position of the value at `path`, or of its nearest existing parent, in the enclosing file. */
  positionOf(path: readonly PropertyKey[], which?: 'key' | 'value'): Position;
}

/**
 * Parses YAML that starts at `firstLine` (1-based) of a file, reporting syntax errors as Y001.
 * Returns undefined when the text is not valid YAML.
 */
export function parseYaml(text: string, firstLine: number, sink: DiagnosticSink): YamlSource | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  // Errors found at the very end (an unclosed bracket) point at the last written character instead.
  const lastOffset = Math.max(0, text.trimEnd().length - 1);
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.min(offset, lastOffset));
    return { line: line + firstLine - 1, col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      sink.report('Y001', toPosition(error.pos[0]), error.message.split('\n')[0] ?? error.code);
    }
    return undefined;
  }
  const positionOf = (path: readonly PropertyKey[], which: 'key' | 'value' = 'value'): Position => {
    for (let depth = path.length; depth >= 0; depth--) {
      const found = nodeAt(doc, path.slice(0, depth), which);
      if (found?.range) return toPosition(found.range[0]);
    }
    return { line: firstLine, col: 1 };
  };
  return { doc, data: doc.toJS(), positionOf };
}

function nodeAt(doc: Document, path: readonly PropertyKey[], which: 'key' | 'value'): Node | undefined {
  if (path.length === 0) return doc.contents ?? undefined;
  const parent = path.length === 1 ? doc.contents : (doc.getIn(path.slice(0, -1), true) as Node | undefined);
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === last);
    if (!pair) return undefined;
    const node = which === 'key' ? pair.key : pair.value;
    return (node as Node | null) ?? (pair.key as Node);
  }
  return doc.getIn(path, true) as Node | undefined;
}

/** Examples shown in hints for wrongly typed keys, by key name. */
export type Examples = Record<string, string>;

/**
 * Validates parsed YAML against a zod schema and reports every issue at its place:
 * F001 unknown key, F002 missing key, F003 wrong type or value.
 */
export function validateYaml<T>(
  source: YamlSource,
  schema: z.ZodType<T>,
  sink: DiagnosticSink,
  examples: Examples,
  allowedKeys: (path: readonly PropertyKey[]) => string[],
  where = 'frontmatter',
): T | undefined {
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path;
    if (path.length === 0 && issue.code === 'invalid_type') {
      sink.report('F005', source.positionOf([]), Object.values(examples)[0] ?? 'title: …');
      continue;
    }
    const name = path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        sink.report('F001', source.positionOf([...path, key], 'key'), key, allowedKeys(path).join(', '), where);
      }
    } else if (issue.code !== 'custom' && isMissing(source, path)) {
      sink.report('F002', source.positionOf(path.slice(0, -1)), name, where);
    } else {
      const example = examples[String(path[path.length - 1])] ?? examples[String(path[0])] ?? '';
      sink.report('F003', source.positionOf(path), name, issue.message.replace(/\.$/, ''), example, where);
    }
  }
  return undefined;
}

function isMissing(source: YamlSource, path: readonly PropertyKey[]): boolean {
  let value: unknown = source.data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in value)) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return false;
}
