import { vi } from 'vitest';

/**
 * Setup file of the `unit` project (vitest.config.ts): a unit test that spawns a process or runs a
 * vite build fails at once, saying where such a test belongs, so `npm run test:fast` stays fast.
 */
function refuse(what: string): () => never {
  return () => {
    throw new Error(`A unit test may not ${what}: list its file under INTEGRATION in vitest.config.ts.`);
  };
}

vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:child_process')>();
  const blocked = {
    exec: refuse('spawn a process (exec)'),
    execFile: refuse('spawn a process (execFile)'),
    execFileSync: refuse('spawn a process (execFileSync)'),
    execSync: refuse('spawn a process (execSync)'),
    fork: refuse('spawn a process (fork)'),
    spawn: refuse('spawn a process (spawn)'),
    spawnSync: refuse('spawn a process (spawnSync)'),
  };
  return { ...original, ...blocked, default: { ...original, ...blocked } };
});

vi.mock('vite', async (importOriginal) => {
  const original = await importOriginal<typeof import('vite')>();
  return { ...original, build: refuse('build with vite'), createServer: refuse('start a vite server') };
});
