import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { failureMessage, UsageError } from '../../src/cli/runCli.ts';
import { seedEntries } from '../raffle/raffleFixture.ts';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(repo, 'node_modules/tsx/dist/loader.mjs');

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point of this repository the way `npm run …` does, from `cwd`. */
async function command(script: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', tsx, join(repo, script), ...args], {
      cwd: options.cwd ?? repo,
      env: { ...process.env, WACHSAM_DEBUG: '', ...options.env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** What a user sees when a command fails: exit 1 and one line on stderr, no stack trace. */
function expectOneLineFailure(outcome: Outcome): string {
  expect(outcome.code).toBe(1);
  const lines = outcome.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('warning: '));
  expect(lines, outcome.stderr).toHaveLength(1);
  expect(outcome.stderr + outcome.stdout).not.toMatch(/^\s+at /m);
  expect(lines[0]).toMatch(/^error: /);
  return lines[0]!;
}

describe('a failing command prints one line that says what failed and what to do, and exits 1', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'wachsam-failures-'));
    await writeFile(join(work, 'a-file'), 'not a folder');
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('build: --out names a file', async () => {
    const line = expectOneLineFailure(await command('src/cli/cli.ts', ['build', '--out', join(work, 'a-file')]));
    expect(line).toContain(join(work, 'a-file'));
    expect(line).toMatch(/Choose another --out/);
  });

  it('build: --out lies below a file (an unexpected system error)', async () => {
    const out = join(work, 'a-file', 'dist');
    const line = expectOneLineFailure(await command('src/cli/cli.ts', ['build', '--out', out]));
    expect(line).toMatch(/^error: The build failed: ENOTDIR/);
    expect(line).toContain(`"${out}"`);
    expect(line).toMatch(/choose another path/);
  });

  it('build: --debug shows the stack for developers', async () => {
    const outcome = await command('src/cli/cli.ts', ['build', '--debug', '--out', join(work, 'a-file', 'dist')]);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toMatch(/^error: The build failed\.\n.*ENOTDIR/);
    expect(outcome.stderr).toMatch(/^\s+at /m);
  });

  it('new-theme: run where there is no themes/default to copy', async () => {
    const line = expectOneLineFailure(await command('src/cli/cli.ts', ['new-theme', 'stadt-beispiel'], { cwd: work }));
    expect(line).toMatch(/^error: Creating the theme failed: ENOENT.*themes\/default/);
    expect(line).toMatch(/Check that .* exists/);
  });

  it('raffle-server: --db in a folder that does not exist', async () => {
    const db = join(work, 'missing', 'raffle.sqlite');
    const line = expectOneLineFailure(await command('src/cli/raffle/raffleServerCli.ts', ['--db', db, '--port', '0']));
    expect(line).toContain(db);
    expect(line).toMatch(/Check that its folder exists .* or pass another --db FILE/);
  });

  it('raffle-export: --out in a folder that does not exist', async () => {
    const db = join(work, 'raffle.sqlite');
    seedEntries(db, 2);
    const out = join(work, 'missing', 'entries.csv');
    const line = expectOneLineFailure(await command('src/cli/raffle/raffleExportCli.ts', ['--db', db, '--out', out]));
    expect(line).toContain(out);
    expect(line).toMatch(/Choose an --out FILE\.csv in an existing folder/);
  });

  it('raffle-draw: --db in a folder that does not exist', async () => {
    const db = join(work, 'missing', 'raffle.sqlite');
    const line = expectOneLineFailure(await command('src/cli/raffle/raffleDrawCli.ts', ['--db', db, '--winners', '1']));
    expect(line).toContain(db);
  });

  it('raffle-purge: --db is a folder', async () => {
    await mkdir(join(work, 'a-folder'), { recursive: true });
    const line = expectOneLineFailure(await command('src/cli/raffle/rafflePurgeCli.ts', ['--db', join(work, 'a-folder'), '--yes']));
    expect(line).toContain(join(work, 'a-folder'));
  });
});

