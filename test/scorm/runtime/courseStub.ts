import { assignTrackKeys } from '../../../src/compiler/course/assembleCourse.ts';
import type { CourseModel, LessonEntry } from '../../../src/shared/courseModel.ts';
import { sampleCourse } from '../../support/courseFixture.ts';

/** A course model with `count` lessons of `questions` questions each (0: no check). */
export function courseStub(count: number, questions = 5): CourseModel {
  const lessons: LessonEntry[] = Array.from({ length: count }, (_, index) => {
    const id = `${String(index + 1).padStart(3, '0')}-lesson`;
    const meta = {
      lang: 'en',
      title: id,
      summary: '',
      duration: 5,
      pageCount: 3,
      questionCount: questions,
    };
    return {
      id,
      trackKey: '',
      languages: ['en'],
      origin: 'course',
      localised: false,
      shape: { pages: 3, questions },
      variants: { en: meta, de: meta },
      files: { en: `content/${id}.en.0.js` },
      searchFiles: { en: `content/${id}.en-search.0.js` },
    };
  });
  assignTrackKeys(lessons);
  return sampleCourse({ id: 'test', lessons });
}
