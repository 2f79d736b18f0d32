import type { LessonContent } from '../../shared/courseModel.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import type { SourceLesson } from '../load/loadLessons.ts';
import { oneLine } from '../lesson/parseLesson.ts';
import { readability, type Readability } from './readability.ts';

/** Readability at or above this reads easily enough for staff without IT training. */
export const MIN_READABILITY = 60;
const MAX_REVIEW_AGE_MONTHS = 12;

export interface LessonReadability {
  id: string;
  lang: string;
  file: string;
  result: Readability;
}

/**
 * What `npm run check` tells authors beyond errors: readability per lesson and language, long
 * sentences, facts not reviewed for over a year, and language versions that differ in structure.
 */
export function authorChecks(
  lessons: readonly SourceLesson[],
  displayPath: (path: string) => string,
  today: Date = new Date(),
): { diagnostics: Diagnostic[]; readability: LessonReadability[] } {
  const diagnostics: Diagnostic[] = [];
  const scores: LessonReadability[] = [];
  for (const lesson of lessons) {
    let reference: { lang: string; shape: string } | undefined;
    for (const [lang, variant] of lesson.variants) {
      const file = displayPath(variant.file);
      const sink = new DiagnosticSink(file);
      let result: Readability;
      try {
        result = readability(lang, variant.textBlocks);
      } catch (error) {
        // One text that breaks the check must not hide what the others' checks find.
        sink.report('R005', { line: 1, col: 1 }, { what: 'checking readability', detail: oneLine(error) });
        diagnostics.push(...sink.items);
        continue;
      }
      scores.push({ id: lesson.id, lang, file, result });
      if (result.words > 0 && result.score < MIN_READABILITY) {
        sink.report(
          'R001',
          { line: 1, col: 1 },
          { formula: result.formula, score: result.score, minimum: MIN_READABILITY, wordsPerSentence: result.wordsPerSentence },
        );
      }
      for (const long of result.longSentences) sink.report('R002', { line: long.line, col: 1 }, { words: long.words, start: long.start });
      const reviewed = variant.frontmatter?.reviewed;
      if (reviewed && monthsBetween(reviewed, today) > MAX_REVIEW_AGE_MONTHS) {
        sink.report('R003', { line: variant.reviewedLine, col: 1 }, { reviewed, months: monthsBetween(reviewed, today) });
      }
      const shape = shapeOf(variant.content);
      if (!reference) reference = { lang, shape };
      else if (shape !== reference.shape)
        sink.report('R004', { line: 1, col: 1 }, { lang, other: reference.lang, shape: summarise(shape), otherShape: summarise(reference.shape) });
      diagnostics.push(...sink.items);
    }
  }
  return { diagnostics, readability: scores };
}

/** Pages, questions and answers per question: what must match between languages. */
function shapeOf(content: LessonContent): string {
  const answers = content.questions.map((question) => question.answers.length).join(',');
  return `${content.pages.length}|${content.questions.length}|${answers}`;
}

function summarise(shape: string): string {
  const [pages, questions, answers] = shape.split('|');
  return `${pages} pages, ${questions} questions${answers ? ` with ${answers} answers` : ''}`;
}

function monthsBetween(reviewed: string, today: Date): number {
  const [year, month] = reviewed.split('-').map(Number) as [number, number];
  return (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
}
