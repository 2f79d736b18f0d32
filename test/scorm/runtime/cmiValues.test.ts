import { describe, expect, it } from 'vitest';
import type { ProgressState } from '../../../src/shared/progress.ts';
import { cmiValues } from '../../../src/lms/cmiValues.ts';
import { courseStub } from './courseStub.ts';

const course = courseStub(3);
const ids = course.lessons.map((lesson) => lesson.id);
const objectiveIndex = new Map(ids.map((id, n) => [id, n]));
const extra = { location: '#/lesson/x/1', suspendData: '1|en|', objectiveIndex };

function state(lessons: ProgressState['lessons']): ProgressState {
  return { version: 1, lessons };
}
const failed = {
  page: 4,
  seen: 4,
  done: false,
  best: 40,
  check: { attempt: 1, seed: 1, index: 4, selected: {}, submitted: [], result: { right: 2, total: 5, score: 40, passed: false } },
};
const passed = { page: 4, seen: 4, done: true, best: 100 };

describe('cmi values', () => {
  it('reports incomplete with no score before any check', () => {
    const values = cmiValues('1.2', course, state({ [ids[0]!]: { page: 2, seen: 2, done: false } }), extra);
    expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(values.has('cmi.core.score.raw')).toBe(false);
    expect(values.get('cmi.objectives.0.status')).toBe('incomplete');
    expect(values.get('cmi.objectives.1.status')).toBe('not attempted');
  });

  it('reports failed only when every check was taken and one stays below the mastery score', () => {
    const twoOfThree = cmiValues('1.2', course, state({ [ids[0]!]: passed, [ids[1]!]: failed }), extra);
    expect(twoOfThree.get('cmi.core.lesson_status')).toBe('incomplete');
    expect(twoOfThree.has('cmi.core.score.raw'), 'no course score before every check was taken').toBe(false);
    expect(twoOfThree.get('cmi.objectives.1.score.raw')).toBe('40');
    const all = cmiValues('1.2', course, state({ [ids[0]!]: passed, [ids[1]!]: failed, [ids[2]!]: passed }), extra);
    expect(all.get('cmi.core.lesson_status')).toBe('failed');
    expect(all.get('cmi.core.score.raw'), 'the lowest check score').toBe('40');
    expect(all.get('cmi.objectives.1.status')).toBe('failed');
    const v2004 = cmiValues('2004', course, state({ [ids[0]!]: passed, [ids[1]!]: failed, [ids[2]!]: passed }), extra);
    expect(v2004.get('cmi.completion_status')).toBe('incomplete');
    expect(v2004.get('cmi.success_status')).toBe('failed');
    expect(v2004.get('cmi.score.scaled')).toBe('0.4');
    expect(v2004.get('cmi.progress_measure')).toBe('0.67');
  });

  it('reports passed and completed when every lesson is done', () => {
    const all = state(Object.fromEntries(ids.map((id) => [id, passed])));
    expect(cmiValues('1.2', course, all, extra).get('cmi.core.lesson_status')).toBe('passed');
    const v2004 = cmiValues('2004', course, all, extra);
    expect([v2004.get('cmi.completion_status'), v2004.get('cmi.success_status'), v2004.get('cmi.score.raw')]).toEqual(['completed', 'passed', '100']);
  });

  it('reports completed, not passed, for a course without checks', () => {
    const reading = courseStub(2, 0);
    const all = state(Object.fromEntries(reading.lessons.map((lesson) => [lesson.id, { page: 3, seen: 3, done: true }])));
    expect(cmiValues('1.2', reading, all, { ...extra, objectiveIndex: new Map() }).get('cmi.core.lesson_status')).toBe('completed');
  });
});
