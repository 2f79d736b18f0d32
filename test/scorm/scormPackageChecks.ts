import { DOMParser, type Element, onErrorStopParsing } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';

/**
 * What a schema cannot check but real LMSs trip over (see shared/reference/scorm.md). Reads a zipped
 * SCORM 1.2 or 2004 package and returns its problems, one sentence each; empty when there are none.
 * Namespace-aware: elements and attributes are found by namespace URI, never by prefix.
 */
export function checkScormPackage(zipBytes: Uint8Array): string[] {
  const entries = unzipSync(zipBytes);
  const paths = Object.keys(entries).filter((path) => !path.endsWith('/'));
  const problems: string[] = paths.flatMap((path) => pathProblems(`zip entry "${path}"`, path));
  if (!entries['imsmanifest.xml']) {
    const elsewhere = paths.find((path) => path.toLowerCase().endsWith('imsmanifest.xml'));
    return [...problems, `imsmanifest.xml is not at the zip root${elsewhere ? ` (found "${elsewhere}")` : ''}.`];
  }
  let manifest: Element;
  try {
    const text = new TextDecoder().decode(entries['imsmanifest.xml']);
    manifest = new DOMParser({ onError: onErrorStopParsing }).parseFromString(text, 'text/xml').documentElement!;
  } catch (error) {
    return [...problems, `imsmanifest.xml is not well-formed XML: ${(error as Error).message}`];
  }
  const dialect = DIALECTS.find((candidate) => candidate.cp === manifest.namespaceURI);
  if (!dialect || manifest.localName !== 'manifest') {
    return [...problems, `The root element is not a SCORM 1.2 or 2004 <manifest> (namespace ${manifest.namespaceURI}).`];
  }
  const cp = (name: string) => elements(manifest, dialect.cp, name);
  problems.push(...identifierProblems(manifest, [...cp('organization'), ...cp('item'), ...cp('resource')]));

  const resourceIds = new Set(cp('resource').map((resource) => resource.getAttribute('identifier')));
  for (const referrer of [...cp('item'), ...cp('dependency')]) {
    const ref = referrer.getAttribute('identifierref');
    const name = referrer.localName === 'item' ? `Item "${referrer.getAttribute('identifier')}"` : 'A dependency';
    if (ref && !resourceIds.has(ref)) problems.push(`${name} refers to resource "${ref}", which does not exist.`);
  }

  const listed = new Set<string>();
  for (const resource of cp('resource')) {
    const id = resource.getAttribute('identifier');
    problems.push(...scormTypeProblems(resource, id, dialect));
    const hrefs = [resource.getAttribute('href'), ...elements(resource, dialect.cp, 'file').map((file) => file.getAttribute('href'))];
    for (const href of hrefs) {
      if (href === null) continue;
      problems.push(...pathProblems(`href "${href}" of resource "${id}"`, href));
      listed.add(href);
      if (!entries[href]) problems.push(`Resource "${id}" lists "${href}", which is not in the zip.`);
    }
  }
  const isSchemaAtRoot = (path: string) => !path.includes('/') && /\.(xsd|dtd)$/.test(path);
  for (const path of paths) {
    if (path !== 'imsmanifest.xml' && !isSchemaAtRoot(path) && !listed.has(path)) {
      problems.push(`"${path}" is in the zip but listed by no resource; some LMSs will not serve it.`);
    }
  }
  problems.push(...masteryProblems(manifest, dialect));
  return problems;
}

interface Dialect {
  name: string;
  cp: string;
  adlcp: string;
  scormType: string;
  /** Where the pass mark lives and the range it must lie in. */
  mastery: { ns: string; element: string; min: number; max: number };
}

const DIALECTS: Dialect[] = [
  {
    name: 'SCORM 1.2',
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    scormType: 'scormtype',
    mastery: { ns: 'http://www.adlnet.org/xsd/adlcp_rootv1p2', element: 'masteryscore', min: 0, max: 100 },
  },
  {
    name: 'SCORM 2004',
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    scormType: 'scormType',
    mastery: { ns: 'http://www.imsglobal.org/xsd/imsss', element: 'minNormalizedMeasure', min: -1, max: 1 },
  },
];

/** ASCII NCName: what every LMS accepts as an XML ID (no leading digit, no spaces, no colons). */
const XML_ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;
const SAFE_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;
/** SAP SuccessFactors keeps only this many characters of the manifest identifier. */
const MAX_MANIFEST_ID = 15;

function elements(parent: Element, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name));
}

function pathProblems(what: string, path: string): string[] {
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.split('/').includes('..')) return [`${what} is absolute or leaves the package.`];
  if (/\s/.test(path)) return [`${what} contains a space.`];
  if (!SAFE_PATH.test(path)) return [`${what} contains characters outside A-Z a-z 0-9 . _ - /.`];
  return [];
}

function identifierProblems(manifest: Element, others: Element[]): string[] {
  const problems: string[] = [];
  const manifestId = manifest.getAttribute('identifier') ?? '';
  if (manifestId.length > MAX_MANIFEST_ID) {
    problems.push(`Manifest identifier "${manifestId}" is longer than ${MAX_MANIFEST_ID} characters (SuccessFactors cuts it).`);
  }
  const seen = new Set<string>();
  for (const element of [manifest, ...others]) {
    const id = element.getAttribute('identifier');
    if (id === null) continue;
    if (!XML_ID.test(id)) problems.push(`Identifier "${id}" of <${element.localName}> is not a valid XML ID.`);
    if (seen.has(id)) problems.push(`Identifier "${id}" is used more than once.`);
    seen.add(id);
  }
  return problems;
}

function scormTypeProblems(resource: Element, id: string | null, dialect: Dialect): string[] {
  if (resource.hasAttributeNS(dialect.adlcp, dialect.scormType)) return [];
  const miscased = Array.from(resource.attributes).find(
    (attribute) => attribute.namespaceURI === dialect.adlcp && attribute.localName?.toLowerCase() === 'scormtype',
  );
  return miscased
    ? [`Resource "${id}" has adlcp:${miscased.localName}; ${dialect.name} needs adlcp:${dialect.scormType}, exactly so cased.`]
    : [`Resource "${id}" has no adlcp:${dialect.scormType}.`];
}

function masteryProblems(manifest: Element, { mastery }: Dialect): string[] {
  return elements(manifest, mastery.ns, mastery.element).flatMap((element) => {
    const text = (element.textContent ?? '').trim();
    const value = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
    return value >= mastery.min && value <= mastery.max ? [] : [`${mastery.element} "${text}" is not a number from ${mastery.min} to ${mastery.max}.`];
  });
}
