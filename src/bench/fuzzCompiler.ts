import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue } from '../compiler/diagnostics/catalogue.ts';
import type { Diagnostic } from '../compiler/diagnostics/diagnostics.ts';
import { parseTheme } from '../compiler/theme/parseTheme.ts';
import { parseLesson } from '../compiler/lesson/parseLesson.ts';
import { readability } from '../compiler/checks/readability.ts';
import { placeholderValues } from '../compiler/theme/themeValues.ts';
import { caseRandom, mutate, type SourceKind } from './fuzzMutations.ts';

/**
 * The compiler's fuzz run: mutated real lessons and themes through the pure parsers, in-process.
 * A case passes when nothing throws, every diagnostic has a catalogue code and a place, the
 * compiler reports no failure of its own (R005), and a result without errors is usable.
 */

/** A case slower than this counts as a hang: the parsers are linear, so only a bug takes this long. */
export const HANG_MS = 2000;

export interface FuzzSource {
  kind: SourceKind;
  /** Relative to the repository, e.g. lessons/02-email/en.md. */
  path: string;
  text: string;
}

export interface FuzzCase extends FuzzSource {
  index: number;
  applied: string[];
}

export interface FuzzOutcome {
  ms: number;
  /** Undefined when the case passed. */
  problem?: string;
}

export interface FuzzFailure {
  case: FuzzCase;
  kind: 'crash' | 'hang';
  problem: string;
  ms: number;
}

export interface FuzzReport {
  cases: number;
  crashes: FuzzFailure[];
  hangs: FuzzFailure[];
  ms: number;
  slowest: { index: number; path: string; applied: string[]; ms: number };
}

/** The real lessons (course and theme lessons) and themes of the repository at `root`. */
export function fuzzSources(root: string): FuzzSource[] {
  const sources: FuzzSource[] = [];
  const lessonsIn = (dir: string) => {
    for (const lesson of readdirSafe(join(root, dir))) {
      for (const file of readdirSafe(join(root, dir, lesson)).filter((name) => name.endsWith('.md'))) {
        const path = `${dir}/${lesson}/${file}`;
        sources.push({ kind: 'lesson', path, text: readFileSync(join(root, path), 'utf8') });
      }
    }
  };
  lessonsIn('lessons');
  for (const theme of readdirSafe(join(root, 'themes'))) {
    const path = `themes/${theme}/theme.yaml`;
    sources.push({ kind: 'theme', path, text: readFileSync(join(root, path), 'utf8') });
    lessonsIn(`themes/${theme}/lessons`);
  }
  return sources;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

/** Case `index` of a run with `seed`: which source, and how it was mutated. */
export function fuzzCase(sources: readonly FuzzSource[], seed: number, index: number): FuzzCase {
  const random = caseRandom(seed, index);
  const source = sources[Math.floor(random() * sources.length)]!;
  const { text, applied } = mutate(source.text, source.kind, random);
  return { ...source, text, index, applied };
}

/** The default theme's local facts, so placeholders in lessons resolve as in a real build. */
export function fuzzVariables(sources: readonly FuzzSource[]): Record<string, Record<string, string>> {
  const theme = sources.find((source) => source.path === 'themes/default/theme.yaml');
  const parsed = theme ? parseTheme(theme.text, theme.path).theme : undefined;
  return parsed ? placeholderValues(parsed, parsed.course.languages) : {};
}

/** Runs one text through its parser and checks the result. */
export function runCase(kind: SourceKind, path: string, text: string, variables: Record<string, Record<string, string>> = {}): FuzzOutcome {
  const start = performance.now();
  let problem: string | undefined;
  try {
    problem = kind === 'lesson' ? checkLesson(path, text, variables) : checkTheme(path, text);
  } catch (error) {
    problem = `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.split('\n')[0];
  }
  return { ms: performance.now() - start, ...(problem ? { problem } : {}) };
}

function checkLesson(path: string, text: string, variables: Record<string, Record<string, string>>): string | undefined {
  const lang = /\/(\w+)\.md$/.exec(path)?.[1] ?? 'en';
  const parsed = parseLesson(text, path, { id: 'fuzz', lang, assetBase: 'content/fuzz', variables: variables[lang] ?? {} });
  const problem = checkDiagnostics(parsed.diagnostics, text);
  if (problem) return problem;
  if (!hasError(parsed.diagnostics) && !parsed.frontmatter) return 'no errors, but no frontmatter either';
  readability(lang, parsed.textBlocks);
  return undefined;
}

function checkTheme(path: string, text: string): string | undefined {
  const parsed = parseTheme(text, path);
  const problem = checkDiagnostics(parsed.diagnostics, text);
  if (problem) return problem;
  if (!hasError(parsed.diagnostics) && !parsed.theme) return 'no errors, but no theme either';
  return undefined;
}

const hasError = (diagnostics: readonly Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

function checkDiagnostics(diagnostics: readonly Diagnostic[], text: string): string | undefined {
  const lines = text.split(/\r\n?|\n/).length;
  for (const d of diagnostics) {
    if (!(d.code in catalogue)) return `unknown code ${d.code}`;
    if (d.code === 'R005') return `the compiler failed: ${d.message}`;
    if (!Number.isInteger(d.line) || !Number.isInteger(d.col) || d.line < 1 || d.col < 1 || d.line > lines + 1) {
      return `${d.code} at an impossible place ${d.line}:${d.col} (the text has ${lines} lines)`;
    }
  }
  return undefined;
}

/** Runs `cases` cases; `onProgress` hears about every 1,000th. */
export function runFuzz(
  sources: readonly FuzzSource[],
  options: { seed: number; cases: number; from?: number; hangMs?: number; onProgress?: (done: number) => void },
): FuzzReport {
  const variables = fuzzVariables(sources);
  const report: FuzzReport = { cases: 0, crashes: [], hangs: [], ms: 0, slowest: { index: -1, path: '', applied: [], ms: 0 } };
  const start = performance.now();
  const from = options.from ?? 0;
  for (let index = from; index < from + options.cases; index++) {
    const item = fuzzCase(sources, options.seed, index);
    const outcome = runCase(item.kind, item.path, item.text, variables);
    report.cases++;
    if (outcome.ms > report.slowest.ms) report.slowest = { index, path: item.path, applied: item.applied, ms: outcome.ms };
    if (outcome.problem) report.crashes.push({ case: item, kind: 'crash', problem: outcome.problem, ms: outcome.ms });
    else if (outcome.ms > (options.hangMs ?? HANG_MS))
      report.hangs.push({ case: item, kind: 'hang', problem: `took ${Math.round(outcome.ms)} ms`, ms: outcome.ms });
    if ((index - from + 1) % 1000 === 0) options.onProgress?.(index - from + 1);
  }
  report.ms = performance.now() - start;
  return report;
}
