import { describe, expect, it } from 'vitest';
import { readSchemaFiles } from '../../src/build/scorm/buildScormPackage.ts';
import { type ManifestInput, manifestIdentifier, RIGHTS_DESCRIPTION } from '../../src/build/scorm/manifestInput.ts';
import { NS_ADLCP_12, NS_IMSCP_12, NS_IMSMD_12, scormManifest12 } from '../../src/build/scorm/scormManifest12.ts';
import { NS_ADLCP_2004, NS_IMSCP_2004, NS_IMSSS_2004, NS_LOM, scormManifest2004 } from '../../src/build/scorm/scormManifest2004.ts';
import type { CourseModel } from '../../src/shared/courseModel.ts';
import { parseXml, SAMPLE_FILES, sampleCourse, SCHEMA_FILES_12, textsOf } from './scormFixtures.ts';
import { validateManifest } from './validateManifest.ts';

const schemaFiles2004 = [...(await readSchemaFiles('2004')).keys()];

function input12(course: CourseModel = sampleCourse()): ManifestInput {
  return { identifier: manifestIdentifier(course.id, '1.2'), course, version: '1.4.2', files: SAMPLE_FILES, schemaFiles: SCHEMA_FILES_12 };
}

function input2004(course: CourseModel = sampleCourse()): ManifestInput {
  return { identifier: manifestIdentifier(course.id, '2004'), course, version: '1.4.2', files: SAMPLE_FILES, schemaFiles: schemaFiles2004 };
}

const cases = [
  { version: '1.2', build: () => scormManifest12(input12()), cp: NS_IMSCP_12 },
  { version: '2004', build: () => scormManifest2004(input2004()), cp: NS_IMSCP_2004 },
] as const;

