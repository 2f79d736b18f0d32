/**
 * The author checks of issue 15 (answer lengths, repeated questions, glossary, durations) that the
 * lessons of 2026-11 do not pass yet; the lesson rewrite of the same issue makes them pass. Tests of
 * the default course let these codes through until then: empty this list when the rewrite lands, so
 * that any of these warnings turns them red again.
 */
export const CONTENT_CHECKS_PENDING: readonly string[] = ['Q011', 'Q012', 'Q013', 'L009', 'L010'];
