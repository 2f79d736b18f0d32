import { useEffect } from 'preact/hooks';
import { localDate, noteCompletion } from '../../shared/progress.ts';
import { usePlayer } from '../playerContext.ts';
import { courseComplete } from './courseCompletion.ts';

/**
 * The day the course was completed (YYYY-MM-DD), or undefined while it is not. Progress from before
 * the day was recorded, or an LMS's (suspend_data keeps no date), gets today's date, stored once.
 */
export function useCompletedOn(): string | undefined {
  const { course, progress, update } = usePlayer();
  const complete = courseComplete(course, progress);
  const missing = complete && progress.completedOn === undefined;
  useEffect(() => {
    if (missing) update((state) => noteCompletion(state, true, localDate(new Date())));
  }, [missing]);
  return complete ? (progress.completedOn ?? localDate(new Date())) : undefined;
}
