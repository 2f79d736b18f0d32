import { type Catalogue, catalogue, type DiagnosticCode, type ParamsOf } from './catalogue.ts';
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

/** The catalogue as a mapped type over the codes: `entries[code]` is `CatalogueEntry<C>`, so `report` needs no cast. */
const entries: Catalogue = catalogue;

export interface Position {
  line: number;
  col: number;
}

/** Collects diagnostics for one file; never throws. */
export class DiagnosticSink {
  readonly items: Diagnostic[] = [];

  constructor(readonly file: string) {}

  /** `params` is the code's one parameter object (see diagnosticParams.ts); codes without parameters take none. */
  report<C extends DiagnosticCode>(code: C, at: Position, ...params: ParamsOf<C>): void {
    const entry = entries[code];
    this.items.push({
      file: this.file,
      line: at.line,
      col: at.col,
      severity: entry.severity,
      code,
      message: entry.message(...params),
      hint: entry.hint(...params),
    });
  }
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.code.localeCompare(b.code));
}
