import { useEffect, useRef } from 'preact/hooks';
import type { CourseModel } from '../../shared/courseModel.ts';
import type { ProgressState } from '../../shared/progress.ts';
import { flushQueued } from './entryQueue.ts';
import { raffleStatus } from './raffleStatus.ts';

/**
 * The raffle's work in the background. Tells a page that embeds the course when the learner becomes
 * eligible: a `wachsam:raffle-eligible` event on window, with the campaign only, fired on the change,
 * not on every load. Sends a queued entry again on each visit and when the network returns.
 */
export function useRaffleEligibleEvent(course: CourseModel, progress: ProgressState): void {
  const raffle = course.raffle;
  const eligible = raffle ? raffleStatus(raffle, progress, new Date()).eligible : false;
  const before = useRef(eligible);
  useEffect(() => {
    if (raffle && eligible && !before.current) {
      dispatchEvent(new CustomEvent('wachsam:raffle-eligible', { detail: { campaign: raffle.campaign, course: course.id } }));
    }
    before.current = eligible;
  }, [eligible]);

  // An entry queued while offline goes out on the next visit and whenever the network returns.
  useEffect(() => {
    if (!raffle?.endpoint) return;
    const flush = () => void flushQueued(raffle, course.id);
    flush();
    addEventListener('online', flush);
    return () => removeEventListener('online', flush);
  }, []);
}
