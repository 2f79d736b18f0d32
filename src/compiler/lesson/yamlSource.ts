import { isAlias, isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import type { YamlPlace } from '../diagnostics/catalogue.ts';
import type { DiagnosticSink, Position } from '../diagnostics/diagnostics.ts';

/** A YAML text whose node positions can be told in lines and columns of the enclosing file. */
export interface YamlSource {
  doc: Document;
  data: unknown;
  /** Position of the value at `path`, or of its nearest existing parent, in the enclosing file. */
  positionOf(path: readonly PropertyKey[], which?: 'key' | 'value'): Position;
  /** The text of a line of the enclosing file (1-based); '' outside this YAML. */
  lineAt(line: number): string;
}

/** Alias expansions allowed in one document: more are a memory-exhaustion attack (yaml's own default). */
const MAX_ALIASES = 100;
/** Nesting allowed in one document; the deepest real theme needs 5 levels. Deeper overflows the parser's stack. */
const MAX_DEPTH = 100;

/**
 * Parses YAML that starts at `firstLine` (1-based) of a file, reporting syntax errors as Y001,
 * too many alias expansions as Y002 and too deep nesting as Y003. Never throws.
 * Returns undefined when the text is not valid YAML.
 */
export function parseYaml(text: string, firstLine: number, sink: DiagnosticSink): YamlSource | undefined {
  const lineCounter = new LineCounter();
  // Errors found at the very end (an unclosed bracket) point at the last written character instead.
  const lastOffset = Math.max(0, text.trimEnd().length - 1);
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.min(offset, lastOffset));
    return { line: line + firstLine - 1, col };
  };
  const deep = tooDeepAt(text, MAX_DEPTH);
  if (deep) {
    sink.report('Y003', { line: deep.line + firstLine - 1, col: deep.col }, { max: MAX_DEPTH });
    return undefined;
  }
  let doc: Document;
  try {
    // logLevel 'error': yaml would print Node warnings (a [list] as a key) past the diagnostics.
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (error) {
    // yaml's parser recurses once per level; a few thousand levels overflow the stack.
    if (!(error instanceof RangeError)) throw error;
    sink.report('Y003', deepestLine(text, firstLine), { max: MAX_DEPTH });
    return undefined;
  }
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      if (error.code === 'RESOURCE_EXHAUSTION') sink.report('Y003', toPosition(error.pos[0]), { max: MAX_DEPTH });
      else sink.report('Y001', toPosition(error.pos[0]), { detail: error.message.split('\n')[0] ?? error.code });
    }
    return undefined;
  }
  const tooDeep = firstNodeDeeperThan(doc, MAX_DEPTH);
  if (tooDeep) {
    sink.report('Y003', toPosition(tooDeep.range?.[0] ?? 0), { max: MAX_DEPTH });
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // "Excessive alias count": reported at the first alias, where the repeating starts.
    if (!(error instanceof ReferenceError)) throw error;
    sink.report('Y002', toPosition(firstAlias(doc)?.range?.[0] ?? 0), { max: MAX_ALIASES });
    return undefined;
  }
  const positionOf = (path: readonly PropertyKey[], which: 'key' | 'value' = 'value'): Position => {
    for (let depth = path.length; depth >= 0; depth--) {
      const found = nodeAt(doc, path.slice(0, depth), which);
      if (found?.range) return toPosition(found.range[0]);
    }
    return { line: firstLine, col: 1 };
  };
  const lines = text.split('\n');
  const lineAt = (line: number) => lines[line - firstLine] ?? '';
  return { doc, data, positionOf, lineAt };
}

