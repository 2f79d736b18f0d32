import { hashString, mulberry32 } from '../../shared/seededRandom.ts';

/**
 * The order answers are shown in: shuffled per attempt, the same after a reload, and different
 * from the attempt before whenever a question has more than one answer.
 */
export function answerOrder(answerIds: readonly string[], questionId: string, seed: number, previousSeed?: number): string[] {
  const order = shuffle(answerIds, seed, questionId);
  if (previousSeed === undefined || answerIds.length < 2) return order;
  const before = shuffle(answerIds, previousSeed, questionId);
  if (order.every((id, index) => id === before[index])) order.push(order.shift()!);
  return order;
}

function shuffle(items: readonly string[], seed: number, salt: string): string[] {
  const random = mulberry32(seed ^ hashString(salt));
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other]!, result[index]!];
  }
  return result;
}
