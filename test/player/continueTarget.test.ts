import { describe, expect, it } from 'vitest';
import { emptyProgress, type LessonStatus, visitPage } from '../../src/shared/progress.ts';
import { mergeProgress } from '../../src/shared/mergeProgress.ts';
import { parseProgress } from '../../src/player/state/progressValidation.ts';
import { continueTarget } from '../../src/player/state/continueTarget.ts';

const ids = ['a', 'b', 'c', 'd'];
const at = (...statuses: LessonStatus[]) => statuses;

describe('where "Continue" leads', () => {
  it('nowhere before anything is begun, and nowhere once everything is done', () => {
    expect(continueTarget(ids, at('notStarted', 'notStarted', 'notStarted', 'notStarted'), undefined)).toBeUndefined();
    expect(continueTarget(ids, at('passed', 'completed', 'passed', 'passed'), 'd')).toBeUndefined();
  });

  it('to the lesson opened last while it is unfinished, wherever it is in the course', () => {
    expect(continueTarget(ids, at('inProgress', 'notStarted', 'inProgress', 'notStarted'), 'c')).toBe('c');
    expect(continueTarget(ids, at('passed', 'failed', 'notStarted', 'notStarted'), 'b')).toBe('b');
  });

  it('to the next unfinished lesson once the one opened last is finished, past the end back to the start', () => {
    expect(continueTarget(ids, at('passed', 'passed', 'notStarted', 'notStarted'), 'b')).toBe('c');
    expect(continueTarget(ids, at('notStarted', 'passed', 'passed', 'passed'), 'd')).toBe('a');
  });

  it('without a lesson opened last (an LMS keeps none), to the first begun and unfinished one', () => {
    expect(continueTarget(ids, at('passed', 'notStarted', 'inProgress', 'notStarted'), undefined)).toBe('c');
    expect(continueTarget(ids, at('passed', 'notStarted', 'notStarted', 'notStarted'), 'gone')).toBe('b');
  });
});

describe('the lesson opened last', () => {
  it('is recorded by every page visit, survives storing and reading, and is kept when two copies merge', () => {
    const visited = visitPage(visitPage(emptyProgress(), 'a', 2, 5, true), 'b', 1, 5, true);
    expect(visited.last).toBe('b');
    expect(parseProgress(JSON.stringify(visited))?.last).toBe('b');
    // A stored name that is no lesson read is not taken over.
    expect(parseProgress(JSON.stringify({ ...visited, last: 'x' }))?.last).toBeUndefined();
    expect(parseProgress(JSON.stringify({ ...visited, last: '__proto__' }))?.last).toBeUndefined();
    const otherTab = visitPage(emptyProgress(), 'c', 1, 5, true);
    expect(mergeProgress(visited, otherTab).last, "this tab's").toBe('b');
    expect(mergeProgress(emptyProgress(), otherTab).last, "the other's when this tab has none").toBe('c');
  });
});
