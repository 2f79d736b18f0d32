import { DOMParser, type Element, onErrorStopParsing } from '@xmldom/xmldom';
import { type Unzipped, unzipSync, zipSync } from 'fflate';
export { sampleCourse } from '../support/courseFixture.ts';

/** A built player folder in miniature: the file layout `npm run build` writes to dist/web. */
export const SAMPLE_CONTENT: Record<string, string> = {
  'index.html': '<!doctype html><title>Wachsam</title><script src="assets/app.js"></script>',
  'assets/app.js': 'console.log("player");',
  'content/x.de.js': 'window.wachsamLessons = {};',
  'content/02-email/pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

export const SAMPLE_FILES = Object.keys(SAMPLE_CONTENT).sort();

export const SCHEMA_FILES_12 = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd', 'imsmd_rootv1p2p1.xsd'];

/** Parses XML namespace-aware; throws on anything not well-formed. */
export function parseXml(text: string): Element {
  return new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml').documentElement!;
}

/** Texts of all elements with this namespace and local name, in document order. */
export function textsOf(root: Element, ns: string, name: string): string[] {
  return Array.from(root.getElementsByTagNameNS(ns, name)).map((element) => element.textContent ?? '');
}

export function manifestOf(zip: Uint8Array): string {
  return new TextDecoder().decode(unzipSync(zip)['imsmanifest.xml']);
}

/** A copy of a package changed by `edit`, which may replace the manifest text and add or drop entries. */
export function editPackage(zip: Uint8Array, edit: (entries: Unzipped, manifest: string) => string | undefined): Uint8Array {
  const entries = unzipSync(zip);
  const manifest = edit(entries, manifestOf(zip));
  if (manifest !== undefined) entries['imsmanifest.xml'] = new TextEncoder().encode(manifest);
  return zipSync(entries);
}
