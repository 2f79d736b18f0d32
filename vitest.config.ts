import { defineConfig } from 'vitest/config';

/**
 * Test files that build a course, spawn a command line or start a server with vite: the `integration`
 * project. Everything else under test/ is `unit`, which `npm run test:fast` runs: pure tests in the
 * process, no build, no child process, no browser. A new test file that builds or spawns belongs here.
 */
const INTEGRATION = [
  'test/cli/**/*.test.ts',
  'test/dev/**/*.test.ts',
  'test/scorm/buildScormPackage.test.ts',
  'test/compiler/symlinks.test.ts',
  'test/raffle/raffleExport.test.ts',
  'test/raffle/rafflePurge.test.ts',
];

/** Unit tests only. Own file so vite.config.ts (the player's build) is not loaded for tests. */
export default defineConfig({
  test: {
    environment: 'node',
    // Some tests spawn the CLI or build the course; a loaded CI machine must not time them out.
    testTimeout: 30_000,
    // Fixture courses are built once per run into test-results/fixtures/unit/ (test/support/builtCourse.ts).
    globalSetup: ['test/support/unitGlobalSetup.ts'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: INTEGRATION, setupFiles: ['test/support/pureGuard.ts'] } },
      { extends: true, test: { name: 'integration', include: INTEGRATION } },
    ],
  },
});
