import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CompiledCourse, compileCourse } from '../../src/compiler/compileCourse.ts';
import type { CourseCredits, CourseModel } from '../../src/shared/courseModel.ts';

/** The day the review window is measured from: the same pinned date the compile below uses. */
const TODAY = new Date('2026-11-27');
/** R003 asks for a review once facts are older than this. */
const REVIEW_WINDOW_MONTHS = 12;

/** Months from a YYYY-MM month to a date's month (negative when the month is later). */
function monthsSince(month: string, date: Date): number {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return (date.getUTCFullYear() - year) * 12 + (date.getUTCMonth() + 1 - m);
}

/** Every lesson's credits as the about page gets them: from the credits script the build writes. */
function creditsOf(compiled: CompiledCourse): CourseCredits {
  const file = compiled.files.find((candidate) => candidate.fileName === compiled.course!.creditsFile)!;
  const text = 'text' in file.source ? file.source.text : '';
  return JSON.parse(text.slice(text.indexOf(']=') + 2).replace(/;\s*$/, '')) as CourseCredits;
}

/** The course as shipped: twelve lessons of the curriculum, in both languages, ready to use. */
describe('the default course', () => {
  let compiled: CompiledCourse;
  let course: CourseModel;
  beforeAll(async () => {
    // A fixed "today", so the review-date warning (R003) does not turn this test red as content ages;
    // `npm run check` uses the real date and tells authors when facts are due for review.
    compiled = await compileCourse({ lessonsDir: 'lessons', themeDir: 'themes/default', authorChecks: true, today: TODAY });
    course = compiled.course!;
  });

  it("compiles without errors, and warns only for the template's placeholder texts (T010)", () => {
    const others = compiled.diagnostics.filter((diagnostic) => diagnostic.code !== 'T010');
    expect(others).toEqual([]);
    expect(compiled.templatePlaceholders?.count).toBe(compiled.diagnostics.filter((diagnostic) => diagnostic.code === 'T010').length);
  });

  it('has the twelve lessons of the curriculum in German and English', () => {
    expect(course.lessons.map((lesson) => lesson.id.slice(0, 2))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']);
    for (const lesson of course.lessons) expect(lesson.languages, lesson.id).toEqual(['de', 'en']);
  });

  it('has at least seven questions per lesson and 84 per language, with matching structure', () => {
    for (const lang of ['de', 'en']) {
      const total = course.lessons.reduce((sum, lesson) => sum + lesson.variants[lang]!.questionCount, 0);
      expect(total, lang).toBeGreaterThanOrEqual(84);
    }
    for (const lesson of course.lessons) {
      const [de, en] = ['de', 'en'].map((lang) => compiled.contents.find((content) => content.id === lesson.id && content.lang === lang)!);
      expect(de!.questions.length, lesson.id).toBeGreaterThanOrEqual(7);
      expect(de!.pages.length, lesson.id).toBe(en!.pages.length);
      expect(
        de!.questions.map((q) => q.answers.map((a) => a.correct)),
        lesson.id,
      ).toEqual(en!.questions.map((q) => q.answers.map((a) => a.correct)));
    }
  });

  it('does not reward picking the longest answer: in at most 35 % of single-choice questions per language is the right one longest', () => {
    const plain = (html: string) =>
      html
        .replace(/<[^>]*>/g, '')
        .replace(/&[a-z]+;|&#\d+;/g, 'x')
        .trim();
    for (const lang of ['de', 'en']) {
      const single = compiled.contents
        .filter((content) => content.lang === lang)
        .flatMap((content) => content.questions.filter((question) => !question.multiple));
      const longest = single.filter((question) => {
        const right = plain(question.answers.find((answer) => answer.correct)!.html).length;
        return question.answers.every((answer) => answer.correct || plain(answer.html).length < right);
      });
      expect(longest.length / single.length, `${lang}: ${longest.length} of ${single.length}`).toBeLessThanOrEqual(0.35);
    }
  });

  it('cites at least two specific sources with a web address in every lesson, and ends every lesson with its key points', () => {
    for (const [id, byLang] of Object.entries(creditsOf(compiled))) {
      for (const [lang, { sources }] of Object.entries(byLang)) {
        expect(
          sources.filter((source) => /^https:\/\//.test(source.url ?? '')),
          `${id} ${lang}`,
        ).toHaveLength(Math.max(2, sources.filter((source) => source.url).length));
      }
    }
    for (const content of compiled.contents) {
      expect(content.pages.at(-1)?.title, `${content.id} ${content.lang}`).toBe(content.lang === 'de' ? 'Das Wichtigste in Kürze' : 'Key points');
    }
  });

  it('is reviewed, sourced, illustrated and readable', () => {
    for (const lesson of course.lessons) {
      for (const lang of ['de', 'en']) {
        const source = readFileSync(`lessons/${lesson.id}/${lang}.md`, 'utf8');
        expect(source, `${lesson.id} ${lang}`).toMatch(/^sources:\n {2}- \S/m);
        const html = compiled.contents
          .find((content) => content.id === lesson.id && content.lang === lang)!
          .pages.map((page) => page.html)
          .join('');
        expect(html, `${lesson.id} ${lang} has an illustration with a text alternative`).toMatch(/<img src="content\/[^"]+\.svg" alt="[^"]+"/);
      }
    }
    // Re-reviewing a lesson (what R003 asks for) must keep this green; a made-up or stale date must not.
    const thisMonth = new Date().toISOString().slice(0, 7);
    for (const [id, byLang] of Object.entries(creditsOf(compiled))) {
      for (const [lang, { reviewed }] of Object.entries(byLang)) {
        expect(reviewed, `${id} ${lang} reviewed`).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        expect(reviewed <= thisMonth, `${id} ${lang} reviewed ${reviewed} is not in the future`).toBe(true);
        expect(monthsSince(reviewed, TODAY), `${id} ${lang} reviewed ${reviewed} within the review window`).toBeLessThanOrEqual(REVIEW_WINDOW_MONTHS);
      }
    }
    expect(Object.keys(creditsOf(compiled))).toEqual(course.lessons.map((lesson) => lesson.id));
    expect(compiled.readability).toHaveLength(24);
    for (const row of compiled.readability) expect(row.result.score, row.file).toBeGreaterThanOrEqual(60);
  });

  it('teaches current password advice: no forced periodic changes, length over composition', () => {
    const passwords = compiled.contents.filter((content) => content.id === '04-passwords');
    const text = JSON.stringify(passwords);
    // The fact itself, on the page about length: NIST's minimum of 15 characters for a password alone.
    const lengthPage = (lang: string, title: RegExp) => passwords.find((content) => content.lang === lang)!.pages.find((page) => title.test(page.title))!.html;
    expect(lengthPage('en', /^Length beats complexity$/)).toMatch(/NIST recommends at least 15 characters if the password is the only protection/);
    expect(lengthPage('de', /^Länge schlägt Komplexität$/)).toMatch(/NIST empfiehlt mindestens 15 Zeichen, wenn das Passwort der einzige Schutz ist/);
    expect(text).not.toMatch(/every 90 days you must|alle 90 Tage müssen Sie/i);
  });
});
