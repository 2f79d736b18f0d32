import type { CourseModel } from '../shared/courseModel.ts';
import { emptyProgress, type ProgressState } from '../shared/progress.ts';
import { decodeLesson, encodeLesson, type LessonLimits, recordKey } from './suspendRecord.ts';
import { hashString } from '../shared/seededRandom.ts';

/**
 * Compact, versioned progress for SCORM suspend_data, which SCORM 1.2 caps at 4,096 characters.
 * Only the characters [0-9a-z.,!_|-] are used, which no LMS mangles.
 *
 *   2|<lang>|<record>,<record>,…|<check>
 *   done lesson:      <key>!<best>
 *   other lesson:     <key>.<page>.<seen>.<best>[.<attempt>.<seed>.<previousSeed>.<index>.<result>.<selected>.<submitted>]
 *   result:           <right>r<total><p|f>    (empty while the attempt runs)
 *   selected:         one bit mask of answers (a1 = bit 0) per question, joined by "_"
 *   submitted:        a bit mask of questions (q1 = bit 0)
 *   check:            FNV-1a (32 bit) of everything before the last "|"
 * Numbers are base 36; an empty field means "none". A passed lesson keeps only its best score:
 * revisiting its check starts a fresh attempt, which cannot take the pass away.
 *
 * The check exists because LMSs cut long values without a word, and a cut record can still look
 * valid ("5qrh!" reads as passed without a score). Version 1 (the same without the check) is still
 * read; a version-1 text exactly as long as a common LMS limit may have been cut, so its last
 * record is dropped.
 */
export const SUSPEND_VERSION = '2';

export interface DecodedSuspendData {
  state: ProgressState;
  lang?: string;
  /** Set when records were damaged or cut: those lessons were left out, the rest is kept. */
  damaged?: boolean;
}

/** Lengths at which LMSs are known to cut suspend_data: SCORM 1.2, 2004 3rd and 4th edition, a 1.2 string. */
const CUT_LENGTHS = new Set([255, 4000, 4096, 64000]);
/** Limits for a record of a lesson the course no longer has: only its form is checked. */
const ANY_LESSON: LessonLimits = { pages: 1000, questions: 100 };

export function encodeSuspendData(course: CourseModel, state: ProgressState, lang: string): string {
  const records: string[] = [];
  for (const lesson of course.lessons) {
    const progress = state.lessons[lesson.id];
    if (progress) records.push(encodeLesson(lesson.trackKey, progress));
  }
  const body = `${SUSPEND_VERSION}|${lang}|${records.join(',')}`;
  return `${body}|${checksum(body)}`;
}

/**
 * The progress in a suspend_data text. Undefined when the text is not ours at all (another
 * format, another course's records only); otherwise every record that can be trusted, with
 * `damaged` set when some could not.
 */
export function decodeSuspendData(course: CourseModel, text: string): DecodedSuspendData | undefined {
  const parts = text.split('|');
  const [version, lang = '', body] = parts;
  if (body === undefined || !/^[a-z-]*$/i.test(lang) || !/^[0-9a-z.,!_]*$/.test(body)) return undefined;
  let records = body ? body.split(',') : [];
  let damaged = false;
  if (version === '2') {
    const intact = parts.length === 4 && parts[3] === checksum(parts.slice(0, 3).join('|'));
    if (!intact) {
      // Cut (no check, or the check itself cut) or altered: the last record may be a fragment.
      if (parts.length > 4) return undefined;
      damaged = true;
      if (parts.length === 3) records = records.slice(0, -1);
    }
  } else if (version === '1') {
    if (parts.length !== 3) return undefined;
    if (CUT_LENGTHS.has(text.length) && records.length > 0) {
      records = records.slice(0, -1);
      damaged = true;
    }
  } else {
    return undefined;
  }
  const byKey = new Map(course.lessons.map((lesson) => [lesson.trackKey, lesson]));
  const state = emptyProgress();
  let ours = records.length === 0 && !damaged;
  for (const record of records) {
    const key = recordKey(record);
    const lesson = key === undefined ? undefined : byKey.get(key);
    // A lesson the course no longer has is dropped; the rest of the progress stays.
    if (!lesson) {
      if (!decodeLesson(record, ANY_LESSON)) damaged = true;
      continue;
    }
    const progress = decodeLesson(record, limitsOf(lesson));
    if (progress && !state.lessons[lesson.id]) {
      state.lessons[lesson.id] = progress;
      ours = true;
    } else damaged = true;
  }
  if (!ours && damaged) return undefined;
  return { state, lang: lang || undefined, ...(damaged ? { damaged } : {}) };
}

const limitsOf = (lesson: CourseModel['lessons'][number]): LessonLimits => lesson.shape;

/** FNV-1a over the UTF-16 code units (all ASCII here), in base 36. */
function checksum(text: string): string {
  return hashString(text).toString(36);
}
