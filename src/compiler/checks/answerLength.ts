import type { Question } from '../../shared/courseModel.ts';
import type { DiagnosticSink, Position } from '../diagnostics/diagnostics.ts';
import { plainText, shorten } from '../lesson/markdown.ts';

/**
 * "Clearly the longest" (Q011): the right answer is at least this many times as long as the longest
 * wrong one, and at least CLEARLY_LONGER_CHARS characters longer. Calibrated on the course of 2026-11:
 * where a wrong answer was the longest (no cue), it was less than 1.23 times as long as the next one
 * in 48 of 53 single-choice questions, so 1.25 lies above the spread of ordinary wording; where the
 * right one was the longest, the median was 1.31 times (German) and 1.23 (English).
 */
export const CLEARLY_LONGER_RATIO = 1.25;
/** Two words or so: below it a short answer is not "clearly" longer, whatever the ratio ("Ja" / "Nein"). */
export const CLEARLY_LONGER_CHARS = 12;
/** The rule in words, for the hint and the documentation. */
export const CLEARLY_LONGER_RULE = `at least ${CLEARLY_LONGER_RATIO} times as long as the longest wrong answer and at least ${CLEARLY_LONGER_CHARS} characters longer, in plain text`;

/** What the answer-length check found in one lesson file. */
export interface AnswerLengths {
  questions: number;
  singleChoice: number;
  /** Single-choice questions whose right answer is longer than every wrong one, by any margin (a tie is not). */
  rightIsLongest: number;
  /** Where the first of those is, for the course-wide warning (Q012). */
  firstLongestAt: Position | undefined;
}

/**
 * Counts the single-choice questions whose right answer is the longest option, and warns (Q011) at
 * those where it is clearly the longest. Multiple-choice questions are counted but not judged: with
 * several right answers, length tells less. Length is the answer's plain text, without markup.
 */
export function checkAnswerLengths(questions: readonly Question[], positions: readonly Position[], sink: DiagnosticSink): AnswerLengths {
  const found: AnswerLengths = { questions: questions.length, singleChoice: 0, rightIsLongest: 0, firstLongestAt: undefined };
  questions.forEach((question, index) => {
    if (question.multiple) return;
    const right = question.answers.find((answer) => answer.correct);
    const wrong = question.answers.filter((answer) => !answer.correct);
    if (!right || wrong.length === 0) return;
    found.singleChoice++;
    const rightLength = plainText(right.html).length;
    const longestWrong = Math.max(...wrong.map((answer) => plainText(answer.html).length));
    if (rightLength <= longestWrong) return;
    const at = positions[index] ?? { line: 1, col: 1 };
    found.rightIsLongest++;
    found.firstLongestAt ??= at;
    if (rightLength >= longestWrong * CLEARLY_LONGER_RATIO && rightLength - longestWrong >= CLEARLY_LONGER_CHARS) {
      sink.report('Q011', at, { question: shorten(plainText(question.prompt)), right: rightLength, longestWrong, rule: CLEARLY_LONGER_RULE });
    }
  });
  return found;
}
