import type { Question, RaffleModel } from '../../shared/courseModel.ts';
import { letterKey, unscramble } from '../../shared/raffle/phraseLetters.ts';

/** The letters a rightly answered question reveals, as [position, letter]. */
export function lettersOf(raffle: RaffleModel, campaign: string, lessonId: string, question: Question): [number, string][] {
  const cipher = raffle.letters?.[lessonId]?.[question.id];
  if (!cipher) return [];
  const correct = question.answers.filter((answer) => answer.correct).map((answer) => answer.id);
  return unscramble(cipher, letterKey(campaign, { lessonId, questionId: question.id, correct }));
}

/** The whole phrase, once the learner may see it: every question's letters put in place. */
export function wholePhrase(raffle: RaffleModel, questionsByLesson: Record<string, readonly Question[]>): string {
  const chars = [...(raffle.phraseShape ?? '')];
  for (const [lessonId, questions] of Object.entries(questionsByLesson)) {
    for (const question of questions) {
      for (const [position, letter] of lettersOf(raffle, raffle.campaign, lessonId, question)) chars[position] = letter;
    }
  }
  return chars.join('');
}
