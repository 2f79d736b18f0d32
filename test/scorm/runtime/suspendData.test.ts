import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressState } from '../../../src/player/state/progress.ts';
import { decodeSuspendData, encodeSuspendData } from '../../../src/scorm/runtime/suspendData.ts';
import { fitSuspendData } from '../../../src/scorm/runtime/suspendLimit.ts';
import { courseStub } from './courseStub.ts';

const course = courseStub(3);
const [a, b, c] = course.lessons.map((lesson) => lesson.id) as [string, string, string];

const state: ProgressState = {
  version: 1,
  lessons: {
    [a]: { page: 4, seen: 4, done: true, best: 100 },
    [b]: {
      page: 4,
      seen: 4,
      done: false,
      best: 40,
      check: { attempt: 2, seed: 1234567, previousSeed: 99, index: 2, selected: { q1: ['a2'], q2: ['a1', 'a3'], q3: ['a4'] }, submitted: ['q1', 'q2'] },
    },
    [c]: {
      page: 2,
      seen: 3,
      done: false,
      best: 60,
      check: { attempt: 1, seed: 5, index: 4, selected: {}, submitted: [], result: { right: 3, total: 5, score: 60, passed: false } },
    },
  },
};

describe('suspend_data', () => {
  it('round-trips progress, answers of a running attempt and a failed result', () => {
    const text = encodeSuspendData(course, state, 'de');
    expect(text).toMatch(/^1\|de\|[0-9a-z.,!_]+$/);
    const decoded = decodeSuspendData(course, text)!;
    expect(decoded.lang).toBe('de');
    expect(decoded.state.lessons[b]).toEqual(state.lessons[b]);
    expect(decoded.state.lessons[c]).toEqual(state.lessons[c]);
    // A passed lesson keeps its pass and best score; its bookmark is not needed any more.
    expect(decoded.state.lessons[a]).toMatchObject({ done: true, best: 100 });
  });

  it('writes nothing for untouched lessons', () => {
    expect(encodeSuspendData(course, emptyProgress(), 'en')).toBe('1|en|');
    expect(decodeSuspendData(course, '1|en|')).toEqual({ state: emptyProgress(), lang: 'en' });
  });

  it('drops lessons the course no longer has and keeps the rest', () => {
    const text = encodeSuspendData(course, state, 'en');
    const smaller = { ...course, lessons: course.lessons.slice(1) };
    expect(Object.keys(decodeSuspendData(smaller, text)!.state.lessons)).toEqual([b, c]);
  });

  for (const bad of ['', 'x', '2|en|', '{"version":1}', '1|en|abcd.zz', '1|en|abcd.1.1.%', '1|en|a|b', '1|en|abcd.1']) {
    it(`rejects ${JSON.stringify(bad)} instead of guessing`, () => {
      expect(decodeSuspendData(course, bad)).toBeUndefined();
    });
  }

  it('fits the full progress of a 200-lesson course into SCORM 1.2 limits', () => {
    const big = courseStub(200);
    const done: ProgressState = {
      version: 1,
      lessons: Object.fromEntries(big.lessons.map((lesson) => [lesson.id, { page: 4, seen: 4, done: true, best: 100 }])),
    };
    const text = encodeSuspendData(big, done, 'de');
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(Object.keys(decodeSuspendData(big, text)!.state.lessons)).toHaveLength(200);
  });

  it('stays within 4,096 characters for 200 lessons each in a running attempt, keeping every score', () => {
    const big = courseStub(200, 10);
    const busy: ProgressState = {
      version: 1,
      lessons: Object.fromEntries(
        big.lessons.map((lesson) => [
          lesson.id,
          {
            page: 4,
            seen: 4,
            done: false,
            best: 70,
            check: { attempt: 3, seed: 2147483000, previousSeed: 2147483001, index: 9, selected: { q1: ['a1'], q5: ['a2', 'a3'] }, submitted: ['q1', 'q5'] },
          },
        ]),
      ),
    };
    const text = fitSuspendData(big, busy, 'de', 4096, big.lessons[7]!.id);
    expect(text.length).toBeLessThanOrEqual(4096);
    const back = decodeSuspendData(big, text)!.state;
    expect(Object.values(back.lessons).every((lesson) => lesson.best === 70)).toBe(true);
    expect(back.lessons[big.lessons[7]!.id]?.check?.selected).toEqual({ q1: ['a1'], q5: ['a2', 'a3'] });
  });
});
