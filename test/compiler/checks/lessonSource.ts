import { type ParsedLesson, parseLesson } from '../../../src/compiler/lesson/parseLesson.ts';

/** A question for `lessonSource`: its heading, optional text, and answers as `[right, text]`. */
export interface QuestionSpec {
  heading: string;
  stem?: string;
  answers: [boolean, string][];
}

/**
 * A complete lesson file: frontmatter (with `duration:` unless it is undefined), one page of `body`, and a
 * check with `questions`. Line 4 holds `duration:`; the page heading is line 11 (10 without duration).
 */
export function lessonSource(options: { title?: string; duration?: number; body?: string; questions: QuestionSpec[] }): string {
  const check = options.questions
    .map(
      (question) =>
        `### ${question.heading}\n${question.stem ? `\n${question.stem}\n\n` : ''}${question.answers
          .map(([right, text]) => `- [${right ? 'x' : ' '}] ${text}\n  > Feedback.\n`)
          .join('')}`,
    )
    .join('\n');
  return `---
title: ${options.title ?? 'Fixture lesson'}
summary: A lesson written for the author-check tests.
${options.duration === undefined ? '' : `duration: ${options.duration}\n`}objectives:
  - You know the lesson format.
reviewed: 2026-11
sources:
  - "Wachsam test fixtures"
---

## The page

${options.body ?? 'Some text.'}

::: check
${check}:::
`;
}

export function parse(source: string, lang = 'en', id = '01-fixture'): ParsedLesson {
  return parseLesson(source, `lessons/${id}/${lang}.md`, { id, lang, assetBase: `content/${id}` });
}

/** The 1-based line of the first line of `source` that starts with `start`. */
export function lineOf(source: string, start: string): number {
  return source.split('\n').findIndex((line) => line.startsWith(start)) + 1;
}