/** The first node more than `max` collections deep, found without recursion (it must not overflow either). */
function firstNodeDeeperThan(doc: Document, max: number): Node | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= max) return node;
    for (const item of [...node.items].reverse()) {
      if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 }, { node: item.key, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

function firstAlias(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found ?? (isAlias(doc.contents) ? doc.contents : undefined);
}

/**
 * Where the nesting of `text` first goes over `max` levels, found in one pass before parsing: yaml's
 * parser takes seconds on a long line of "{{ " or "- - - …" before its stack overflows. Levels are
 * counted from the indentation of block mappings, "- ", "? " and further ": " indicators on a line, and
 * open flow brackets; quoted text and comments are skipped. An estimate that errs towards fewer
 * levels; the parser's own limits catch what it misses.
 */
function tooDeepAt(text: string, max: number): Position | undefined {
  const indents: number[] = [];
  let flow = 0;
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    const indent = line.length - line.trimStart().length;
    if (flow === 0 && line.trim() !== '') {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
    }
    let depth = indents.length;
    // The line's first "key:" is the mapping its indentation already counted.
    let keys = 0;
    let quote: string | undefined;
    for (let at = indent; at < line.length; at++) {
      const char = line[at]!;
      if (quote) {
        if (char === quote) quote = undefined;
        continue;
      }
      if (char === '"' || char === "'") quote = char;
      else if (char === '#' && (at === 0 || line[at - 1] === ' ')) break;
      else if (char === '[' || char === '{') flow++;
      else if ((char === ']' || char === '}') && flow > 0) flow--;
      else if ((char === '-' || char === '?' || char === ':') && (at + 1 === line.length || line[at + 1] === ' ')) {
        if (char !== ':' || keys++ > 0) depth++;
      }
      if (depth + flow > max) return { line: index + 1, col: at + 1 };
    }
  }
  return undefined;
}

/** When the parser itself overflowed there are no nodes: the most indented line is the best guess. */
function deepestLine(text: string, firstLine: number): Position {
  let best = { line: firstLine, col: 1 };
  let deepest = -1;
  text.split('\n').forEach((line, index) => {
    const indent = line.length - line.trimStart().length;
    if (indent > deepest) {
      deepest = indent;
      best = { line: firstLine + index, col: indent + 1 };
    }
  });
  return best;
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

/** Examples shown in hints for wrongly typed keys, by key name; a function makes one from the key's path and value. */
export type Examples = Record<string, string | ((path: readonly PropertyKey[], value: unknown) => string)>;

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
  where: YamlPlace = 'frontmatter',
): T | undefined {
  const result = schema.safeParse(source.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path;
    if (path.length === 0 && issue.code === 'invalid_type') {
      sink.report('F005', source.positionOf([]), { example: Object.values(examples).find((example) => typeof example === 'string') ?? 'title: …' });
      continue;
    }
    const name = path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        sink.report('F001', source.positionOf([...path, key], 'key'), { key, allowed: allowedKeys(path), where });
      }
    } else if (issue.code !== 'custom' && isMissing(source, path)) {
      sink.report('F002', source.positionOf(path.slice(0, -1)), { key: name, where });
    } else {
      // `primary: #0b6e4f`: YAML reads the # as the start of a comment, so the value is empty.
      const comment = valueAt(source.data, path) === null ? commentAfterKey(source, path) : undefined;
      const entry = examples[String(path[path.length - 1])] ?? examples[String(path[0])] ?? '';
      const value = comment ?? valueAt(source.data, path);
      const example = typeof entry === 'function' ? entry(path, value) : comment ? `${String(path[path.length - 1])}: "${comment}"` : entry;
      const what = comment && /^#[0-9a-f]{3,8}$/i.test(comment) ? 'colour' : 'value';
      const detail = comment ? `the # starts a comment in YAML, so ${comment} was not read; put the ${what} in quotes` : issue.message.replace(/\.$/, '');
      sink.report('F003', source.positionOf(path), { key: name, detail, example, where });
    }
  }
  return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The text after `key: #` on the key's line (up to a further comment), when the # made the value a comment. */
function commentAfterKey(source: YamlSource, path: readonly PropertyKey[]): string | undefined {
  const at = source.positionOf(path, 'key');
  const rest = source.lineAt(at.line).slice(at.col - 1);
  const found = /^[^:#]*:\s+(#\S.*)$/.exec(rest)?.[1];
  return found?.split(/\s+#/)[0]?.trim();
}

function isMissing(source: YamlSource, path: readonly PropertyKey[]): boolean {
  let value: unknown = source.data;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !(key in value)) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return false;
}
