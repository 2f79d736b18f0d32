import type { LessonContent, RaffleModel } from '../../shared/courseModel.ts';
import { letterKey, phraseShape, scramble, spreadLetters, type QuestionKey } from '../../shared/raffle/phraseLetters.ts';

/** The theme's raffle settings, resolved per language: the model plus the phrase it must not carry. */
export type RaffleInput = Omit<RaffleModel, 'phraseShape' | 'letters'> & { phrase?: string };

/**
 * The raffle as the player gets it. In phrase mode the letters are spread over the questions of the
 * required lessons (in course order, in the first course language's question order, which every
 * language shares) and scrambled per question; the phrase itself is not written anywhere.
 */
export function raffleModel(input: RaffleInput, contents: readonly LessonContent[], firstLanguage: string): RaffleModel {
  const { phrase, ...rest } = input;
  const model: RaffleModel = { ...rest };
  if (input.mode !== 'phrase' || !phrase) return model;
  const questions: QuestionKey[] = input.requiredLessons.flatMap((lessonId) => {
    const content =
      contents.find((candidate) => candidate.id === lessonId && candidate.lang === firstLanguage) ?? contents.find((candidate) => candidate.id === lessonId);
    return (content?.questions ?? []).map((question) => ({
      lessonId,
      questionId: question.id,
      correct: question.answers.filter((answer) => answer.correct).map((answer) => answer.id),
    }));
  });
  const letters: Record<string, Record<string, string>> = {};
  const spread = spreadLetters(phrase, questions);
  const chars = [...phrase];
  for (const question of questions) {
    const positions = spread.get(`${question.lessonId}/${question.questionId}`) ?? [];
    if (positions.length === 0) continue;
    letters[question.lessonId] ??= {};
    letters[question.lessonId]![question.questionId] = scramble(
      positions.map((position) => [position, chars[position]!]),
      letterKey(input.campaign, question),
    );
  }
  return { ...model, phraseShape: phraseShape(phrase), letters };
}
