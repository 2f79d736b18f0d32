import type { CourseModel } from '../../../shared/courseModel.ts';
import { mergeProgress } from '../../../shared/mergeProgress.ts';
import { emptyProgress, type ProgressState } from '../../../shared/progress.ts';
import { LocalTracker } from '../localTracker.ts';
import type { Tracker, TrackerStart, TrackingNotice } from '../tracker.ts';
import { cmiValues } from '../../../lms/cmiValues.ts';
import { findApi } from '../../../lms/findApi.ts';
import { LmsConnection } from '../../../lms/lmsConnection.ts';
import type { ScormVersion } from '../../../shared/scormVersion.ts';
import { scormBackupKey } from '../../../shared/storageKeys.ts';
import { type LmsRecord, progressFromObjectives, readLmsRecord } from './lmsRecord.ts';
import { LocalBackup } from './localBackup.ts';
import { withoutDowngrades } from '../../../lms/noDowngrade.ts';
import { sessionTime12, sessionTime2004 } from '../../../lms/sessionTime.ts';
import { decodeSuspendData } from '../../../lms/suspendData.ts';
import { fitSuspendData } from '../../../lms/suspendLimit.ts';

/** Between commits that no checkpoint asks for, at least this long. */
export const COMMIT_INTERVAL_MS = 5000;
const MAX_RETRY_MS = 30_000;

const names = {
  '1.2': {
    entry: 'cmi.core.entry',
    location: 'cmi.core.lesson_location',
    learner: 'cmi.core.student_id',
    language: 'cmi.student_preference.language',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
  },
  '2004': {
    entry: 'cmi.entry',
    location: 'cmi.location',
    learner: 'cmi.learner_id',
    language: 'cmi.learner_preference.language',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
  },
} as const;

/** Values without which the LMS does not hold the learner's progress; objectives repeat them per lesson. */
function essential(element: string): boolean {
  return !element.startsWith('cmi.objectives.') && element !== 'cmi.progress_measure';
}

/**
 * Progress kept in the LMS. Values go out as soon as they change. Commits follow at once after
 * the start (which already sets exit = suspend), a finished check and a move to another lesson,
 * otherwise at most one per COMMIT_INTERVAL_MS; each carries the session time so far, so a final
 * commit the browser drops on closing loses nothing anyone would miss. A refused value or commit
 * is retried with growing pauses, and a copy stays in the browser until the LMS confirms it.
 * In review, browse or no-credit mode nothing is written. Without an LMS the course runs on the
 * browser's storage and says so.
 */
export class ScormTracker implements Tracker {
  onNotice?: Tracker['onNotice'];
  private lms: LmsConnection | undefined;
  /** Set when there is no LMS: the browser keeps the progress instead. */
  private local: LocalTracker | undefined;
  private readonly names: (typeof names)[ScormVersion];
  private readonly sent = new Map<string, string>();
  private readonly objectiveIndex = new Map<string, number>();
  private state: ProgressState = emptyProgress();
  private lang = '';
  private route = '';
  private startedAt = 0;
  private lastCommit = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = 2000;
  private backup: LocalBackup | undefined;
  private record: LmsRecord | undefined;
  /** The browser holds the latest copy the LMS has not confirmed. */
  private backupKept = true;
  /** An essential value the LMS refused in the last write. */
  private outstanding = false;
  /** The LMS confirmed a commit of this attempt (exit = suspend included). */
  private lmsKnowsAttempt = false;
  /** suspend_data is not written: the LMS's copy could neither be read nor kept anywhere else. */
  private holdSuspendData = false;
  private trouble: TrackingNotice | undefined;
  /** suspend_data's limit: the standard's, or 4,000 once a 2004 LMS refused more (3rd edition). */
  private suspendLimit: number;

  constructor(
    private readonly version: ScormVersion,
    private readonly course: CourseModel,
    private readonly host: Window = window,
  ) {
    this.names = names[version];
    this.suspendLimit = version === '1.2' ? 4096 : 64000;
  }

