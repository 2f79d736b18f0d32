import { createHash } from 'node:crypto';
import type { CourseModel, Localized } from '../../shared/courseModel.ts';

/** What both manifest builders (`scormManifest12`, `scormManifest2004`) are made from. */
export interface ManifestInput {
  /** The manifest's identifier: an XML ID of at most 15 characters, see `manifestIdentifier`. */
  identifier: string;
  course: CourseModel;
  /** The package's version, e.g. `0.1.0`: the manifest's `version` attribute and the metadata's. */
  version: string;
  /** Every content file, relative to the zip root, with forward slashes, sorted; includes `index.html`. */
  files: string[];
  /** Schema files at the zip root. Named in `xsi:schemaLocation`; never listed as files of the SCO. */
  schemaFiles: string[];
}

/** Identifiers inside the manifest: short, because SuccessFactors joins them into object ids. */
export const ORGANIZATION_ID = 'ORG';
export const ITEM_ID = 'ITEM';
export const RESOURCE_ID = 'SCO';
/** The page the LMS launches. */
export const LAUNCH_FILE = 'index.html';

/** The licence of the lessons, images and themes (LICENSE-CONTENT); the player's code is EUPL-1.2. */
export const RIGHTS_DESCRIPTION = 'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): lessons, images and theme. Player code: EUPL-1.2.';

/** ASCII-only NCName: what every LMS accepts as an XML ID. */
const XML_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;
const MAX_MANIFEST_ID = 15;

/**
 * The manifest identifier for a course and SCORM version: the course id cut to 8 characters, a hyphen
 * and 6 hex digits of a hash of both. At most 15 characters, because SAP SuccessFactors keeps only the
 * first 15; the hash keeps two courses with the same prefix (or the 1.2 and 2004 packages) apart. The
 * package version is left out on purpose: an LMS recognises an updated package by an unchanged identifier.
 */
export function manifestIdentifier(courseId: string, scormVersion: string): string {
  let prefix = courseId.replace(/[^A-Za-z0-9-]/g, '-');
  if (!/^[A-Za-z]/.test(prefix)) prefix = `c${prefix}`;
  const hash = createHash('sha256').update(`${courseId}\n${scormVersion}`).digest('hex').slice(0, 6);
  return `${prefix.slice(0, 8)}-${hash}`;
}

/** Throws when the input would give a manifest an LMS rejects; the message names what to change. */
export function checkManifestInput(input: ManifestInput): void {
  const { identifier, files, schemaFiles } = input;
  if (!XML_ID.test(identifier) || identifier.length > MAX_MANIFEST_ID) {
    throw new Error(`Manifest identifier "${identifier}" must start with a letter, use only A-Z a-z 0-9 . _ - and have at most ${MAX_MANIFEST_ID} characters.`);
  }
  if (!files.includes(LAUNCH_FILE)) throw new Error(`The content files must include ${LAUNCH_FILE}, the page the LMS launches.`);
  const clash = files.find((file) => file === 'imsmanifest.xml' || schemaFiles.includes(file));
  if (clash) throw new Error(`Content file "${clash}" would collide with a file the SCORM package adds at its root.`);
}

/** The course title in its first language: what an LMS shows in its catalogue. */
export function courseTitle(course: CourseModel): string {
  return course.title[course.languages[0]!] ?? course.id;
}

/** The texts of a localized value in the course's language order, skipping languages without one. */
export function textsByLanguage(course: CourseModel, texts: Localized<string>): { lang: string; text: string }[] {
  return course.languages.filter((lang) => texts[lang]).map((lang) => ({ lang, text: texts[lang]! }));
}

/** The `xsi:schemaLocation` value: a namespace and file pair for each schema file the package ships. */
export function schemaLocation(locations: Record<string, string>, schemaFiles: readonly string[]): string {
  return Object.entries(locations)
    .filter(([, file]) => schemaFiles.includes(file))
    .map(([namespace, file]) => `${namespace} ${file}`)
    .join(' ');
}
