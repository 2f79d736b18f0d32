/**
 * Which paths the packages can hold. The compiler names every output file so that it passes
 * (compiler/lesson/outputNames.ts) and asserts it; the SCORM packager asserts it again as a last line.
 */

/** Paths an LMS serves without trouble: no spaces, no escaping, no way out of the package. */
const SAFE_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** Why an LMS may mangle this content path, or undefined when it is safe. */
export function contentPathProblem(path: string): string | undefined {
  if (path.startsWith('/') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    return 'it is absolute or has an empty, "." or ".." part';
  }
  if (/\s/.test(path)) return 'it contains a space';
  if (!SAFE_PATH.test(path)) return 'it contains a character outside A-Z a-z 0-9 . _ - /';
  return undefined;
}

/** Where the player finds a lesson's images, relative to index.html. */
export function assetBaseOf(id: string): string {
  return `content/${id}`;
}