  start(): TrackerStart {
    this.lms = LmsConnection.connect(this.version, this.host);
    if (!this.lms) {
      const local = new LocalTracker(this.course.id);
      this.local = local;
      local.onNotice = (notice) => this.onNotice?.(notice);
      const started = local.start();
      // An API that is there but does not start is not "no LMS": the learner must know it is not reached.
      const found = findApi(this.version === '1.2' ? 'API' : 'API_1484_11', this.host) !== undefined;
      return { ...started, notice: started.notice ?? (found ? 'lmsUnreachable' : 'noLms') };
    }
    const lms = this.lms;
    this.startedAt = Date.now();
    const backup = new LocalBackup(scormBackupKey(this.course.id, this.version, lms.get(this.names.learner)));
    this.backup = backup;
    const record = readLmsRecord(lms, this.version);
    this.record = record;
    const raw = lms.get('cmi.suspend_data');
    const decoded = raw ? decodeSuspendData(this.course, raw) : undefined;
    let notice: TrackingNotice | undefined;
    if (raw && (!decoded || decoded.damaged)) {
      // The LMS's copy is overwritten only once the browser holds it (see docs/lms.md).
      if (backup.keepUnreadable(raw)) notice = decoded ? 'partReset' : 'reset';
      else if (!record.readOnly) {
        this.holdSuspendData = true;
        notice = 'unreadableInLms';
      }
    }
    let state = mergeProgress(decoded?.state ?? emptyProgress(), progressFromObjectives(this.course, record, this.version));
    // No data and no resume: a new attempt, or an LMS that never received the last one.
    const fresh = lms.get(this.names.entry) !== 'resume' && !raw;
    this.lmsKnowsAttempt = !fresh;
    const pending = record.readOnly ? undefined : backup.read();
    if (pending && fresh && pending.lmsKnowsAttempt) backup.clear();
    else if (pending) state = mergeProgress(state, pending.state);
    this.state = state;
    this.lang = decoded?.lang || lms.get(this.names.language).slice(0, 2).toLowerCase();
    this.readObjectives(lms);
    const location = lms.get(this.names.location);
    this.host.addEventListener('pagehide', this.leave);
    if (!record.readOnly) {
      this.host.document.addEventListener('visibilitychange', this.onHidden);
      this.backupKept = backup.write({ state, lmsKnowsAttempt: this.lmsKnowsAttempt });
      this.commit();
    }
    return {
      state,
      notice: this.trouble ?? notice,
      lang: this.lang || undefined,
      bookmark: location.startsWith('#/') ? location : undefined,
      passMark: this.masteryScore(lms),
      ...(record.readOnly ? { review: record.result } : {}),
    };
  }

  /** Without an LMS the browser keeps the progress, shared by every open tab as in the intranet bundle. */
  subscribe(listener: (stored: ProgressState) => void): () => void {
    return this.local?.subscribe(listener) ?? (() => {});
  }

  save(state: ProgressState, lang: string, route: string): void {
    if (this.local) {
      this.local.save(state, lang);
      return;
    }
    const finishedCheck = Object.entries(state.lessons).some(([id, lesson]) => lesson.check?.result && !this.state.lessons[id]?.check?.result);
    const lessonBefore = lessonOf(this.route);
    this.state = state;
    this.lang = lang;
    if (route.startsWith('#/lesson/')) this.route = route;
    if (this.record?.readOnly) return;
    this.backupKept = this.backup?.write({ state, lmsKnowsAttempt: this.lmsKnowsAttempt }) ?? false;
    if (this.trouble) this.report();
    this.write();
    const movedOn = lessonBefore !== undefined && lessonOf(this.route) !== lessonBefore;
    if (finishedCheck || movedOn) this.commit();
    else this.scheduleCommit();
  }

  /** Ends the session exactly once: last values, session time, commit, finish. */
  readonly leave = (): void => {
    const lms = this.lms;
    if (!lms || lms.isFinished) return;
    clearTimeout(this.timer);
    this.host.removeEventListener('pagehide', this.leave);
    this.host.document.removeEventListener('visibilitychange', this.onHidden);
    if (!this.record?.readOnly) this.commit(false);
    lms.finish();
  };

  private readonly onHidden = (): void => {
    if (this.host.document.visibilityState === 'hidden' && this.lms && !this.lms.isFinished) this.commit();
  };

