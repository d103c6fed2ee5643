import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser tests of the built site run on their own: `npm run test:site` (vitest.site.config.ts).
    exclude: ['tests/site/**', '**/node_modules/**'],
    // The type tests (`*.test-d.ts`, `expectTypeOf`) run through tsc with the rest.
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: 'tsconfig.json' },
    // Property tests and the end-to-end runs of dist/cli.js take seconds, not milliseconds.
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