describe.each(cases)('SCORM $version manifest', ({ version, build, cp }) => {
  it('validates against the official schemas of every namespace it uses', async () => {
    expect(await validateManifest(build(), version)).toEqual([]);
  });

  it('is rejected by the same validation when an element is misspelled or a required attribute missing', async () => {
    const misspelled = build()
      .replace(/<organization /, '<organisation ')
      .replace(/<\/organization>/, '</organisation>');
    expect((await validateManifest(misspelled, version)).join('\n')).toMatch(/organisation': This element is not expected/);
    const untyped = build().replace(' type="webcontent"', '');
    expect((await validateManifest(untyped, version)).join('\n')).toMatch(/attribute 'type' is required/);
  });

  it('launches index.html as one SCO listing exactly the content files, not the schema files', () => {
    const manifest = parseXml(build());
    const resources = Array.from(manifest.getElementsByTagNameNS(cp, 'resource'));
    expect(resources).toHaveLength(1);
    expect(resources[0]!.getAttribute('href')).toBe('index.html');
    expect(resources[0]!.getAttribute('type')).toBe('webcontent');
    const hrefs = Array.from(resources[0]!.getElementsByTagNameNS(cp, 'file')).map((file) => file.getAttribute('href'));
    expect(hrefs).toEqual(SAMPLE_FILES);
    const items = Array.from(manifest.getElementsByTagNameNS(cp, 'item'));
    expect(items.map((item) => item.getAttribute('identifierref'))).toEqual([resources[0]!.getAttribute('identifier')]);
    expect(textsOf(manifest, cp, 'title')).toEqual(['Wachsam: Sicherheit im Alltag', 'Wachsam: Sicherheit im Alltag']);
  });

  it('escapes & and < in titles and descriptions and still validates', async () => {
    const course = sampleCourse({
      title: { de: 'Phishing & <Spam> "Tricks"', en: "Tom's & Jerry's" },
      description: { de: 'a < b && c > d', en: 'Q&A' },
    });
    const xml = version === '1.2' ? scormManifest12(input12(course)) : scormManifest2004(input2004(course));
    expect(xml).toContain('Phishing &amp; &lt;Spam&gt;');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    expect(textsOf(parseXml(xml), cp, 'title')[0]).toBe('Phishing & <Spam> "Tricks"');
    expect(await validateManifest(xml, version)).toEqual([]);
  });
});

describe('SCORM 1.2 specifics', () => {
  const manifest = parseXml(scormManifest12(input12()));

  it('declares ADL SCORM 1.2, scormtype in lower case and the pass mark as masteryscore', () => {
    expect(textsOf(manifest, NS_IMSCP_12, 'schema')).toEqual(['ADL SCORM']);
    expect(textsOf(manifest, NS_IMSCP_12, 'schemaversion')).toEqual(['1.2']);
    const resource = manifest.getElementsByTagNameNS(NS_IMSCP_12, 'resource')[0]!;
    expect(resource.getAttributeNS(NS_ADLCP_12, 'scormtype')).toBe('sco');
    expect(textsOf(manifest, NS_ADLCP_12, 'masteryscore')).toEqual(['80']);
  });

  it('carries title, description, language, version and CC BY-SA 4.0 rights as IMS metadata', () => {
    const lom = manifest.getElementsByTagNameNS(NS_IMSMD_12, 'lom')[0]!;
    const langstrings = (parent: string) =>
      Array.from(lom.getElementsByTagNameNS(NS_IMSMD_12, parent)[0]!.getElementsByTagNameNS(NS_IMSMD_12, 'langstring')).map((element) => [
        element.getAttribute('xml:lang'),
        element.textContent,
      ]);
    expect(langstrings('title')).toEqual([
      ['de', 'Wachsam: Sicherheit im Alltag'],
      ['en', 'Wachsam: Security at work'],
    ]);
    expect(langstrings('description')).toEqual([
      ['de', 'Kurze Lektionen.'],
      ['en', 'Short lessons.'],
    ]);
    expect(textsOf(lom, NS_IMSMD_12, 'language')).toEqual(['de']);
    expect(langstrings('version')).toEqual([['x-none', '1.4.2']]);
    expect(langstrings('cost').map(([, text]) => text)).toEqual(['LOMv1.0', 'no']);
    expect(langstrings('copyrightandotherrestrictions').map(([, text]) => text)).toEqual(['LOMv1.0', 'yes']);
    const rights = lom.getElementsByTagNameNS(NS_IMSMD_12, 'rights')[0]!;
    expect(rights.textContent).toContain('CC BY-SA 4.0');
  });

  it('refuses titles longer than the 200 characters SCORM 1.2 allows', () => {
    expect(() => scormManifest12(input12(sampleCourse({ title: { de: 'x'.repeat(201), en: 'y' } })))).toThrow(/200 characters/);
  });
});

describe('SCORM 2004 4th edition specifics', () => {
  const manifest = parseXml(scormManifest2004(input2004()));

  it('declares 2004 4th Edition, adlcp:scormType with a capital T and passMark/100 as minNormalizedMeasure', () => {
    expect(textsOf(manifest, NS_IMSCP_2004, 'schemaversion')).toEqual(['2004 4th Edition']);
    const resource = manifest.getElementsByTagNameNS(NS_IMSCP_2004, 'resource')[0]!;
    expect(resource.getAttributeNS(NS_ADLCP_2004, 'scormType')).toBe('sco');
    const primary = manifest.getElementsByTagNameNS(NS_IMSSS_2004, 'primaryObjective')[0]!;
    expect(primary.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(primary.getAttribute('objectiveID')).toMatch(/\S/);
    expect(textsOf(primary, NS_IMSSS_2004, 'minNormalizedMeasure')).toEqual(['0.8']);
  });

  it('rejects a minNormalizedMeasure outside -1..1 in validation, so the imsss schema is really applied', async () => {
    const xml = scormManifest2004(input2004()).replace('>0.8<', '>1.5<');
    expect((await validateManifest(xml, '2004')).join('\n')).toMatch(/minNormalizedMeasure.*maximum value allowed/);
  });

  it('carries title, description, language, version and CC BY-SA 4.0 rights as IEEE LOM', () => {
    const lom = manifest.getElementsByTagNameNS(NS_LOM, 'lom')[0]!;
    const strings = (parent: string) =>
      Array.from(lom.getElementsByTagNameNS(NS_LOM, parent)[0]!.getElementsByTagNameNS(NS_LOM, 'string')).map((element) => [
        element.getAttribute('language'),
        element.textContent,
      ]);
    expect(strings('title')).toEqual([
      ['de', 'Wachsam: Sicherheit im Alltag'],
      ['en', 'Wachsam: Security at work'],
    ]);
    expect(strings('description')[1]).toEqual(['en', 'Short lessons.']);
    expect(textsOf(lom, NS_LOM, 'language')).toEqual(['de']);
    expect(strings('version')).toEqual([['x-none', '1.4.2']]);
    const vocabulary = (name: string) => ['source', 'value'].map((part) => textsOf(lom.getElementsByTagNameNS(NS_LOM, name)[0]!, NS_LOM, part)[0]);
    expect(vocabulary('cost')).toEqual(['LOMv1.0', 'no']);
    expect(vocabulary('copyrightAndOtherRestrictions')).toEqual(['LOMv1.0', 'yes']);
    expect(strings('rights').map(([, text]) => text)).toEqual([RIGHTS_DESCRIPTION]);
    expect(RIGHTS_DESCRIPTION).toMatch(/^CC BY-SA 4\.0/);
  });
});

describe('manifest identifiers', () => {
  it('are XML IDs of at most 15 characters, unique per course id and SCORM version, stable across releases', () => {
    const ids = ['wachsam', 'wachsam-de-intranet', 'wachsam-de-extranet', '2024-kurs', 'a'].flatMap((id) => [
      manifestIdentifier(id, '1.2'),
      manifestIdentifier(id, '2004'),
    ]);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9-]{0,14}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(manifestIdentifier('wachsam', '1.2')).toBe(manifestIdentifier('wachsam', '1.2'));
  });

  it('are checked before a manifest is written, as are a missing index.html and clashing file names', () => {
    expect(() => scormManifest12({ ...input12(), identifier: '1-starts-with-digit' })).toThrow(/Manifest identifier/);
    expect(() => scormManifest2004({ ...input2004(), identifier: 'much-too-long-identifier' })).toThrow(/at most 15/);
    expect(() => scormManifest2004({ ...input2004(), files: ['app.js'] })).toThrow(/index\.html/);
    expect(() => scormManifest12({ ...input12(), files: [...SAMPLE_FILES, 'ims_xml.xsd'] })).toThrow(/collide/);
  });
});
