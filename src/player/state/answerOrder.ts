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

function hashString(text: string): number {
  let hash = 2166136261;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return hash >>> 0;
}

/** A small seeded generator: enough for answer order, which needs no secrecy. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