describe('the live preview (npm run dev)', () => {
  it('fails to start on an address of another machine with one line and exit 1', async () => {
    const line = expectOneLineFailure(await command('src/cli/cli.ts', ['dev', '--host', '203.0.113.1', '--port', '0']));
    expect(line).toMatch(/^error: The preview failed: listen EADDRNOTAVAIL.*check --host\.$/);
  });

  it('fails to start on a host name that does not resolve with one line and exit 1', async () => {
    const line = expectOneLineFailure(await command('src/cli/cli.ts', ['dev', '--host', 'no-such-host.invalid', '--port', '0']));
    expect(line).toMatch(/^error: The preview failed: getaddrinfo ENOTFOUND no-such-host\.invalid\. No machine answers to that name: check --host\.$/);
  });

  it('keeps serving after a malformed request, without a stack trace', async () => {
    const child = spawn(process.execPath, ['--import', tsx, 'src/cli/cli.ts', 'dev', '--host', '127.0.0.1', '--port', '0'], {
      cwd: repo,
      env: { ...process.env, WACHSAM_DEBUG: '' },
    });
    // Vite colours its URL line when the runner forces colour (as CI does), so colour codes are stripped before matching.
    const url = (): string | undefined => /Local:\s+(http:\S+)/.exec(stripVTControlCharacters(stdout))?.[1];
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    try {
      await expect.poll(url, { timeout: 60_000, interval: 200 }).toBeDefined();
      const base = url()!;
      expect((await fetch(base)).status).toBe(200);
      // A malformed escape in a content URL used to end the process with a stack trace.
      await fetch(`${base}content/%E0%A4%A.js`, { signal: AbortSignal.timeout(5_000) }).catch(() => undefined);
      expect((await fetch(base)).status).toBe(200);
      expect(child.exitCode).toBeNull();
      expect(stderr).not.toMatch(/^\s+at /m);
    } finally {
      child.kill();
    }
  }, 90_000);
});

describe("an error outside a command's main promise", () => {
  it('ends a command with one line and exit 1', async () => {
    const outcome = await command('test/cli/fixtures/strayError.ts', []);
    expect(expectOneLineFailure(outcome)).toMatch(/^error: The fixture failed: stray callback failed\. This looks like a bug/);
    expect(outcome.stdout).not.toContain('still running');
  });

  it('is reported in one line by a command that must survive it (the preview), which goes on', async () => {
    const outcome = await command('test/cli/fixtures/strayError.ts', [], { env: { SURVIVE: '1' } });
    expect(outcome.code).toBe(0);
    expect(outcome.stdout).toContain('still running');
    expect(outcome.stderr.trim()).toMatch(/^error: The fixture hit an error \(it keeps running\): stray callback failed\. This looks like a bug[^\n]*$/);
  });
});

describe('failureMessage', () => {
  const spec = { usage: 'Usage: npm run x', task: 'The build' };

  it('gives an unexpected error one line, its first, with where to go from here', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')\n    at somewhere (file.ts:1:1)");
    expect(failureMessage(bug, spec)).toBe(
      "error: The build failed: Cannot read properties of undefined (reading 'x'). This looks like a bug in Wachsam: run the command again with --debug and report what it prints.",
    );
    const multiLine = Object.assign(new Error('\u001b[31m[vite]: Rollup failed\u001b[39m\nframe 1\nframe 2'), { code: 'PLUGIN_ERROR' });
    expect(failureMessage(multiLine, spec)).toMatch(/^error: The build failed: \[vite\]: Rollup failed\. This looks like a bug/);
    expect(failureMessage('a thrown string', spec)).toBe('error: a thrown string');
  });

  it('prints a message of our own as it is, and the usage after a command-line mistake', () => {
    expect(failureMessage(new Error("No raffle database at x. Pass the receiver's database with --db FILE."), spec)).toBe(
      "error: No raffle database at x. Pass the receiver's database with --db FILE.",
    );
    expect(failureMessage(new UsageError('--winners N is required.'), spec)).toBe('error: --winners N is required.\n\nUsage: npm run x');
  });

  it('names the disk being full, a missing permission, a read-only drive and an unknown host name', () => {
    const system = (code: string) => Object.assign(new Error(`${code}: something, open '/x/y'`), { code, path: '/x/y' });
    expect(failureMessage(system('ENOSPC'), spec)).toMatch(/The disk is full/);
    expect(failureMessage(system('EACCES'), spec)).toMatch(/You may not use "\/x\/y": check its permissions/);
    expect(failureMessage(system('EROFS'), spec)).toMatch(/read-only drive/);
    expect(failureMessage(system('ENOTFOUND'), spec)).toMatch(/No machine answers to that name: check --host\.$/);
  });
});
