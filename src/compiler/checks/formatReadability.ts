import type { LessonReadability } from './authorChecks.ts';

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
