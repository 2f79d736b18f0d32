import { readFile } from 'node:fs/promises';
import { contentPathProblem } from '../../shared/contentPaths.ts';
import type { CourseModel } from '../../shared/courseModel.ts';
import type { ScormVersion } from '../../shared/scormVersion.ts';
import { byCodeUnit, writeDeterministicZip } from '../deterministicZip.ts';
import { listTree } from '../listTree.ts';
import { type ManifestInput, manifestIdentifier } from './manifestInput.ts';
import { scormManifest12 } from './scormManifest12.ts';
import { scormManifest2004 } from './scormManifest2004.ts';

export { contentPathProblem };

export interface ScormPackageInput {
  version: ScormVersion;
  /** The built player folder (`dist/web`); every file below it becomes part of the SCO. */
  contentDir: string;
  course: CourseModel;
  /** The release, e.g. `0.1.0`; written into the manifest and its metadata. */
  packageVersion: string;
  outFile: string;
}

/**
 * ADL's schema files, shipped at the zip root so an LMS that validates finds them. Kept byte for byte in
 * `schemas/` (origin and licence in its README) rather than retyped; the 2004 xml.xsd names
 * XMLSchema.dtd, which names datatypes.dtd.
 */
const SCHEMAS: Record<ScormVersion, { folder: string; files: string[] }> = {
  '1.2': {
    folder: 'scorm12',
    files: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imsmd_rootv1p2p1.xsd'],
  },
  '2004': {
    folder: 'scorm2004-4th',
    files: [
      'imscp_v1p1.xsd',
      'adlcp_v1p3.xsd',
      'adlseq_v1p3.xsd',
      'adlnav_v1p3.xsd',
      ...['', 'auxresource', 'control', 'delivery', 'limit', 'objective', 'random', 'rollup', 'seqrule', 'util'].map((part) => `imsss_v1p0${part}.xsd`),
      'xml.xsd',
      'XMLSchema.dtd',
      'datatypes.dtd',
    ],
  },
};

/**
 * Zips a built player folder as a SCORM package with its manifest and schema files. Deterministic:
 * entries sorted by path, one fixed date, one compression level, so the same input gives the same bytes.
 * Writes through a temporary file and a rename, so `outFile` is never half-written. Returns the zip's
 * size and its number of entries (content, schema files and the manifest).
 */
export async function buildScormPackage(input: ScormPackageInput): Promise<{ bytes: number; files: number }> {
  const content = await readContent(input.contentDir);
  const schemas = await readSchemaFiles(input.version);
  const manifestInput: ManifestInput = {
    identifier: manifestIdentifier(input.course.id, input.version),
    course: input.course,
    version: input.packageVersion,
    files: [...content.keys()],
    schemaFiles: [...schemas.keys()],
  };
  const manifest = input.version === '1.2' ? scormManifest12(manifestInput) : scormManifest2004(manifestInput);

  const entries = new Map([...content, ...schemas, ['imsmanifest.xml', new TextEncoder().encode(manifest)]]);
  const bytes = await writeDeterministicZip(input.outFile, entries);
  return { bytes, files: entries.size };
}

/** The official schema files for a SCORM version, by file name, in a fixed order. */
export async function readSchemaFiles(version: ScormVersion): Promise<Map<string, Uint8Array>> {
  const folder = new URL(`schemas/${SCHEMAS[version].folder}/`, import.meta.url);
  const files = new Map<string, Uint8Array>();
  for (const name of SCHEMAS[version].files) files.set(name, await readFile(new URL(name, folder)));
  return files;
}

/** Every file below `dir` by its relative path (forward slashes), sorted; throws on a path an LMS may mangle. */
async function readContent(dir: string): Promise<Map<string, Uint8Array>> {
  const paths: { path: string; full: string }[] = [];
  for (const { path, full, isFile } of await listTree(dir)) {
    if (!isFile) throw new Error(`SCORM content must be plain files; "${path}" in ${dir} is not.`);
    const problem = contentPathProblem(path);
    // The compiler gives every file a portable output name (compiler/lesson/outputNames.ts): this is a last-line
    // assertion that valid input cannot reach, so it says it is a bug rather than blaming the author.
    if (problem) throw new Error(`Cannot package "${path}" as SCORM: ${problem}. This is a bug in Wachsam; please report it.`);
    paths.push({ path, full });
  }
  paths.sort((a, b) => byCodeUnit(a.path, b.path));
  const files = new Map<string, Uint8Array>();
  for (const { path, full } of paths) files.set(path, await readFile(full));
  return files;
}
