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

export const NS_IMSCP_2004 = 'http://www.imsglobal.org/xsd/imscp_v1p1';
export const NS_ADLCP_2004 = 'http://www.adlnet.org/xsd/adlcp_v1p3';
export const NS_ADLSEQ_2004 = 'http://www.adlnet.org/xsd/adlseq_v1p3';
export const NS_ADLNAV_2004 = 'http://www.adlnet.org/xsd/adlnav_v1p3';
export const NS_IMSSS_2004 = 'http://www.imsglobal.org/xsd/imsss';
export const NS_LOM = 'http://ltsc.ieee.org/xsd/LOM';

/** The objective whose measure decides pass or fail; local to the one item. */
const PRIMARY_OBJECTIVE_ID = 'PRIMARYOBJ';

/**
 * The `imsmanifest.xml` of a SCORM 2004 4th edition package: one organization with one item (the whole
 * course) launching one SCO. The pass mark becomes the primary objective's `minNormalizedMeasure`, which
 * the LMS hands to the SCO as `cmi.scaled_passing_score`. Metadata is inline IEEE LOM; imscp_v1p1.xsd
 * admits it laxly, so the package needs no lom.xsd. Pure: text in, text out.
 */
export function scormManifest2004(input: ManifestInput): string {
  checkManifestInput(input);
  const { course } = input;
  const title = courseTitle(course);
  const manifest = {
    '@identifier': input.identifier,
    '@version': input.version,
    '@xmlns': NS_IMSCP_2004,
    '@xmlns:adlcp': NS_ADLCP_2004,
    '@xmlns:adlseq': NS_ADLSEQ_2004,
    '@xmlns:adlnav': NS_ADLNAV_2004,
    '@xmlns:imsss': NS_IMSSS_2004,
    '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    '@xsi:schemaLocation': schemaLocation(
      {
        [NS_IMSCP_2004]: 'imscp_v1p1.xsd',
        [NS_ADLCP_2004]: 'adlcp_v1p3.xsd',
        [NS_ADLSEQ_2004]: 'adlseq_v1p3.xsd',
        [NS_ADLNAV_2004]: 'adlnav_v1p3.xsd',
        [NS_IMSSS_2004]: 'imsss_v1p0.xsd',
      },
      input.schemaFiles,
    ),
    metadata: { schema: 'ADL SCORM', schemaversion: '2004 4th Edition', lom: lom(input) },
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
          'imsss:sequencing': {
            'imsss:objectives': {
              'imsss:primaryObjective': {
                '@objectiveID': PRIMARY_OBJECTIVE_ID,
                '@satisfiedByMeasure': 'true',
                'imsss:minNormalizedMeasure': String(course.passMark / 100),
              },
            },
            // The SCO reports completion and success itself; without this the LMS may mark a learner
            // complete merely for closing the window.
            'imsss:deliveryControls': { '@completionSetByContent': 'true', '@objectiveSetByContent': 'true' },
          },
        },
      },
    },
    resources: {
      resource: {
        '@identifier': RESOURCE_ID,
        '@type': 'webcontent',
        '@adlcp:scormType': 'sco',
        '@href': LAUNCH_FILE,
        file: input.files.map((href) => ({ '@href': href })),
      },
    },
  };
  return create({ version: '1.0', encoding: 'UTF-8' }, { manifest }).end({ prettyPrint: true });
}

/** IEEE LOM (1484.12.3 XML binding): title, language, description, version and rights. */
function lom({ course, version }: ManifestInput) {
  const strings = (texts: Record<string, string>) => ({
    string: textsByLanguage(course, texts).map(({ lang, text }) => ({ '@language': lang, '#': text })),
  });
  return {
    '@xmlns': NS_LOM,
    general: {
      title: strings(course.title),
      language: course.languages[0]!,
      description: strings(course.description),
    },
    lifeCycle: { version: { string: { '@language': 'x-none', '#': version } } },
    rights: {
      cost: { source: 'LOMv1.0', value: 'no' },
      copyrightAndOtherRestrictions: { source: 'LOMv1.0', value: 'yes' },
      description: { string: { '@language': 'en', '#': RIGHTS_DESCRIPTION } },
    },
  };
}
