import type { Diagnostic, Position } from '../diagnostics/diagnostics.ts';
import { DiagnosticSink } from '../diagnostics/diagnostics.ts';

/** Above this share of single-choice questions with the right answer as the longest option, Q012 warns. */
export const MAX_RIGHT_IS_LONGEST_PERCENT = 35;

/** One lesson file's part of the figures. */
export interface LessonFigures {
  lang: string;
  file: string;
  questions: number;
  singleChoice: number;
  rightIsLongest: number;
  firstLongestAt: Position | undefined;
  readingMinutes: number;
  /** Undefined when the lesson gives no `duration:`. */
  declaredMinutes: number | undefined;
}

/** What `npm run check` prints per language: the knowledge checks and the time the lessons take. */
export interface LanguageFigures {
  lang: string;
  lessons: number;
  questions: number;
  singleChoice: number;
  rightIsLongest: number;
  readingMinutes: number;
  /** The sum of the declared durations, over `declaredLessons` lessons. */
  declaredMinutes: number;
  declaredLessons: number;
}

/**
 * Adds the lesson files up per language (in the order the languages first appear) and warns (Q012)
 * where the right answer is the longest option in more than MAX_RIGHT_IS_LONGEST_PERCENT of a
 * language's single-choice questions: once per language, at the first such question of the lesson
 * file that has the most of them, where fixing helps most.
 */
export function courseFigures(lessons: readonly LessonFigures[]): { figures: LanguageFigures[]; diagnostics: Diagnostic[] } {
  const figures: LanguageFigures[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const lang of [...new Set(lessons.map((lesson) => lesson.lang))]) {
    const files = lessons.filter((lesson) => lesson.lang === lang);
    const sum = (pick: (lesson: LessonFigures) => number) => files.reduce((total, lesson) => total + pick(lesson), 0);
    const row: LanguageFigures = {
      lang,
      lessons: files.length,
      questions: sum((lesson) => lesson.questions),
      singleChoice: sum((lesson) => lesson.singleChoice),
      rightIsLongest: sum((lesson) => lesson.rightIsLongest),
      readingMinutes: sum((lesson) => lesson.readingMinutes),
      declaredMinutes: sum((lesson) => lesson.declaredMinutes ?? 0),
      declaredLessons: files.filter((lesson) => lesson.declaredMinutes !== undefined).length,
    };
    figures.push(row);
    if (row.rightIsLongest * 100 > row.singleChoice * MAX_RIGHT_IS_LONGEST_PERCENT) {
      const worst = files.reduce((best, lesson) => (lesson.rightIsLongest > best.rightIsLongest ? lesson : best));
      const sink = new DiagnosticSink(worst.file);
      sink.report('Q012', worst.firstLongestAt ?? { line: 1, col: 1 }, {
        lang,
        longest: row.rightIsLongest,
        singleChoice: row.singleChoice,
        maxPercent: MAX_RIGHT_IS_LONGEST_PERCENT,
      });
      diagnostics.push(...sink.items);
    }
  }
  return { figures, diagnostics };
}

/**
 * One line per language, e.g. "de  12 lessons  77 questions, 65 single-choice, right answer longest in 39 (60 %)
 * reading time 112 min (declared 136 min)".
 */
export function formatCourseFigures(rows: readonly LanguageFigures[]): string {
  const lines = rows.map((row) => {
    const share = row.singleChoice === 0 ? 0 : Math.round((row.rightIsLongest / row.singleChoice) * 100);
    const declared =
      row.declaredLessons === 0
        ? 'none declared'
        : `declared ${row.declaredMinutes} min${row.declaredLessons < row.lessons ? ` in ${row.declaredLessons} of ${row.lessons} lessons` : ''}`;
    return (
      `${row.lang.padEnd(5)} ${String(row.lessons).padStart(3)} lessons  ${String(row.questions).padStart(4)} questions  ` +
      `${String(row.singleChoice).padStart(4)} single-choice  right answer longest in ${row.rightIsLongest} (${share} %)  ` +
      `reading time ${row.readingMinutes} min (${declared})`
    );
  });
  return [`Knowledge checks and reading time (right answer longest: at most ${MAX_RIGHT_IS_LONGEST_PERCENT} % wanted):`, ...lines].join('\n');
}
