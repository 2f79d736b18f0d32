import type { LessonContent } from '../../shared/courseModel.ts';
import type { Diagnostic } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';
import type { LessonVariant, SourceLesson } from '../load/loadLessons.ts';
import { oneLine } from '../lesson/parseLesson.ts';
import { readingTimeFormula } from '../lesson/readingTime.ts';
import { checkAnswerLengths } from './answerLength.ts';
import { courseFigures, type LanguageFigures, type LessonFigures } from './courseFigures.ts';
import { checkGlossary, type Glossary, glossaryMatcher, parseGlossary } from './glossary.ts';
import { readability, type Readability } from './readability.ts';
import { type QuestionPlace, similarQuestions } from './similarQuestions.ts';

/** Readability at or above this reads easily enough for staff without IT training. */
export const MIN_READABILITY = 60;
const MAX_REVIEW_AGE_MONTHS = 12;
/** A declared duration further than both of these from the estimate gets L010. */
const DURATION_TOLERANCE = { share: 0.3, minutes: 2 };

export interface LessonReadability {
  id: string;
  lang: string;
  file: string;
  result: Readability;
}

export interface AuthorChecks {
  diagnostics: Diagnostic[];
  readability: LessonReadability[];
  /** Per language: questions, the right-is-longest share, reading time. */
  figures: LanguageFigures[];
}

/** The lessons' glossary file, when there is one: its path as shown in diagnostics and its text. */
export interface GlossarySource {
  file: string;
  text: string;
}

/**
 * What `npm run check` tells authors beyond errors: readability per lesson and language, long
 * sentences, facts not reviewed for over a year, language versions that differ in structure, right
 * answers given away by their length (per question and per language), questions repeated across
 * lessons, terms the glossary avoids, and declared durations far from the reading time.
 */
export function authorChecks(
  lessons: readonly SourceLesson[],
  displayPath: (path: string) => string,
  today: Date = new Date(),
  glossarySource?: GlossarySource,
): AuthorChecks {
  const diagnostics: Diagnostic[] = [];
  const scores: LessonReadability[] = [];
  const counted: LessonFigures[] = [];
  const places: QuestionPlace[] = [];
  let glossary: Glossary | undefined;
  if (glossarySource) {
    const parsed = parseGlossary(glossarySource.text, glossarySource.file);
    diagnostics.push(...parsed.diagnostics);
    glossary = parsed.glossary;
  }
  for (const lesson of lessons) {
    let reference: { lang: string; shape: string } | undefined;
    for (const [lang, variant] of lesson.variants) {
      const file = displayPath(variant.file);
      const sink = new DiagnosticSink(file);
      const { questions } = variant.content;
      const lengths = checkAnswerLengths(questions, variant.questionPositions, sink);
      const declared = variant.frontmatter?.duration;
      counted.push({ lang, file, ...lengths, readingMinutes: variant.readingTime.minutes, declaredMinutes: declared });
      for (const [index, question] of questions.entries()) places.push({ lessonId: lesson.id, file, lang, at: variant.questionPositions[index]!, question });
      checkDuration(variant, lang, sink);
      if (glossary && glossarySource) checkGlossary(variant.authoredText, glossaryMatcher(glossary, lang), sink, glossarySource.file);
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
  const course = courseFigures(counted);
  // A loop, not push(...items): a course of hundreds of lessons can bring more items than a call takes arguments.
  for (const item of [...course.diagnostics, ...similarQuestions(places)]) diagnostics.push(item);
  return { diagnostics, readability: scores, figures: course.figures };
}

/** L010 at `duration:` when it is more than 30 % and more than 2 minutes away from the reading time. */
function checkDuration(variant: LessonVariant, lang: string, sink: DiagnosticSink): void {
  const declared = variant.frontmatter?.duration;
  const { minutes, words, questions } = variant.readingTime;
  if (declared === undefined || variant.durationLine === undefined) return;
  const off = Math.abs(declared - minutes);
  if (off <= DURATION_TOLERANCE.minutes || off <= minutes * DURATION_TOLERANCE.share) return;
  sink.report('L010', { line: variant.durationLine, col: 1 }, { declared, estimate: minutes, words, questions, formula: readingTimeFormula(lang) });
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
