import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileCourse } from '../compiler/compileCourse.ts';
import type { ProgressState } from '../shared/progress.ts';
import { encodeSuspendData } from '../lms/suspendData.ts';
import { fitSuspendData } from '../lms/suspendLimit.ts';
import type { CourseModel } from '../shared/courseModel.ts';
import { writeSyntheticLessons } from '../../test/support/syntheticLessons.ts';

/** Characters of SCORM suspend_data for full progress: the default course and 200 generated lessons. */
export async function suspendDataFigures(): Promise<{ defaultCourse: number; lessons200Done: number; lessons200Busy: number }> {
  const standard = await compileCourse({ lessonsDir: 'lessons', themeDir: 'themes/default' });
  const work = await mkdtemp(join(tmpdir(), 'wachsam-bench-200-'));
  try {
    await writeSyntheticLessons(join(work, 'lessons'), 200);
    const big = await compileCourse({ lessonsDir: join(work, 'lessons'), themeDir: 'themes/default' });
    return {
      defaultCourse: encodeSuspendData(standard.course!, allDone(standard.course!), 'de').length,
      lessons200Done: encodeSuspendData(big.course!, allDone(big.course!), 'de').length,
      lessons200Busy: fitSuspendData(big.course!, allBusy(big.course!), 'de', 4096, big.course!.lessons[0]!.id).length,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function allDone(course: CourseModel): ProgressState {
  return {
    version: 1,
    lessons: Object.fromEntries(course.lessons.map((lesson) => [lesson.id, { page: 3, seen: 3, done: true, best: 100 }])),
  };
}

/** Every lesson in a second attempt, halfway through its check: the largest state a learner can reach. */
function allBusy(course: CourseModel): ProgressState {
  return {
    version: 1,
    lessons: Object.fromEntries(
      course.lessons.map((lesson) => [
        lesson.id,
        {
          page: 3,
          seen: 3,
          done: false,
          best: 67,
          check: { attempt: 2, seed: 2147483000, previousSeed: 2147482000, index: 1, selected: { q1: ['a1'] }, submitted: ['q1'] },
        },
      ]),
    ),
  };
}
