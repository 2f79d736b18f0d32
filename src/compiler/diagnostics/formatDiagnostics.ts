import type { LessonReadability } from '../checks/authorChecks.ts';
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

/** One line per lesson file: its readability score, words per sentence and sentences over 25 words. */
export function formatReadability(rows: readonly LessonReadability[]): string {
  const width = Math.max(...rows.map((row) => row.file.length));
  const lines = rows.map(
    (row) =>
      `${row.file.padEnd(width)}  ${row.result.formula.padEnd(19)} ${row.result.score.toFixed(1).padStart(5)}  ` +
      `${row.result.wordsPerSentence.toFixed(1).padStart(4)} words/sentence  ${row.result.longSentences.length} long`,
  );
  return ['Readability (60 or more reads easily):', ...lines].join('\n');
}
