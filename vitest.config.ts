import { defineConfig } from 'vitest/config';

/**
 * Test files that build a course, spawn a command line or start a server with vite (a setup file makes
 * those fail in the unit project), or that take seconds of CPU each (the fuzz sample, readability and
 * contrast over every lesson and theme, schema validation in WebAssembly, the receiver under abuse):
 * the `integration` project. Everything else under test/ is `unit`, which `npm run test:fast` runs.
 */
const INTEGRATION = [
  'test/cli/**/*.test.ts',
  'test/dev/**/*.test.ts',
  'test/scorm/buildScormPackage.test.ts',
  'test/compiler/symlinks.test.ts',
  'test/raffle/raffleExport.test.ts',
  'test/raffle/rafflePurge.test.ts',
  'test/compiler/fuzz.test.ts',
  'test/compiler/readability.test.ts',
  'test/compiler/themeContrast.test.ts',
  'test/compiler/newTheme.test.ts',
  'test/scorm/scormManifest.test.ts',
  'test/raffle/raffleServerAbuse.test.ts',
  // Runs Biome on probe files for each layer.
  'test/architecture/layers.test.ts',
];

/**
 * Unit test files that replace modules (vi.mock) or globals: they get a module registry of their own.
 * The other unit files share one per worker (`isolate: false`), which saves most of their CPU time.
 */
const REPLACES_MODULES = [
  'test/raffle/sqliteMissing.test.ts',
  'test/scorm/runtime/scormTracker.test.ts',
  'test/player/raffleEntryQueue.test.ts',
  'test/player/completionOutbox.test.ts',
  'test/player/loadLessonContent.test.ts',
];
const PURE = { include: ['test/**/*.test.ts'], setupFiles: ['test/support/pureGuard.ts'] };

/** Unit tests only. Own file so vite.config.ts (the player's build) is not loaded for tests. */
export default defineConfig({
  test: {
    environment: 'node',
    // Some tests spawn the CLI or build the course; a loaded CI machine must not time them out.
    testTimeout: 30_000,
    // Vitest's default on a 2-core machine is one worker, but many integration files wait on a spawned
    // command, a server or the disk: two workers keep both cores busy (measured: 101 s → 86 s wall).
    maxWorkers: 2,
    // Compiling the default course in beforeAll takes more than the default 10 s on a loaded machine.
    hookTimeout: 60_000,
    // Fixture courses are built once per run into test-results/fixtures/unit/ (test/support/builtCourse.ts).
    globalSetup: ['test/support/unitGlobalSetup.ts'],
    projects: [
      { extends: true, test: { ...PURE, name: 'unit', exclude: [...INTEGRATION, ...REPLACES_MODULES], isolate: false } },
      { extends: true, test: { ...PURE, name: 'unit-isolated', include: REPLACES_MODULES } },
      // A spawned CLI on a loaded 2-core machine can take more than the default 30 s. Its files share one
      // module registry per worker too: vite, Babel and the compiler then load once per worker, not once
      // per file (measured: the project's CPU time 125 s → 86 s). Its files restore what they replace.
      { extends: true, test: { name: 'integration', include: INTEGRATION, testTimeout: 120_000, isolate: false } },
    ],
  },
});
