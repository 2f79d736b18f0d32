import { describe, expect, it } from 'vitest';
import { courseChanges } from '../../src/player/content/courseChanges.ts';
import type { LessonEntry } from '../../src/shared/courseModel.ts';
import { sampleCourse, sampleOrganisation } from '../support/courseFixture.ts';

function lesson(id: string, origin: LessonEntry['origin'], localised: boolean): LessonEntry {
  const meta = (lang: string) => ({ lang, title: `${id} (${lang})`, summary: '', duration: 5, pageCount: 1, questionCount: 1 });
  return {
    id,
    trackKey: id,
    languages: ['de', 'en'],
    origin,
    localised,
    shape: { pages: 1, questions: 1 },
    variants: { de: meta('de'), en: meta('en') },
    files: {},
    searchFiles: {},
  };
}

const placeholder = { ...sampleOrganisation, name: { de: 'Ihre Organisation', en: 'Your organisation' }, nameIsPlaceholder: true as const };

/** Issue 14: CC BY-SA asks to mark changes; the about page marks only real ones. */
describe('courseChanges', () => {
  it('finds none in the default course: placeholder name, course lessons without facts of its own', () => {
    const course = sampleCourse({ organisation: placeholder, lessons: [lesson('a', 'course', false), lesson('b', 'course', false)] });
    expect(courseChanges(course, 'de')).toBeUndefined();
  });

  it('names an organisation with a name of its own, even when it changed no lesson', () => {
    const course = sampleCourse({ lessons: [lesson('a', 'course', false)] });
    expect(courseChanges(course, 'de')).toEqual({ by: 'Testorganisation', added: [], replaced: [], localised: [] });
  });

  it('lists added, replaced and localised lessons in the learner language, without a name while it is the placeholder', () => {
    const course = sampleCourse({
      organisation: placeholder,
      lessons: [lesson('a', 'course', true), lesson('b', 'added', true), lesson('c', 'replaced', false), lesson('d', 'course', false)],
    });
    expect(courseChanges(course, 'en')).toEqual({ added: ['b (en)'], replaced: ['c (en)'], localised: ['a (en)'] });
  });
});
