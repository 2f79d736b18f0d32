import { describe, expect, it } from 'vitest';
import { checkAnswerLengths } from '../../../src/compiler/checks/answerLength.ts';
import { DiagnosticSink } from '../../../src/compiler/diagnostics/diagnostics.ts';
import { lessonSource, lineOf, parse, type QuestionSpec } from './lessonSource.ts';

/** Answers of exactly `length` characters. */
const text = (length: number, letter = 'a') => letter.repeat(length);

function check(questions: QuestionSpec[]) {
  const source = lessonSource({ questions });
  const parsed = parse(source);
  expect(parsed.diagnostics).toEqual([]);
  const sink = new DiagnosticSink('lessons/01-fixture/en.md');
  const found = checkAnswerLengths(parsed.content.questions, parsed.questionPositions, sink);
  return { source, found, warnings: sink.items };
}

describe('right answer clearly the longest (Q011)', () => {
  it('warns at the heading when the right answer is 1.25 times and 12 characters longer than every wrong one', () => {
    const { source, found, warnings } = check([
      {
        heading: 'A mail asks for your password. What do you do?',
        answers: [
          [false, text(48)],
          [true, text(60, 'b')],
          [false, text(30)],
        ],
      },
    ]);
    expect(warnings.map((w) => [w.code, w.line, w.col])).toEqual([['Q011', lineOf(source, '### A mail'), 1]]);
    expect(warnings[0]!.message).toBe(
      'Question "A mail asks for your password. What do you do?": the right answer is clearly the longest (60 characters; the longest wrong one has 48).',
    );
    expect(warnings[0]!.hint).toContain('at least 1.25 times as long as the longest wrong answer and at least 12 characters longer');
    expect(found).toMatchObject({ questions: 1, singleChoice: 1, rightIsLongest: 1 });
  });

  it('counts a longest right answer below the margins, but does not warn: the ratio and the 12 characters both count', () => {
    const { found, warnings } = check([
      // 1.24 times: longer by 12, but not by a quarter.
      {
        heading: 'Ratio just below?',
        answers: [
          [true, text(62)],
          [false, text(50)],
        ],
      },
      // 1.5 times, but only 10 characters: a short answer.
      {
        heading: 'Short answers?',
        answers: [
          [true, text(30)],
          [false, text(20)],
        ],
      },
    ]);
    expect(warnings).toEqual([]);
    expect(found).toMatchObject({ singleChoice: 2, rightIsLongest: 2 });
  });

  it('counts markup as nothing: lengths are plain text', () => {
    const { warnings } = check([
      {
        heading: 'Markup?',
        answers: [
          [true, `**${text(20)}** [link](https://example.org/a-very-long-address)`],
          [false, text(22)],
        ],
      },
    ]);
    expect(warnings).toEqual([]);
  });

  it('does not count a tie: the right answer must be longer than every wrong one', () => {
    const { found, warnings } = check([
      {
        heading: 'A tie?',
        answers: [
          [false, text(40)],
          [true, text(40, 'b')],
          [false, text(10)],
        ],
      },
    ]);
    expect(found).toMatchObject({ singleChoice: 1, rightIsLongest: 0 });
    expect(warnings).toEqual([]);
  });

  it('ignores multiple-choice questions, however long their right answers are', () => {
    const { found, warnings } = check([
      {
        heading: 'Which apply?',
        answers: [
          [true, text(90)],
          [true, text(80)],
          [false, text(10)],
        ],
      },
    ]);
    expect(found).toMatchObject({ questions: 1, singleChoice: 0, rightIsLongest: 0 });
    expect(warnings).toEqual([]);
  });
});
