import { useEffect, useRef } from 'preact/hooks';
import type { CourseModel } from '../../shared/courseModel.ts';
import type { ProgressState } from '../../player/state/progress.ts';
import { raffleStatus } from './raffleStatus.ts';

/**
 * Tells a page that embeds the course when the learner becomes eligible: a `wachsam:raffle-eligible`
 * event on window, with the campaign only. Fired on the change, not on every load.
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
}
