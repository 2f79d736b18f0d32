import { validateXML } from 'xmllint-wasm';
import { readSchemaFiles } from '../../src/build/scorm/buildScormPackage.ts';
import type { ScormVersion } from '../../src/shared/scormVersion.ts';

/**
 * Wrapper schemas that import every namespace a manifest uses, so libxml2 validates the adlcp, imsss
 * and imsmd parts too rather than only the imscp skeleton. 2004's LOM stays unvalidated by design
 * (imscp_v1p1.xsd admits other namespaces laxly and no lom.xsd is shipped).
 */
const IMPORTS: Record<ScormVersion, Record<string, string>> = {
  '1.2': {
    'http://www.imsproject.org/xsd/imscp_rootv1p1p2': 'imscp_rootv1p1p2.xsd',
    'http://www.adlnet.org/xsd/adlcp_rootv1p2': 'adlcp_rootv1p2.xsd',
    'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1': 'imsmd_rootv1p2p1.xsd',
  },
  '2004': {
    'http://www.imsglobal.org/xsd/imscp_v1p1': 'imscp_v1p1.xsd',
    'http://www.adlnet.org/xsd/adlcp_v1p3': 'adlcp_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlseq_v1p3': 'adlseq_v1p3.xsd',
    'http://www.adlnet.org/xsd/adlnav_v1p3': 'adlnav_v1p3.xsd',
    'http://www.imsglobal.org/xsd/imsss': 'imsss_v1p0.xsd',
  },
};

function wrapperSchema(version: ScormVersion): string {
  const imports = Object.entries(IMPORTS[version])
    .map(([namespace, file]) => `  <xs:import namespace="${namespace}" schemaLocation="${file}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${imports}\n</xs:schema>\n`;
}

/**
 * libxml2 refuses to compile imsmd_rootv1p2p1.xsd as published: its `grp.any` wildcard (`##any`, after
 * optional imsmd elements) breaks the unique particle attribution rule ("content model is not
 * determinist"). Narrowed to `##other`, the schema compiles and is, if anything, stricter: an imsmd
 * element must then match its declared place. Done in memory only; the zip ships ADL's file unchanged.
 */
function compilable(fileName: string, contents: Uint8Array): string | Uint8Array {
  if (fileName !== 'imsmd_rootv1p2p1.xsd') return contents;
  const text = new TextDecoder().decode(contents);
  const narrowed = text.replace('<xsd:any namespace="##any"', '<xsd:any namespace="##other"');
  if (narrowed === text) throw new Error('imsmd_rootv1p2p1.xsd changed: its grp.any wildcard was not found.');
  return narrowed;
}

/**
 * Validates a manifest against ADL's official schema files (offline: every file is handed to xmllint
 * in memory). Returns xmllint's error messages; empty when valid.
 */
export async function validateManifest(xml: string, version: ScormVersion): Promise<string[]> {
  const schemas = await readSchemaFiles(version);
  const result = await validateXML({
    xml: [{ fileName: 'imsmanifest.xml', contents: xml }],
    schema: [{ fileName: 'wrapper.xsd', contents: wrapperSchema(version) }],
    preload: [...schemas].map(([fileName, contents]) => ({ fileName, contents: compilable(fileName, contents) })),
  });
  if (result.valid) return [];
  return result.errors.length > 0 ? result.errors.map((error) => error.rawMessage) : [result.rawOutput];
}
