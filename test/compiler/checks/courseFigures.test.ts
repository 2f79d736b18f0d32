import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { courseFigures, formatCourseFigures, type LessonFigures } from '../../../src/compiler/checks/courseFigures.ts';
import { compileCourse } from '../../../src/compiler/compileCourse.ts';
import { readingTime } from '../../../src/compiler/lesson/readingTime.ts';
import { useTempDir, writeTree } from '../support/tempTree.ts';
import { lessonSource, lineOf, parse, type QuestionSpec } from './lessonSource.ts';

/** `count` words of page text. */
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');
const longestIsRight: QuestionSpec = {
  heading: 'Longest right?',
  answers: [
    [true, 'a'.repeat(30)],
    [false, 'b'.repeat(28)],
  ],
};
const longestIsWrong: QuestionSpec = {
  heading: 'Longest wrong?',
  answers: [
    [true, 'a'.repeat(20)],
    [false, 'b'.repeat(28)],
  ],
};

describe('reading time', () => {
  it('is words / 230 per minute in English and / 180 in German, plus 0.2 minutes per question, rounded', () => {
    expect(readingTime('en', [{ text: words(2300), line: 1 }], 5).minutes).toBe(11);
    expect(readingTime('de', [{ text: words(1800), line: 1 }], 5).minutes).toBe(11);
    expect(readingTime('de', [{ text: "Die USB-Sticks, z.B. 1.5 GB, it's", line: 1 }], 0)).toEqual({ words: 7, questions: 0, minutes: 1 });
  });

  it('counts pages, questions, answers and feedback', () => {
    const parsed = parse(lessonSource({ body: words(460), questions: [longestIsRight] }));
    // Page title, 460 words, the heading (2), two answers (1 each), two feedback lines (1 each).
    expect(parsed.readingTime).toEqual({ words: 2 + 460 + 2 + 2 + 2, questions: 1, minutes: 2 });
  });
});

describe('durations and course figures in a compiled course', () => {
  const tmp = useTempDir();

  async function compile(files: Record<string, string>) {
    await writeTree(join(tmp.path, 'lessons'), files);
    const compiled = await compileCourse({
      lessonsDir: join(tmp.path, 'lessons'),
      themeDir: 'themes/default',
      cwd: tmp.path,
      authorChecks: true,
      glossary: join(tmp.path, 'no-glossary.yaml'),
      today: new Date('2026-11-27'),
    });
    // The checks under test; the fixtures' made-up text and questions trip the readability and repeat checks.
    const mine = compiled.diagnostics.filter((d) => ['L010', 'Q011', 'Q012'].includes(d.code) || d.severity === 'error');
    return { compiled, mine };
  }

  it('gives a lesson without duration: the estimated time, in each language, and warns about none', async () => {
    const en = lessonSource({ body: words(1150), questions: [longestIsWrong] });
    const de = lessonSource({ body: words(900), questions: [longestIsWrong] });
    const { compiled, mine } = await compile({ '01-a/en.md': en, '01-a/de.md': de });
    expect(mine).toEqual([]);
    const variants = compiled.course!.lessons[0]!.variants;
    expect(variants.en!.duration).toBe(parse(en, 'en').readingTime.minutes);
    expect(variants.en!.duration).toBe(5);
    expect(variants.de!.duration).toBe(parse(de, 'de').readingTime.minutes);
    expect(variants.de!.duration).toBe(5);
    expect(compiled.figures.map((row) => [row.lang, row.readingMinutes, row.declaredMinutes, row.declaredLessons])).toEqual([
      ['de', 5, 0, 0],
      ['en', 5, 0, 0],
    ]);
  });

  it('keeps a declared duration, and warns (L010) at it when it is more than 30 % and 2 minutes off the estimate', async () => {
    // 1150 words and a question: 5 minutes. 7 is 2 off: fine; 8 is 3 and 60 % off: warned.
    const near = lessonSource({ duration: 7, body: words(1150), questions: [longestIsWrong] });
    const far = lessonSource({ duration: 8, body: words(1150), questions: [longestIsWrong] });
    const { compiled, mine } = await compile({ '01-a/en.md': near, '02-b/en.md': far });
    expect(mine.map((d) => `${d.file}:${d.line}:${d.col} ${d.code} ${d.message}`)).toEqual([
      `lessons/02-b/en.md:${lineOf(far, 'duration:')}:1 L010 duration: 8 minutes, but the text reads in about 5 (1,158 words, 1 questions).`,
    ]);
    expect(mine[0]!.hint).toContain('set "duration: 5", or delete the line');
    expect(compiled.course!.lessons.map((lesson) => lesson.variants.en!.duration)).toEqual([7, 8]);
  });

  it('warns (Q012) once per language when the right answer is the longest in over 35 % of single-choice questions', async () => {
    const most = lessonSource({ duration: 1, questions: [longestIsRight, longestIsWrong, longestIsRight] });
    const { compiled, mine } = await compile({
      '01-a/en.md': lessonSource({ duration: 1, questions: [longestIsWrong, longestIsRight] }),
      '02-b/en.md': most,
      '03-c/en.md': lessonSource({ duration: 1, questions: [longestIsWrong, longestIsWrong] }),
    });
    expect(mine.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([
      // The lesson with the most, at its first such question.
      `lessons/02-b/en.md:${lineOf(most, '### Longest right?')} Q012 In en, the right answer is the longest option in 3 of 7 single-choice questions (43 %); at most 35 % wanted.`,
    ]);
    expect(compiled.figures).toEqual([
      { lang: 'en', lessons: 3, questions: 7, singleChoice: 7, rightIsLongest: 3, readingMinutes: 3, declaredMinutes: 3, declaredLessons: 3 },
    ]);
  });
});

describe('the figures npm run check prints', () => {
  const lesson = (lang: string, rightIsLongest: number, declared?: number): LessonFigures => ({
    lang,
    file: `lessons/x/${lang}.md`,
    questions: 7,
    singleChoice: 6,
    rightIsLongest,
    firstLongestAt: { line: 1, col: 1 },
    readingMinutes: 9,
    declaredMinutes: declared,
  });

  it('has one line per language: lessons, questions, single-choice, right answer longest and its share, reading time against declared', () => {
    const { figures, diagnostics } = courseFigures([lesson('de', 2, 12), lesson('en', 1, 10), lesson('de', 0, 12), lesson('en', 1)]);
    expect(diagnostics).toEqual([]);
    expect(formatCourseFigures(figures).split('\n')).toEqual([
      'Knowledge checks and reading time (right answer longest: at most 35 % wanted):',
      'de      2 lessons    14 questions    12 single-choice  right answer longest in 2 (17 %)  reading time 18 min (declared 24 min)',
      'en      2 lessons    14 questions    12 single-choice  right answer longest in 2 (17 %)  reading time 18 min (declared 10 min in 1 of 2 lessons)',
    ]);
  });

  it('warns above 35 %, not at 35 %', () => {
    // 20 single-choice questions in four lessons: 7 (35 %) pass, 8 (40 %) do not.
    const course = (longest: number[]) => courseFigures(longest.map((count) => ({ ...lesson('en', count), singleChoice: 5 })));
    expect(course([2, 2, 2, 1]).diagnostics).toEqual([]);
    expect(course([2, 2, 2, 2]).diagnostics.map((d) => d.code)).toEqual(['Q012']);
  });
});
