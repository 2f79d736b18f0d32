import { defineConfig } from 'vitest/config';

/** Unit tests only. Own file so vite.config.ts (the player's build) is not loaded for tests. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Some tests spawn the CLI or build the course; a loaded CI machine must not time them out.
    testTimeout: 30_000,
  },
});
