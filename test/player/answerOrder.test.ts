import { describe, expect, it } from 'vitest';
import { answerOrder } from '../../src/player/state/answerOrder.ts';

const ids = ['a1', 'a2', 'a3', 'a4'];

describe('answer order', () => {
  it('is the same for the same attempt, so a reload does not reshuffle', () => {
    expect(answerOrder(ids, 'q1', 12345)).toEqual(answerOrder(ids, 'q1', 12345));
  });

  it('holds every answer exactly once', () => {
    for (let seed = 1; seed < 200; seed++) expect([...answerOrder(ids, 'q1', seed)].sort()).toEqual(ids);
  });

  it('differs from the attempt before for every seed pair, also with two answers', () => {
    for (let seed = 1; seed < 300; seed++) {
      for (const answers of [ids, ['a1', 'a2'], ['a1', 'a2', 'a3']]) {
        const before = answerOrder(answers, 'q2', seed);
        expect(answerOrder(answers, 'q2', seed + 7919, seed)).not.toEqual(before);
      }
    }
  });

  it('spreads the right answer over all positions', () => {
    const positions = new Set<number>();
    for (let seed = 1; seed < 50; seed++) positions.add(answerOrder(ids, 'q3', seed).indexOf('a2'));
    expect([...positions].sort()).toEqual([0, 1, 2, 3]);
  });
});
