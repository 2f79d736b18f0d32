import type { ProgressState } from '../../shared/progress.ts';

/** What the learner is told about where progress is kept. */
export type TrackingNotice = 'reset' | 'partReset' | 'full' | 'unavailable' | 'noLms' | 'lmsRetrying' | 'lmsNotSaved' | 'lmsUnreachable' | 'unreadableInLms';

/** The course's result as an LMS holds it (SCORM only). */
export interface LmsResult {
  mode: 'normal' | 'review' | 'browse';
  status?: 'passed' | 'completed' | 'failed' | 'incomplete';
  /** 0-100. */
  score?: number;
}

export interface TrackerStart {
  state: ProgressState;
  notice?: TrackingNotice;
  /** The learner's language as stored last time. */
  lang?: string;
  /** A route (URL hash) to resume at, when the learner did not open a deep link. */
  bookmark?: string;
  /** A pass mark set by the LMS, which wins over the course's. */
  passMark?: number;
  /** Set when the LMS opened the course for review only (SCORM): nothing the learner does is recorded. */
  review?: LmsResult;
}

/**
 * Where progress lives: the browser (intranet) or the LMS (SCORM). The player calls `save` after
 * every change; the tracker decides when to write and what to do when writing fails.
 */
export interface Tracker {
  start(): TrackerStart;
  save(state: ProgressState, lang: string, route: string): void;
  /** Called with a notice when saving runs into trouble, or with undefined when it recovered. */
  onNotice?: (notice: TrackingNotice | undefined) => void;
  /**
   * Where other tabs may change the stored progress (the browser's storage): calls `listener` with
   * the stored state whenever another tab wrote it, until the returned function is called. The
   * player merges it into its own, so a tab never shows or writes back an older copy.
   */
  subscribe?: (listener: (stored: ProgressState) => void) => () => void;
}
