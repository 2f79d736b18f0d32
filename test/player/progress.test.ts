import { describe, expect, it } from 'vitest';
import { emptyProgress, finishCheck, lessonStatus, retryCheck, selectAnswers, startCheck, submitAnswer, visitPage } from '../../src/shared/progress.ts';

const key = [
  { id: 'q1', correct: ['a2'] },
  { id: 'q2', correct: ['a1', 'a3'] },
];

function answered(choices: Record<string, string[]>, passMark = 80) {
  let state = startCheck(visitPage(emptyProgress(), 'l', 3, 2, true), 'l', 42);
  for (const [question, answers] of Object.entries(choices)) {
    state = submitAnswer(selectAnswers(state, 'l', question, answers), 'l', question);
  }
  return finishCheck(state, 'l', key, passMark);
}

describe('progress', () => {
  it('tracks the bookmark and the furthest page', () => {
    let state = visitPage(emptyProgress(), 'l', 3, 5, true);
    state = visitPage(state, 'l', 2, 5, true);
    expect(state.lessons.l).toMatchObject({ page: 2, seen: 3, done: false });
    expect(lessonStatus(state, 'l', true)).toBe('inProgress');
    expect(lessonStatus(state, 'other', true)).toBe('notStarted');
  });

  it('completes a lesson without a check when its last page is read', () => {
    const state = visitPage(emptyProgress(), 'l', 4, 4, false);
    expect(lessonStatus(state, 'l', false)).toBe('completed');
  });

  it('scores multiple choice as right only when exactly the right answers are chosen', () => {
    expect(answered({ q1: ['a2'], q2: ['a1'] }).lessons.l!.check!.result).toMatchObject({ right: 1, score: 50, passed: false });
    expect(answered({ q1: ['a2'], q2: ['a1', 'a2', 'a3'] }).lessons.l!.check!.result).toMatchObject({ right: 1 });
    expect(answered({ q1: ['a2'], q2: ['a3', 'a1'] }).lessons.l!.check!.result).toMatchObject({ right: 2, score: 100, passed: true });
  });

  it('passes at exactly the pass mark', () => {
    expect(answered({ q1: ['a2'], q2: [] }, 50).lessons.l!.check!.result!.passed).toBe(true);
    expect(answered({ q1: ['a2'], q2: [] }, 51).lessons.l!.check!.result!.passed).toBe(false);
  });

  it('keeps a checked answer fixed', () => {
    let state = answered({ q1: ['a1'] });
    state = selectAnswers(state, 'l', 'q1', ['a2']);
    expect(state.lessons.l!.check!.selected.q1).toEqual(['a1']);
  });

  it('fails, then a retry starts a fresh attempt with a new seed and keeps the best score', () => {
    let state = answered({ q1: ['a2'], q2: ['a2'] });
    expect(lessonStatus(state, 'l', true)).toBe('failed');
    state = retryCheck(state, 'l', 77);
    expect(state.lessons.l!.check).toEqual({ attempt: 2, seed: 77, previousSeed: 42, index: 0, selected: {}, submitted: [] });
    expect(state.lessons.l!.best).toBe(50);
    expect(lessonStatus(state, 'l', true)).toBe('inProgress');
  });

  it('stays passed after a later, worse attempt', () => {
    let state = answered({ q1: ['a2'], q2: ['a1', 'a3'] });
    state = retryCheck(state, 'l', 5);
    for (const question of ['q1', 'q2']) state = submitAnswer(selectAnswers(state, 'l', question, ['a4']), 'l', question);
    state = finishCheck(state, 'l', key, 80);
    expect(lessonStatus(state, 'l', true)).toBe('passed');
    expect(state.lessons.l!.best).toBe(100);
  });
});
