import { describe, expect, it } from 'vitest';
import { emptyProgress, type ProgressState } from '../../../src/shared/progress.ts';
import { decodeSuspendData, encodeSuspendData } from '../../../src/lms/suspendData.ts';
import { fitSuspendData } from '../../../src/lms/suspendLimit.ts';
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
    expect(text).toMatch(/^2\|de\|[0-9a-z.,!_]+\|[0-9a-z]+$/);
    const decoded = decodeSuspendData(course, text)!;
    expect(decoded.lang).toBe('de');
    expect(decoded.state.lessons[b]).toEqual(state.lessons[b]);
    expect(decoded.state.lessons[c]).toEqual(state.lessons[c]);
    // A passed lesson keeps its pass and best score; its bookmark is not needed any more.
    expect(decoded.state.lessons[a]).toMatchObject({ done: true, best: 100 });
  });

  it('writes nothing for untouched lessons', () => {
    expect(encodeSuspendData(course, emptyProgress(), 'en')).toMatch(/^2\|en\|\|[0-9a-z]+$/);
    expect(decodeSuspendData(course, encodeSuspendData(course, emptyProgress(), 'en'))).toEqual({ state: emptyProgress(), lang: 'en' });
    expect(decodeSuspendData(course, '1|en|')).toEqual({ state: emptyProgress(), lang: 'en' });
  });

  it('drops lessons the course no longer has and keeps the rest', () => {
    const text = encodeSuspendData(course, state, 'en');
    const smaller = { ...course, lessons: course.lessons.slice(1) };
    expect(Object.keys(decodeSuspendData(smaller, text)!.state.lessons)).toEqual([b, c]);
  });

  for (const bad of ['', 'x', '2|en|', '3|en||0', '{"version":1}', '1|en|abcd.zz', '1|en|abcd.1.1.%', '1|en|a|b', '1|en|abcd.1']) {
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

describe('suspend_data that passes the format but is nonsense', () => {
  const keyOf = (id: string) => course.lessons.find((lesson) => lesson.id === id)!.trackKey;
  const v1 = (records: string[]) => `1|en|${records.join(',')}`;

  it('reads a cut version-2 text as damaged: the cut record is dropped, the others are kept', () => {
    const text = encodeSuspendData(course, state, 'en');
    const cut = text.slice(0, text.lastIndexOf('|') - 5);
    expect(cut, 'cut where the rest still reads as an attempt in progress').toMatch(/\.4$/);
    const decoded = decodeSuspendData(course, cut)!;
    expect(decoded.damaged).toBe(true);
    expect(decoded.state.lessons[a]).toMatchObject({ done: true, best: 100 });
    expect(decoded.state.lessons[b]).toEqual(state.lessons[b]);
    expect(decoded.state.lessons[c], 'the record the cut went through').toBeUndefined();
    expect(decodeSuspendData(course, text)!.damaged).toBeUndefined();
  });

  it('does not read a passed lesson with a check but no score ("5qrh!") as passed', () => {
    const decoded = decodeSuspendData(course, v1([`${keyOf(b)}.2.2`, `${keyOf(a)}!`]))!;
    expect(decoded.state.lessons[a]).toBeUndefined();
    expect(decoded.state.lessons[b]).toMatchObject({ page: 2, seen: 2 });
    expect(decoded.damaged).toBe(true);
  });

  for (const [what, record] of [
    ['a best score of 1.3e31 %', (key: string) => `${key}!zzzzzzzzzzzzzzzzzzzz`],
    ['a best score above 100 %', (key: string) => `${key}!2t`],
    ['more right answers than questions', (key: string) => `${key}.4.4.28.1.5.0.4.6r5f`],
    ['a result out of more questions than the check has', (key: string) => `${key}.4.4.28.1.5.0.4.1r9f`],
    ['a page far beyond the lesson', (key: string) => `${key}.zz.zz`],
    ['a page 0', (key: string) => `${key}.0.1`],
    ['an absurd attempt count', (key: string) => `${key}.4.4..zzzzzz.5.0.0`],
    ['a check in a lesson without one', (key: string) => `${key}.4.4..1.5..0`],
  ] as const) {
    it(`rejects ${what} and keeps the other lessons`, () => {
      const reading = what === 'a check in a lesson without one' ? courseStub(3, 0) : course;
      const key = reading.lessons[0]!.trackKey;
      const other = reading.lessons[1]!;
      const decoded = decodeSuspendData(reading, v1([record(key), `${other.trackKey}.2.2`]))!;
      expect(decoded.state.lessons[reading.lessons[0]!.id]).toBeUndefined();
      expect(decoded.state.lessons[other.id]).toEqual({ page: 2, seen: 2, done: false });
      expect(decoded.damaged).toBe(true);
    });
  }

  it('drops the last record of a version-1 text exactly as long as an LMS limit', () => {
    // Records of lessons the course no longer has fill the text up to the limit.
    const records = [`${keyOf(b)}.2.2`, ...Array.from({ length: 400 }, () => 'zzzz.1.1')];
    const filler = 4096 - v1([...records, 'x', `${keyOf(a)}!2s`]).length - 3;
    const padded = v1([...records, 'y'.repeat(filler) + '.1.1', `${keyOf(a)}!2s`]);
    expect(padded).toHaveLength(4096);
    const shorter = v1([...records, 'y'.repeat(filler - 1) + '.1.1', `${keyOf(a)}!2s`]);
    expect(decodeSuspendData(course, shorter)!.state.lessons[a], 'the same one character shorter').toMatchObject({ best: 100 });
    const decoded = decodeSuspendData(course, padded)!;
    expect(decoded.state.lessons[a]).toBeUndefined();
    expect(decoded.state.lessons[b]).toMatchObject({ page: 2 });
  });

  it('treats a text whose every record is bad as unreadable', () => {
    expect(decodeSuspendData(course, v1([`${keyOf(a)}!zzzzzzzzzzzzzzzzzzzz`]))).toBeUndefined();
  });
});
