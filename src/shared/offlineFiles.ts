/**
 * Which files of the intranet bundle the service worker precaches and which it keeps in its lesson cache,
 * shared by the build (which lists the precache) and the service worker (which routes the rest).
 */

/** What the build tells the service worker about the course. */
export interface OfflineSettings {
  courseId: string;
  /** The raffle's receiver, when entries are sent there: kept and sent later when offline. */
  raffleEndpoint?: string;
  /** The completion receipt's receiver: a receipt is kept and sent later when offline, like an entry. */
  completionEndpoint?: string;
  /** How many lesson files the lesson cache keeps before it drops the least recently used. */
  maxLessonFiles: number;
}

/**
 * Lesson texts (`content/<id>.<lang>.<hash>.js`), below any folder. Named by their content, so a cached
 * copy is always right. Lesson images keep their authors' names, so they stay in the precache list,
 * which revisions every file.
 */
const LESSON_FILE = /\/content\/[^/]+\.[^/.]+\.[0-9a-f]{10}\.js$/;

/** Whether a path (as in a URL, from the site's root) is a lesson's text. */
export function isLessonFile(pathname: string): boolean {
  return LESSON_FILE.test(pathname);
}

/** The same files as globs relative to the bundle, which the precache list leaves out. */
export const LESSON_FILE_GLOBS = ['content/*.*.*.js'];

/** The cache the service worker keeps lesson files in (its precache is Workbox's own). */
export function lessonCacheName(courseId: string): string {
  return `wachsam-${courseId}-lessons`;
}
