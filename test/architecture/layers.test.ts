import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers of src/ point one way (README.md, "Architecture"); biome.json enforces it. These tests lint
 * probe files with the repository's own biome.json in a scratch copy of the layout, so the real tree is
 * never touched, and check that every wrong-way import and every cycle fails the lint.
 */
const repo = fileURLToPath(new URL('../../', import.meta.url));
const biome = join(repo, 'node_modules/@biomejs/biome/bin/biome');

interface Finding {
  file: string;
  rule: string;
}

async function lint(cwd: string, paths: string[]): Promise<{ code: number; findings: Finding[] }> {
  const args = [biome, 'lint', '--error-on-warnings', '--max-diagnostics=1000', '--colors=off', ...paths];
  const outcome = await new Promise<{ code: number; output: string }>((resolve) => {
    execFile(process.execPath, args, { cwd, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr });
    });
  });
  const findings = [...outcome.output.matchAll(/^(\S+?):\d+:\d+ lint\/(\S+)/gm)].map((m) => ({ file: m[1]!, rule: m[2]! }));
  return { code: outcome.code, findings };
}

/** Each probe sits in one layer and imports something; `wrong` says whether the lint must refuse it. */
const probes: { file: string; source: string; wrong: boolean }[] = [
  { file: 'src/shared/probe.ts', source: "import '../player/router.ts';", wrong: true },
  { file: 'src/shared/raffle/probe.ts', source: "import type { X } from '../../compiler/x.ts';\nexport type Y = X;", wrong: true },
  { file: 'src/shared/probeNode.ts', source: "import 'node:fs';", wrong: true },
  { file: 'src/compiler/lesson/probe.ts', source: "import '../../build/buildCourse.ts';", wrong: true },
  { file: 'src/compiler/probeVite.ts', source: "import 'vite';", wrong: true },
  { file: 'src/compiler/probePlayer.ts', source: "export * from '../player/router.ts';", wrong: true },
  { file: 'src/compiler/diagnostics/probe.ts', source: "import '../lesson/parseLesson.ts';", wrong: true },
  { file: 'src/compiler/lesson/probeLoad.ts', source: "import '../load/loadLessons.ts';", wrong: true },
  { file: 'src/compiler/theme/probeFs.ts', source: "import { readFile } from 'node:fs/promises';\nexport const read = readFile;", wrong: true },
  { file: 'src/compiler/checks/probe.ts', source: "import '../course/assembleCourse.ts';", wrong: true },
  { file: 'src/compiler/course/probeFs.ts', source: "import 'node:fs/promises';", wrong: true },
  { file: 'src/compiler/probeOk.ts', source: "import './course/assembleCourse.ts';\nimport 'node:fs/promises';", wrong: false },
  { file: 'src/compiler/course/probeOk.ts', source: "import '../load/loadTheme.ts';\nimport '../checks/authorChecks.ts';", wrong: false },
  { file: 'src/build/probe.ts', source: "import '../cli/cli.ts';", wrong: true },
  { file: 'src/build/probeTest.ts', source: "import '../../test/support/staticServer.ts';", wrong: true },
  { file: 'src/lms/probe.ts', source: "import '../player/tracking/tracker.ts';", wrong: true },
  { file: 'src/player/raffle/probe.ts', source: "import '../../raffle-server/raffleDb.ts';", wrong: true },
  { file: 'src/player/probeBench.ts', source: "await import('../bench/budgets.ts');", wrong: true },
  { file: 'src/player/probeNode.ts', source: "import 'node:path';", wrong: true },
  { file: 'src/raffle-server/probe.ts', source: "import '../cli/runCli.ts';", wrong: true },
  { file: 'src/cli/probe.ts', source: "import '../player/router.ts';", wrong: true },
  { file: 'src/shared/probeOk.ts', source: "import './courseModel.ts';", wrong: false },
  { file: 'src/compiler/load/probeOk.ts', source: "import '../../shared/courseModel.ts';\nimport 'node:fs';", wrong: false },
  { file: 'src/build/probeOk.ts', source: "import '../compiler/compileCourse.ts';\nimport 'vite';", wrong: false },
  { file: 'src/cli/probeOk.ts', source: "import '../build/buildCourse.ts';\nimport '../raffle-server/raffleDb.ts';", wrong: false },
  { file: 'src/player/probeOk.ts', source: "import '../lms/findApi.ts';\nimport '../shared/progress.ts';", wrong: false },
  { file: 'src/bench/probeOk.ts', source: "import '../player/router.ts';\nimport '../../test/support/staticServer.ts';", wrong: false },
];

describe('one-way layers', () => {
  let scratch: string;
  let findings: Finding[];

  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'wachsam-layers-'));
    const config = JSON.parse(await readFile(join(repo, 'biome.json'), 'utf8')) as Record<string, unknown>;
    delete config.$schema;
    await writeFile(join(scratch, 'biome.json'), JSON.stringify(config));
    for (const probe of probes) {
      await mkdir(join(scratch, dirname(probe.file)), { recursive: true });
      await writeFile(join(scratch, probe.file), `${probe.source}\n`);
    }
    // A cycle, and a cycle of type-only imports (counted too: `ignoreTypes` is off).
    await mkdir(join(scratch, 'src/compiler/course'), { recursive: true });
    await writeFile(join(scratch, 'src/compiler/course/cycleA.ts'), "import { b } from './cycleB.ts';\nexport const a = () => b;\n");
    await writeFile(join(scratch, 'src/compiler/course/cycleB.ts'), "import { a } from './cycleA.ts';\nexport const b = () => a;\n");
    await writeFile(join(scratch, 'src/shared/typeA.ts'), "import type { B } from './typeB.ts';\nexport type A = { b?: B };\n");
    await writeFile(join(scratch, 'src/shared/typeB.ts'), "import type { A } from './typeA.ts';\nexport type B = { a?: A };\n");
    ({ findings } = await lint(scratch, ['src']));
  }, 60_000);

  afterAll(async () => {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  for (const probe of probes) {
    it(`${probe.wrong ? 'refuses' : 'allows'} ${probe.file}: ${probe.source.split('\n')[0]}`, () => {
      const restricted = findings.filter((f) => f.file === probe.file && f.rule === 'style/noRestrictedImports');
      expect(restricted.length > 0).toBe(probe.wrong);
    });
  }

  it('refuses an import cycle, type-only ones included', () => {
    const cycles = findings.filter((f) => f.rule === 'suspicious/noImportCycles').map((f) => f.file);
    expect(cycles).toEqual(
      expect.arrayContaining(['src/compiler/course/cycleA.ts', 'src/compiler/course/cycleB.ts', 'src/shared/typeA.ts', 'src/shared/typeB.ts']),
    );
  });

  it('the real tree passes', async () => {
    const outcome = await lint(repo, ['src']);
    expect(outcome.findings).toEqual([]);
    expect(outcome.code).toBe(0);
  }, 60_000);
});
