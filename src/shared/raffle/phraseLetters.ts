/**
 * Phrase mode: the solution phrase's letters are spread over the questions of the required lessons,
 * each letter exactly once, and scrambled with a key made from the question's right answers, so the
 * phrase cannot be found by searching or reading the course's files. (The key is in the files too,
 * for anyone who rebuilds the logic by hand: this keeps honest people honest, nothing more.)
 * Runs in the compiler and in the player: no node:*, no DOM.
 */
import { hashString, mulberry32 } from '../seededRandom.ts';

export interface QuestionKey {
  lessonId: string;
  questionId: string;
  /** Ids of the right answers. */
  correct: readonly string[];
}

/** For each question ("lesson/question"), the positions in the phrase of the letters it reveals. */
export function spreadLetters(phrase: string, questions: readonly QuestionKey[]): Map<string, number[]> {
  const positions = [...phrase].flatMap((char, index) => (char.trim() ? [index] : []));
  const spread = new Map<string, number[]>(questions.map((question) => [`${question.lessonId}/${question.questionId}`, []]));
  if (questions.length === 0) return spread;
  positions.forEach((position, k) => {
    // Letter k goes to question ⌊k·m/n⌋: every question gets a fair share, in phrase order.
    const question = questions[Math.floor((k * questions.length) / positions.length)]!;
    spread.get(`${question.lessonId}/${question.questionId}`)!.push(position);
  });
  return spread;
}

/** The phrase with each letter as "_" and spaces kept: what a learner sees before any letter. */
export function phraseShape(phrase: string): string {
  return [...phrase].map((char) => (char.trim() ? '_' : ' ')).join('');
}

export function letterKey(campaign: string, question: QuestionKey): string {
  return `${campaign}|${question.lessonId}|${question.questionId}|${[...question.correct].sort().join(',')}`;
}

/** "3:S,7:E" scrambled to hex; the same key unscrambles it. */
export function scramble(letters: readonly [number, string][], key: string): string {
  const plain = letters.map(([position, char]) => `${position}:${char}`).join(',');
  const stream = keystream(key);
  return [...plain].map((char) => (char.charCodeAt(0) ^ stream()).toString(16).padStart(4, '0')).join('');
}

/** The letters of a question, or [] when the key (the right answers) does not fit. */
export function unscramble(cipher: string, key: string): [number, string][] {
  const stream = keystream(key);
  const plain = (cipher.match(/.{4}/g) ?? []).map((hex) => String.fromCharCode(Number.parseInt(hex, 16) ^ stream())).join('');
  if (!/^(\d+:.)(,\d+:.)*$/su.test(plain)) return [];
  return plain.split(',').map((pair) => {
    const [position, ...char] = pair.split(':');
    return [Number(position), char.join(':')] as [number, string];
  });
}

/**
 * 16-bit steps of mulberry32 seeded with the key's FNV-1a hash: the low 16 bits of each 32-bit draw
 * (a draw in [0, 1) times 2^32 is that 32-bit number exactly). Built courses carry ciphers made this way.
 */
function keystream(key: string): () => number {
  const random = mulberry32(hashString(key));
  return () => (random() * 4294967296) & 0xffff;
}
