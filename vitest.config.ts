import { defineConfig } from 'vitest/config';

/** Unit tests only. Own file so vite.config.ts (the player's build) is not loaded for tests. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
