import { describe, expect, it } from 'vitest';
import { readProgress } from '../../src/player/state/progressValidation.ts';
import { courseComplete, lessonsToFinish } from '../../src/player/state/courseCompletion.ts';
import { mergeProgress } from '../../src/shared/mergeProgress.ts';
import { emptyProgress, localDate, noteCompletion, type ProgressState } from '../../src/shared/progress.ts';
import { sampleCourse } from '../support/courseFixture.ts';

const done = { page: 1, seen: 3, done: true };
const course = sampleCourse({
  lessons: ['01-a', '02-b'].map((id) => ({ id, trackKey: id, languages: ['de'], origin: 'default', localised: false, variants: {}, files: {} }) as never),
});

describe('the day the course was completed', () => {
  it('is noted once, when the last lesson is finished, and kept through later visits', () => {
    const half: ProgressState = { ...emptyProgress(), lessons: { '01-a': done } };
    expect(lessonsToFinish(course, half)).toEqual(['02-b']);
    expect(noteCompletion(half, courseComplete(course, half), '2026-12-01')).toBe(half);
    const whole = { ...half, lessons: { ...half.lessons, '02-b': done } };
    const noted = noteCompletion(whole, courseComplete(course, whole), '2026-12-01');
    expect(noted.completedOn).toBe('2026-12-01');
    expect(noteCompletion(noted, true, '2027-01-15').completedOn, 'a later review keeps the first day').toBe('2026-12-01');
    // An update adds a lesson: the course is no longer complete, and the day is that of completing it anew.
    const grown = sampleCourse({ lessons: [...course.lessons, { ...course.lessons[0]!, id: '03-c', trackKey: '03-c' }] });
    const reopened = noteCompletion(noted, courseComplete(grown, noted), '2027-02-01');
    expect(reopened).not.toHaveProperty('completedOn');
    const finished = { ...reopened, lessons: { ...reopened.lessons, '03-c': done } };
    expect(noteCompletion(finished, courseComplete(grown, finished), '2027-02-03').completedOn).toBe('2027-02-03');
  });

  it("is the learner's calendar day, not UTC's", () => {
    expect(localDate(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(localDate(new Date(2027, 0, 1, 0, 1))).toBe('2027-01-01');
  });

  it('survives storage when it is a date, and is dropped when it is anything else', () => {
    const stored = (completedOn: unknown) => readProgress(JSON.stringify({ version: 1, lessons: { '01-a': done }, completedOn }))!.state.completedOn;
    expect(stored('2026-12-01')).toBe('2026-12-01');
    for (const bad of ['yesterday', 20261201, '2026-12-01T00:00:00Z', '2026-13-01', null, {}]) expect(stored(bad), JSON.stringify(bad)).toBeUndefined();
  });

  it('two tabs keep the earlier day', () => {
    const a: ProgressState = { ...emptyProgress(), completedOn: '2026-12-03' };
    const b: ProgressState = { ...emptyProgress(), completedOn: '2026-12-01' };
    expect(mergeProgress(a, b).completedOn).toBe('2026-12-01');
    expect(mergeProgress(b, a).completedOn).toBe('2026-12-01');
    expect(mergeProgress(emptyProgress(), a).completedOn).toBe('2026-12-03');
    expect(mergeProgress(emptyProgress(), emptyProgress())).not.toHaveProperty('completedOn');
  });
});
