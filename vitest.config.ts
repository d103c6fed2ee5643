import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Property tests and the end-to-end runs of dist/cli.js take seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
