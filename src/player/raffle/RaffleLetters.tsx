import { usePlayer } from '../playerContext.ts';
import type { Question } from '../../shared/courseModel.ts';
import { lettersOf } from './raffleLetters.ts';
import { raffleStatus } from './raffleStatus.ts';

/** Phrase mode: under a rightly answered question, the letters it reveals and where they go. */
export function RaffleLetters({ lessonId, question }: { lessonId: string; question: Question }) {
  const { course, t, progress } = usePlayer();
  const raffle = course.raffle;
  if (raffle?.mode !== 'phrase' || raffleStatus(raffle, progress, new Date()).phase !== 'open') return null;
  const letters = lettersOf(raffle, raffle.campaign, lessonId, question);
  if (letters.length === 0) return null;
  const shown = letters.map(([position, letter]) => `${letter} (${position + 1})`).join(', ');
  return <p class="raffle-letters">{t('raffleLetters', { letters: shown })}</p>;
}