  /** Sends what changed; notes whether the LMS refused anything it needs. */
  private write(): void {
    const lms = this.lms;
    if (!lms || lms.isFinished || !this.record) return;
    const lessonId = lessonOf(this.route);
    const suspendData = fitSuspendData(this.course, this.state, this.lang, this.suspendLimit, lessonId);
    const location = this.route.length <= 255 ? this.route : '';
    const values = withoutDowngrades(
      cmiValues(this.version, this.course, this.state, { location, suspendData, objectiveIndex: this.objectiveIndex }),
      this.record.held,
    );
    if (this.holdSuspendData) values.delete('cmi.suspend_data');
    // Before the first lesson there is nothing to bookmark, and SCORM 2004 LMSs may refuse "".
    if (!location) values.delete(this.names.location);
    // Set from the first write on, so the LMS resumes this attempt even if no later commit arrives.
    values.set(this.names.exit, 'suspend');
    let outstanding = false;
    for (const [element, value] of values) {
      if (this.sent.get(element) === value) continue;
      if (lms.set(element, value)) this.sent.set(element, value);
      else if (essential(element)) outstanding = true;
    }
    this.outstanding = outstanding;
    const refusedLong = suspendData.length > 4000 && this.sent.get('cmi.suspend_data') !== suspendData && values.has('cmi.suspend_data');
    if (refusedLong && this.suspendLimit > 4000) {
      // SCORM 2004 3rd edition LMSs take 4,000 characters; fit the progress into that and try again.
      this.suspendLimit = 4000;
      this.write();
    }
  }

  private commit(retry = true): void {
    const lms = this.lms;
    if (!lms || lms.isFinished) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.write();
    // The time so far, not since the last commit: Moodle, ILIAS and scorm-again add only the last
    // session_time of a session to the total (docs/lms.md).
    const elapsed = Date.now() - this.startedAt;
    lms.set(this.names.sessionTime, this.version === '1.2' ? sessionTime12(elapsed) : sessionTime2004(elapsed));
    if (lms.commit() && !this.outstanding) {
      this.lastCommit = Date.now();
      this.retryMs = 2000;
      this.lmsKnowsAttempt = true;
      this.backup?.clear();
      this.backupKept = true;
      if (this.trouble) {
        this.trouble = undefined;
        this.onNotice?.(undefined);
      }
      return;
    }
    // Some LMSs drop the values of a failed commit: everything is set again next time.
    this.sent.clear();
    this.report();
    if (retry) {
      this.timer = setTimeout(() => this.commit(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    }
  }

  /** Tells the learner where their unconfirmed progress is: in this browser, or nowhere yet. */
  private report(): void {
    const notice: TrackingNotice = this.backupKept ? 'lmsRetrying' : 'lmsNotSaved';
    if (notice === this.trouble) return;
    this.trouble = notice;
    this.onNotice?.(notice);
  }

  private scheduleCommit(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastCommit + COMMIT_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => this.commit(), wait);
  }

  private readObjectives(lms: LmsConnection): void {
    const count = Number.parseInt(lms.get('cmi.objectives._count'), 10) || 0;
    for (let n = 0; n < count; n++) {
      const id = lms.get(`cmi.objectives.${n}.id`);
      if (id && !this.objectiveIndex.has(id)) this.objectiveIndex.set(id, n);
    }
    let next = count;
    for (const lesson of this.course.lessons) if (!this.objectiveIndex.has(lesson.id)) this.objectiveIndex.set(lesson.id, next++);
  }

  private masteryScore(lms: LmsConnection): number | undefined {
    const raw = this.version === '1.2' ? lms.get('cmi.student_data.mastery_score') : lms.get('cmi.scaled_passing_score');
    const value = Number.parseFloat(raw);
    if (!raw || Number.isNaN(value)) return undefined;
    const percent = this.version === '1.2' ? value : value * 100;
    return percent > 0 && percent <= 100 ? Math.round(percent) : undefined;
  }
}

function lessonOf(route: string): string | undefined {
  return /^#\/lesson\/([^/]+)/.exec(route)?.[1];
}
