import { create } from 'xmlbuilder2';
import type { ManifestInput } from './manifestInput.ts';
import {
  checkManifestInput,
  courseTitle,
  ITEM_ID,
  LAUNCH_FILE,
  ORGANIZATION_ID,
  RESOURCE_ID,
  RIGHTS_DESCRIPTION,
  schemaLocation,
  textsByLanguage,
} from './manifestInput.ts';

export const NS_IMSCP_12 = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
export const NS_ADLCP_12 = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
export const NS_IMSMD_12 = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';

/** imscp_rootv1p1p2.xsd limits `<title>` to 200 characters and `version` to 20. */
const MAX_TITLE = 200;
const MAX_VERSION = 20;

/**
 * The `imsmanifest.xml` of a SCORM 1.2 package: one organization with one item (the whole course)
 * launching one SCO, the pass mark as `adlcp:masteryscore` (the LMS hands it to the SCO as
 * `cmi.student_data.mastery_score`), and inline IMS metadata 1.2.1. Pure: text in, text out.
 */
export function scormManifest12(input: ManifestInput): string {
  checkManifestInput(input);
  const { course, version } = input;
  const title = courseTitle(course);
  // The compiler reports long titles (T007) where they are written, so valid input never gets here.
  if ([...title].length > MAX_TITLE) throw new Error(`SCORM 1.2 allows course titles of at most ${MAX_TITLE} characters.`);
  if (version.length > MAX_VERSION) throw new Error(`SCORM 1.2 allows versions of at most ${MAX_VERSION} characters.`);

  const manifest = {
    '@identifier': input.identifier,
    '@version': version,
    '@xmlns': NS_IMSCP_12,
    '@xmlns:adlcp': NS_ADLCP_12,
    '@xmlns:imsmd': NS_IMSMD_12,
    '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    '@xsi:schemaLocation': schemaLocation(
      { [NS_IMSCP_12]: 'imscp_rootv1p1p2.xsd', [NS_IMSMD_12]: 'imsmd_rootv1p2p1.xsd', [NS_ADLCP_12]: 'adlcp_rootv1p2.xsd' },
      input.schemaFiles,
    ),
    metadata: { schema: 'ADL SCORM', schemaversion: '1.2', 'imsmd:lom': lom(input) },
    organizations: {
      '@default': ORGANIZATION_ID,
      organization: {
        '@identifier': ORGANIZATION_ID,
        title,
        item: {
          '@identifier': ITEM_ID,
          '@identifierref': RESOURCE_ID,
          '@isvisible': 'true',
          title,
          'adlcp:masteryscore': String(course.passMark),
        },
      },
    },
    resources: {
      resource: {
        '@identifier': RESOURCE_ID,
        '@type': 'webcontent',
        '@adlcp:scormtype': 'sco',
        '@href': LAUNCH_FILE,
        file: input.files.map((href) => ({ '@href': href })),
      },
    },
  };
  return create({ version: '1.0', encoding: 'UTF-8' }, { manifest }).end({ prettyPrint: true });
}

/** IMS metadata 1.2.1 in the element order imsmd_rootv1p2p1.xsd prescribes. */
function lom({ course, version }: ManifestInput) {
  const langstrings = (texts: Record<string, string>) => ({
    'imsmd:langstring': textsByLanguage(course, texts).map(({ lang, text }) => langstring(text, lang)),
  });
  return {
    'imsmd:general': {
      'imsmd:title': langstrings(course.title),
      'imsmd:language': course.languages[0]!,
      'imsmd:description': langstrings(course.description),
    },
    'imsmd:lifecycle': { 'imsmd:version': { 'imsmd:langstring': langstring(version) } },
    'imsmd:rights': {
      'imsmd:cost': vocabulary('no'),
      'imsmd:copyrightandotherrestrictions': vocabulary('yes'),
      'imsmd:description': { 'imsmd:langstring': langstring(RIGHTS_DESCRIPTION, 'en') },
    },
  };
}

/** `x-none` marks a string in no natural language, as ADL's own 1.2 examples do for tokens. */
function langstring(text: string, lang = 'x-none') {
  return { '@xml:lang': lang, '#': text };
}

/** A LOM vocabulary value: a source/value pair from the LOMv1.0 vocabulary. */
function vocabulary(value: string) {
  return {
    'imsmd:source': { 'imsmd:langstring': langstring('LOMv1.0') },
    'imsmd:value': { 'imsmd:langstring': langstring(value) },
  };
}
