import type { Diagnostic } from './diagnostics.ts';

/** `path:line:col severity CODE message` plus an indented hint: one block per diagnostic. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.col} ${d.severity} ${d.code} ${d.message}\n  hint: ${d.hint}`;
}

export function formatTally(diagnostics: readonly Diagnostic[], lessonCount: number): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const mark = errors > 0 ? '✖' : '✔';
  return `${mark} ${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(lessonCount, 'lesson')}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
