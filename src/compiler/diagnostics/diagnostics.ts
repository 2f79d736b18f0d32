import { catalogue, type DiagnosticCode } from './catalogue.ts';
import type { Severity } from './severity.ts';

export type { Severity } from './severity.ts';

/** One problem found in a lesson or theme, with its place in the source. */
export interface Diagnostic {
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  col: number;
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  hint: string;
}

type Format = (...args: string[]) => string;

export interface Position {
  line: number;
  col: number;
}

/** Collects diagnostics for one file; never throws. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  report(code: DiagnosticCode, at: Position, ...args: string[]): void {
    const entry = catalogue[code] as { severity: Severity; message: Format; hint: Format };
    this.items.push({
      file: this.file,
      line: at.line,
      col: at.col,
      severity: entry.severity,
      code,
      message: entry.message(...args),
      hint: entry.hint(...args),
    });
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}
