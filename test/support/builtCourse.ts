import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/**
 * Fixture courses, built once per test run however many spec files, workers and retries ask for them.
 * The first caller builds into `test-results/fixtures/<runner>/<name>/` while holding a lock folder;
 * every later caller, in any worker process, waits for and reads the same result. Each runner's global
 * setup empties its folder first, so a run never reads an older run's build. The build runs in the
 * caller's process, with the options `npm run build` gives it: a worker that builds two courses loads
 * vite and the compiler once, not twice (a spawned CLI spent about half its CPU time on loading).
 * `npm test`'s build step runs the real CLI.
 */

/** How to make a fixture course: write its lessons and theme under `work`, return the build's `--lessons`/`--theme` options. */
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
        const result = await build(args, join(work, 'dist'), recipe.webOnly ?? false);
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

/** `npm run build -- <args> --out <out> [--web-only]`, in this process; what it printed is the output. */
async function build(args: string[], out: string, webOnly: boolean): Promise<Status> {
  const lines: string[] = [];
  // The build makes itself a production build through NODE_ENV; the test process gets its own back.
  const nodeEnv = process.env.NODE_ENV;
  try {
    const { values } = parseArgs({ args, options: { lessons: { type: 'string', default: 'lessons' }, theme: { type: 'string', default: 'themes/default' } } });
    const { buildCourse } = await import('../../src/build/buildCourse.ts');
    const result = await buildCourse({
      lessonsDir: values.lessons,
      themeDir: values.theme,
      authorChecks: true,
      outDir: out,
      webOnly,
      log: (line) => lines.push(line),
    });
    return { ok: result.ok, output: lines.join('\n') };
  } catch (error) {
    return { ok: false, output: `${lines.join('\n')}\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
