/**
 * Every localStorage key the player writes, in one place. All start with `wachsam:` and the course id,
 * so two courses on one origin never read each other's data. Renaming a key loses what learners stored
 * under the old one: the strings here are a contract with browsers that already hold them.
 */

/** The learner's progress when the course runs without an LMS. */
export function progressKey(courseId: string): string {
  return `wachsam:${courseId}:progress`;
}

/** The language the learner picked; the deep-link preload script reads it too (`languageChoice.ts`). */
export function languageKey(courseId: string): string {
  return `wachsam:${courseId}:lang`;
}

/** The learner's light or dark choice. */
export function colorSchemeKey(courseId: string): string {
  return `wachsam:${courseId}:color-scheme`;
}

/** Set once the "ready for offline use" notice was shown, so it is shown once. */
export function offlineReadyShownKey(courseId: string): string {
  return `wachsam:${courseId}:offline-ready-shown`;
}

/** The raffle entry for one campaign and its sending state. */
export function raffleEntryKey(courseId: string, campaign: string): string {
  return `wachsam:${courseId}:raffle:${campaign}`;
}

/** The local backup of what a SCORM build sent to its LMS, per version and learner. */
export function scormBackupKey(courseId: string, version: string, learner: string): string {
  return `wachsam:${courseId}:scorm${version}:${learner}`;
}

/** The name the learner typed for their certificate: kept in this browser only, never sent. */
export function certificateNameKey(courseId: string): string {
  return `wachsam:${courseId}:certificate-name`;
}

/** The completion receipt for one edition of the course and its sending state: a new edition may be confirmed again. */
export function completionReceiptKey(courseId: string, version: string): string {
  return `wachsam:${courseId}:completion:${version}`;
}
