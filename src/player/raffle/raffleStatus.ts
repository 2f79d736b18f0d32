import type { RaffleModel } from '../../shared/courseModel.ts';
import { localDate, type ProgressState } from '../../shared/progress.ts';

export interface RaffleStatus {
  /** Before the first day, during, or after the last day (local time). */
  phase: 'before' | 'open' | 'after';
  passed: number;
  required: number;
  eligible: boolean;
}

/** Where the learner stands: only passed checks of required lessons count, nothing else is looked at. */
export function raffleStatus(raffle: RaffleModel, progress: ProgressState, now: Date): RaffleStatus {
  const today = localDate(now);
  const phase = today < raffle.start ? 'before' : today > raffle.end ? 'after' : 'open';
  const passed = raffle.requiredLessons.filter((id) => progress.lessons[id]?.done).length;
  const required = raffle.requiredLessons.length;
  return { phase, passed, required, eligible: phase === 'open' && passed === required };
}
