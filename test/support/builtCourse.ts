import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Fixture courses, built once per test run however many spec files, workers and retries ask for them.
 * The first caller builds (with the CLI, as a user would) into `test-results/fixtures/<runner>/<name>/`
 * while holding a lock folder; every later caller, in any worker process, waits for and reads the same
 * result. Each runner's global setup empties its folder first, so a run never reads an older run's build.
 */

/** How to make a fixture course: write its lessons and theme under `work`, return the CLI's build options. */
export interface CourseRecipe {
  prepare?: (work: string) => Promise<string[]>;
  /** Build `web/` only (`--web-only`): for tests that need no zip. */
  webOnly?: boolean;
}

export interface BuiltCourse {
  /** The build's `--out` folder: `web/`, the zips unless web-only, `report.json`. */
  out: string;
  /** The folder `prepare` wrote into. */
  work: string;
  /** What the CLI printed (stdout, then stderr). */
  output: string;
}

interface Status {
  ok: boolean;
  output: string;
}

export const FIXTURES_ROOT = 'test-results/fixtures';

/** Removes the runner's fixtures: the global setup calls it once at the start of a run. */
export async function resetFixtures(runner: string): Promise<void> {
  await rm(join(FIXTURES_ROOT, runner), { recursive: true, force: true });
}

/**
 * Where `npm test` tells the unit tests that this run has just built the default course (`npm run build`,
 * its output in `${FIXTURES_ROOT}/default-build.log`): they read that build instead of making another.
 */
export const DEFAULT_BUILD_ENV = 'WACHSAM_DEFAULT_BUILD';

/** The fixture course `name` of this run, built on first use. Throws, with the CLI's output, if its build failed. */
export async function builtCourse(runner: string, name: string, recipe: CourseRecipe = {}): Promise<BuiltCourse> {
  const prebuilt = process.env[DEFAULT_BUILD_ENV];
  if (name === 'default' && !recipe.prepare && !recipe.webOnly && prebuilt) {
    return { out: prebuilt, work: '.', output: await readFile(join(FIXTURES_ROOT, 'default-build.log'), 'utf8') };
  }
  const root = join(FIXTURES_ROOT, runner);
  const work = join(root, name);
  const statusFile = join(root, `${name}.status.json`);
  const lock = join(root, `${name}.lock`);
  await mkdir(root, { recursive: true });
  for (;;) {
    const status = await readStatus(statusFile);
    if (status) {
      if (!status.ok) throw new Error(`The fixture course "${name}" did not build:\n${status.output}`);
      return { out: join(work, 'dist'), work, output: status.output };
    }
    if (await takeLock(lock)) {
      try {
        await rm(work, { recursive: true, force: true });
        await mkdir(work, { recursive: true });
        const args = (await recipe.prepare?.(work)) ?? [];
        const result = await cli(['build', ...args, '--out', join(work, 'dist'), ...(recipe.webOnly ? ['--web-only'] : [])]);
        await writeFile(statusFile, JSON.stringify(result));
      } finally {
        await rm(lock, { recursive: true, force: true });
      }
    } else await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function readStatus(file: string): Promise<Status | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as Status;
  } catch {
    return undefined;
  }
}

/**
 * Takes the lock folder (mkdir is atomic), or frees it when the process that holds it is gone (a worker
 * ended by a timeout), so the next try can take it.
 */
async function takeLock(lock: string): Promise<boolean> {
  try {
    await mkdir(lock);
    await writeFile(join(lock, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
    if (owner && !alive(owner)) await rm(lock, { recursive: true, force: true });
    return false;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function cli(args: string[]): Promise<Status> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/cli.ts', ...args], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ ok: !error, output: `${stdout}${stderr}${error && !stderr ? `\n${error.message}` : ''}` });
    });
  });
}
