import { defineConfig } from 'vitest/config';

// The browser tests of the built site (`npm run docs:build` first): headless Chromium against the
// site served on 127.0.0.1. Run by `npm run test:site`, not by `npm test`.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // One browser at a time: the machine running CI is small.
    fileParallelism: false,
  },
});
