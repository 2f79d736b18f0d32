import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScormVersion } from '../../src/shared/scormVersion.ts';
import { buildScormPackage } from '../../src/build/scorm/buildScormPackage.ts';
import { writeTree } from '../compiler/support/tempTree.ts';
import { editPackage, SAMPLE_CONTENT, sampleCourse } from './scormFixtures.ts';
import { checkScormPackage } from './scormPackageChecks.ts';

const packages = new Map<ScormVersion, Uint8Array>();
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wachsam-checks-'));
  await writeTree(join(dir, 'web'), SAMPLE_CONTENT);
  for (const version of ['1.2', '2004'] as const) {
    const outFile = join(dir, `${version}.zip`);
    await buildScormPackage({ version, contentDir: join(dir, 'web'), course: sampleCourse(), packageVersion: '1.0.0', outFile });
    packages.set(version, new Uint8Array(await readFile(outFile)));
  }
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Breakages every LMS-facing check must catch, each applied to a package that passes all checks. */
const breakages: { name: string; edit: Parameters<typeof editPackage>[1]; problem: RegExp }[] = [
  {
    name: 'a dangling identifierref',
    edit: (_, manifest) => manifest.replace('identifierref="SCO"', 'identifierref="SCO2"'),
    problem: /Item "ITEM" refers to resource "SCO2", which does not exist/,
  },
  {
    name: 'a listed file missing from the zip',
    edit: (entries) => {
      delete entries['assets/app.js'];
    },
    problem: /lists "assets\/app\.js", which is not in the zip/,
  },
  {
    name: 'a file in the zip that no resource lists',
    edit: (entries) => {
      entries['assets/extra.js'] = new Uint8Array([1]);
    },
    problem: /"assets\/extra\.js" is in the zip but listed by no resource/,
  },
  {
    name: 'an identifier that is not an XML ID',
    edit: (_, manifest) => manifest.replace('identifier="ORG"', 'identifier="1 ORG"').replace('default="ORG"', 'default="1 ORG"'),
    problem: /Identifier "1 ORG" of <organization> is not a valid XML ID/,
  },
  {
    name: 'a duplicate identifier',
    edit: (_, manifest) => manifest.replace('identifier="ITEM"', 'identifier="ORG"'),
    problem: /Identifier "ORG" is used more than once/,
  },
  {
    name: 'a manifest identifier longer than 15 characters',
    edit: (_, manifest) => manifest.replace(/<manifest identifier="[^"]*"/, '<manifest identifier="wachsam-course-2025"'),
    problem: /"wachsam-course-2025" is longer than 15 characters/,
  },
  {
    name: 'a path with a space',
    edit: (entries, manifest) => {
      entries['assets/my app.js'] = entries['assets/app.js']!;
      delete entries['assets/app.js'];
      return manifest.replace('href="assets/app.js"', 'href="assets/my app.js"');
    },
    problem: /zip entry "assets\/my app\.js" contains a space/,
  },
  {
    name: 'an absolute href',
    edit: (_, manifest) => manifest.replace('<file href="index.html"/>', '<file href="/index.html"/>'),
    problem: /href "\/index\.html" of resource "SCO" is absolute/,
  },
  {
    name: 'no imsmanifest.xml at the root',
    edit: (entries) => {
      entries['course/imsmanifest.xml'] = entries['imsmanifest.xml']!;
      delete entries['imsmanifest.xml'];
    },
    problem: /imsmanifest\.xml is not at the zip root \(found "course\/imsmanifest\.xml"\)/,
  },
];

describe.each(['1.2', '2004'] as const)('checkScormPackage on SCORM %s', (version) => {
  it('finds nothing wrong with a freshly built package', () => {
    expect(checkScormPackage(packages.get(version)!)).toEqual([]);
  });

  it.each(breakages)('reports $name', ({ edit, problem }) => {
    const problems = checkScormPackage(editPackage(packages.get(version)!, edit));
    expect(problems.join('\n')).toMatch(problem);
  });

  it('reports a wrongly cased or missing adlcp scormType attribute', () => {
    const [right, wrong] = version === '1.2' ? ['adlcp:scormtype', 'adlcp:scormType'] : ['adlcp:scormType', 'adlcp:scormtype'];
    const miscased = checkScormPackage(editPackage(packages.get(version)!, (_, manifest) => manifest.replace(right, wrong)));
    expect(miscased).toEqual([expect.stringMatching(new RegExp(`has ${wrong}; SCORM ${version} needs ${right}, exactly so cased`))]);
    const missing = checkScormPackage(editPackage(packages.get(version)!, (_, manifest) => manifest.replace(`${right}="sco"`, '')));
    expect(missing).toEqual([`Resource "SCO" has no ${right}.`]);
  });

  it('reports a mastery score that is out of range or not a number', () => {
    const [element, good, outOfRange] = version === '1.2' ? ['adlcp:masteryscore', '>80<', '>180<'] : ['imsss:minNormalizedMeasure', '>0.8<', '>1.2<'];
    for (const bad of [outOfRange, '>eighty<', '><']) {
      const problems = checkScormPackage(editPackage(packages.get(version)!, (_, manifest) => manifest.replace(good, bad)));
      expect(problems, `${element} ${bad}`).toEqual([expect.stringMatching(/is not a number from -?[01] to (1|100)\.$/)]);
    }
  });
});
