import type { CourseModel } from '../../shared/courseModel.ts';
import { mergeProgress } from '../../player/state/mergeProgress.ts';
import { emptyProgress, type ProgressState } from '../../player/state/progress.ts';
import { parseProgress } from '../../player/state/progressStorage.ts';
import { browserStorage, LocalTracker } from '../../player/tracking/localTracker.ts';
import type { Tracker, TrackerStart } from '../../player/tracking/tracker.ts';
import { cmiValues, courseOutcome } from './cmiValues.ts';
import { LmsConnection, type ScormVersion } from './lmsConnection.ts';
import { sessionTime12, sessionTime2004 } from './sessionTime.ts';
import { fitSuspendData } from './suspendLimit.ts';
import { decodeSuspendData } from './suspendData.ts';

/** Between commits that no finished check asks for, at least this long. */
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

/**
 * Progress kept in the LMS. Values go out as soon as they change; commits follow each finished
 * check and the learner leaving, otherwise at most one per COMMIT_INTERVAL_MS. A refused value or
 * commit is retried with growing pauses while the learner goes on; a local copy guards against an
 * LMS that loses commits. Without an LMS the course runs on the browser's storage and says so.
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
  private failing = false;
  private backupKey = '';

  constructor(
    private readonly version: ScormVersion,
    private readonly course: CourseModel,
    private readonly host: Window = window,
  ) {
    this.names = names[version];
  }

  start(): TrackerStart {
    this.lms = LmsConnection.connect(this.version, this.host);
    if (!this.lms) {
      const local = new LocalTracker(this.course.id);
      this.local = local;
      local.onNotice = (notice) => this.onNotice?.(notice);
      const started = local.start();
      return { ...started, notice: started.notice ?? 'noLms' };
    }
    const lms = this.lms;
    this.startedAt = Date.now();
    this.backupKey = `wachsam:${this.course.id}:scorm${this.version}:${lms.get(this.names.learner)}`;
    const raw = lms.get('cmi.suspend_data');
    const decoded = raw ? decodeSuspendData(this.course, raw) : undefined;
    if (raw && !decoded) this.keepUnreadable(raw);
    const resuming = lms.get(this.names.entry) === 'resume';
    const backup = resuming ? this.readBackup() : undefined;
    if (!resuming) this.writeBackup(undefined);
    this.state = backup ? mergeProgress(decoded?.state ?? emptyProgress(), backup) : (decoded?.state ?? emptyProgress());
    this.lang = decoded?.lang || lms.get(this.names.language).slice(0, 2).toLowerCase();
    this.readObjectives(lms);
    const location = lms.get(this.names.location);
    this.host.addEventListener('pagehide', this.leave);
    this.host.document.addEventListener('visibilitychange', this.onHidden);
    return {
      state: this.state,
      notice: raw && !decoded ? 'reset' : undefined,
      lang: this.lang || undefined,
      bookmark: location.startsWith('#/') ? location : undefined,
      passMark: this.masteryScore(lms),
    };
  }

  save(state: ProgressState, lang: string, route: string): void {
    if (this.local) {
      this.local.save(state, lang);
      return;
    }
    const finishedCheck = Object.entries(state.lessons).some(
      ([id, lesson]) => lesson.check?.result && !this.state.lessons[id]?.check?.result,
    );
    this.state = state;
    this.lang = lang;
    if (route.startsWith('#/lesson/')) this.route = route;
    this.writeBackup(state);
    this.write();
    if (finishedCheck) this.commit();
    else this.scheduleCommit();
  }

  /** Ends the session exactly once: last values, session time, exit, commit, finish. */
  readonly leave = (): void => {
    const lms = this.lms;
    if (!lms || lms.isFinished) return;
    clearTimeout(this.timer);
    this.host.removeEventListener('pagehide', this.leave);
    this.host.document.removeEventListener('visibilitychange', this.onHidden);
    this.write();
    const elapsed = Date.now() - this.startedAt;
    lms.set(this.names.sessionTime, this.version === '1.2' ? sessionTime12(elapsed) : sessionTime2004(elapsed));
    const complete = courseOutcome(this.course, this.state).allDone;
    lms.set(this.names.exit, complete ? (this.version === '1.2' ? '' : 'normal') : 'suspend');
    lms.commit();
    lms.finish();
  };

  private readonly onHidden = (): void => {
    if (this.host.document.visibilityState === 'hidden' && this.lms && !this.lms.isFinished) this.commit();
  };

  private write(): void {
    const lms = this.lms;
    if (!lms || lms.isFinished) return;
    const lessonId = /^#\/lesson\/([^/]+)/.exec(this.route)?.[1];
    const suspendData = fitSuspendData(this.course, this.state, this.lang, this.version === '1.2' ? 4096 : 64000, lessonId);
    const location = this.route.length <= 255 ? this.route : '';
    const values = cmiValues(this.version, this.course, this.state, { location, suspendData, objectiveIndex: this.objectiveIndex });
    for (const [element, value] of values) {
      if (this.sent.get(element) === value) continue;
      if (lms.set(element, value)) this.sent.set(element, value);
      else this.trouble();
    }
  }

  private commit(): void {
    const lms = this.lms;
    if (!lms || lms.isFinished) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.write();
    if (lms.commit()) {
      this.lastCommit = Date.now();
      this.retryMs = 2000;
      if (this.failing) {
        this.failing = false;
        this.onNotice?.(undefined);
      }
    } else {
      this.trouble();
      this.timer = setTimeout(() => this.commit(), this.retryMs);
      this.retryMs = Math.min(this.retryMs * 2, MAX_RETRY_MS);
    }
  }

  private scheduleCommit(): void {
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.lastCommit + COMMIT_INTERVAL_MS - Date.now());
    this.timer = setTimeout(() => this.commit(), wait);
  }

  private trouble(): void {
    if (!this.failing) {
      this.failing = true;
      this.onNotice?.('lmsRetrying');
    }
    // Values the LMS refused are sent again with the next write.
    if (this.timer === undefined) this.timer = setTimeout(() => this.commit(), this.retryMs);
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

  private readBackup(): ProgressState | undefined {
    try {
      const raw = browserStorage()?.getItem(this.backupKey);
      return raw ? parseProgress(raw) : undefined;
    } catch {
      return undefined;
    }
  }

  /** suspend_data this version cannot read is kept in the browser, so nothing is thrown away. */
  private keepUnreadable(raw: string): void {
    try {
      browserStorage()?.setItem(`${this.backupKey}:unreadable`, raw);
    } catch {
      // Nothing more to do: the learner is told the progress was reset.
    }
  }

  private writeBackup(state: ProgressState | undefined): void {
    try {
      const storage = browserStorage();
      if (state) storage?.setItem(this.backupKey, JSON.stringify(state));
      else storage?.removeItem(this.backupKey);
    } catch {
      // The LMS stays the record; the backup is only a safety net.
    }
  }
}
