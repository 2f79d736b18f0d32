import type { CourseModel } from '../../../shared/courseModel.ts';
import { emptyProgress, type ProgressState } from '../../../shared/progress.ts';
import type { LmsResult } from '../tracker.ts';
import type { LmsConnection } from '../../../lms/lmsConnection.ts';
import type { ScormVersion } from '../../../shared/scormVersion.ts';

/**
 * What the LMS already holds when the course starts: the mode it was opened in, the course's
 * status and score, and the objectives. The course never writes any of it back as less, and in
 * review, browse or no-credit mode it writes nothing at all.
 */
export interface LmsRecord {
  /** Opened for review or browsing, or without credit: nothing the learner does may be recorded. */
  readOnly: boolean;
  /** The course's result as the LMS holds it, for the learner to see. */
  result: LmsResult;
  /** Element → value for every status, score and progress the LMS reported. */
  held: Map<string, string>;
}

export function readLmsRecord(lms: LmsConnection, version: ScormVersion): LmsRecord {
  const v12 = version === '1.2';
  const mode = lms.get(v12 ? 'cmi.core.lesson_mode' : 'cmi.mode');
  const credit = lms.get(v12 ? 'cmi.core.credit' : 'cmi.credit');
  const held = new Map<string, string>();
  const read = (element: string) => {
    const value = lms.get(element);
    if (value !== '') held.set(element, value);
    return value;
  };
  const course = v12
    ? ['cmi.core.lesson_status', 'cmi.core.score.raw']
    : ['cmi.completion_status', 'cmi.success_status', 'cmi.score.raw', 'cmi.score.scaled', 'cmi.progress_measure'];
  for (const element of course) read(element);
  const count = Math.min(Number.parseInt(lms.get('cmi.objectives._count'), 10) || 0, 1000);
  for (let n = 0; n < count; n++) {
    read(`cmi.objectives.${n}.id`);
    const fields = v12 ? ['status', 'score.raw'] : ['completion_status', 'success_status', 'score.raw', 'score.scaled'];
    for (const field of fields) read(`cmi.objectives.${n}.${field}`);
  }
  return { readOnly: mode === 'review' || mode === 'browse' || credit === 'no-credit', result: resultOf(held, v12, mode), held };
}

function resultOf(held: Map<string, string>, v12: boolean, mode: string): LmsResult {
  const score = percent(held.get(v12 ? 'cmi.core.score.raw' : 'cmi.score.raw'));
  let status: LmsResult['status'];
  if (v12) {
    const value = held.get('cmi.core.lesson_status');
    if (value === 'passed' || value === 'completed' || value === 'failed' || value === 'incomplete') status = value;
  } else {
    const success = held.get('cmi.success_status');
    const completion = held.get('cmi.completion_status');
    status = success === 'passed' || success === 'failed' ? success : completion === 'completed' || completion === 'incomplete' ? completion : undefined;
  }
  return { mode: mode === 'review' || mode === 'browse' ? mode : 'normal', ...(status ? { status } : {}), ...(score === undefined ? {} : { score }) };
}

/** A 0-100 score as the LMS holds it, or undefined when it holds none or nonsense. */
function percent(raw: string | undefined): number | undefined {
  const value = raw ? Number(raw) : Number.NaN;
  return Number.isFinite(value) && value >= 0 && value <= 100 ? Math.round(value) : undefined;
}

/**
 * The lessons the LMS holds as finished, as progress: a lesson whose objective is passed or
 * completed is done, with the objective's score as its best. Merged into the course's own
 * progress, it brings back passed checks whose suspend_data the LMS did not keep.
 */
export function progressFromObjectives(course: CourseModel, record: LmsRecord, version: ScormVersion): ProgressState {
  const state = emptyProgress();
  const ids = new Set(course.lessons.map((lesson) => lesson.id));
  for (const [element, id] of record.held) {
    const n = /^cmi\.objectives\.(\d+)\.id$/.exec(element)?.[1];
    if (n === undefined || !ids.has(id)) continue;
    const status = (field: string) => record.held.get(`cmi.objectives.${n}.${field}`);
    const finished =
      version === '1.2'
        ? status('status') === 'passed' || status('status') === 'completed'
        : status('success_status') === 'passed' || status('completion_status') === 'completed';
    if (!finished) continue;
    const best = percent(status('score.raw'));
    state.lessons[id] = { page: 1, seen: 1, done: true, ...(best === undefined ? {} : { best }) };
  }
  return state;
}
