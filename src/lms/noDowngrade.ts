import type { CmiValues } from './cmiValues.ts';

/**
 * Ranks of status values: a value may replace one of lower or equal rank only. 1.2's "passed"
 * ranks above "completed" because Moodle's completion rule "Passed" needs exactly that status.
 */
const statusRank: Record<string, number> = {
  'not attempted': 0,
  unknown: 0,
  browsed: 1,
  incomplete: 1,
  failed: 2,
  completed: 3,
  passed: 4,
};

/** Elements whose values are numbers that must not go down. */
const NUMERIC = /(^|\.)(score\.raw|score\.scaled|progress_measure)$/;
/** Elements whose values are statuses. */
const STATUS = /(^cmi\.core\.lesson_status|\.status|_status)$/;

/**
 * The values without any that would write less over what the LMS already holds (`held`, as read
 * at the start of the session): a passed objective stays passed, a score never goes down. The
 * course's own progress only grows, so this matters when the LMS knows more than the course was
 * given back (suspend_data lost, another device, a relaunch in a new attempt view).
 */
export function withoutDowngrades(values: CmiValues, held: ReadonlyMap<string, string>): CmiValues {
  const kept: CmiValues = new Map();
  for (const [element, value] of values) {
    // An LMS with a completion threshold derives completion from progress_measure (Moodle does, at
    // Terminate): a completed attempt must not receive less than 1.
    const before = element === 'cmi.progress_measure' && held.get('cmi.completion_status') === 'completed' ? '1' : held.get(element);
    if (before !== undefined && lower(element, value, before)) continue;
    kept.set(element, value);
  }
  return kept;
}

function lower(element: string, value: string, before: string): boolean {
  if (NUMERIC.test(element)) {
    const [next, held] = [Number(value), Number(before)];
    return Number.isFinite(held) && (!Number.isFinite(next) || next < held);
  }
  if (STATUS.test(element)) {
    const [next, held] = [statusRank[value], statusRank[before]];
    return held !== undefined && (next === undefined || next < held);
  }
  return false;
}
