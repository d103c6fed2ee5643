import { defineConfig } from 'tsup';

// One entry per public subpath; a user who imports only `zfxxgk` loads neither zod nor a reader.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
  },
]);
