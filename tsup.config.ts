import { defineConfig } from 'tsup';

// One entry per public subpath; a user who imports only `zfxxgk` loads neither zod nor a reader.
// `dist/` is emptied by the `prebuild` script: the configs below build in parallel, so neither
// may clean it.
// pdf.js is an optional dependency: tsup leaves dependencies and peers out of the bundles, not
// optional ones, so it is named here. It is loaded only when a PDF is read.
// DuckDB is optional in the same way, and loaded only by `zfxxgk scan` and `zfxxgk query`.
const external = ['pdfjs-dist', '@duckdb/node-api'];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schema: 'src/schema/index.ts',
      rules: 'src/findings/index.ts',
      parse: 'src/parse/index.ts',
      // The PDF reader loads the optional peer pdfjs-dist on demand; the DOCX reader never does.
      pdf: 'src/parse/pdf/index.ts',
      docx: 'src/parse/docx/index.ts',
      // Rendering: HTML, Markdown and text in one small pure entry; the DOCX writer (with its
      // zip writer) in its own, so a page that renders HTML does not load it.
      render: 'src/render/index.ts',
      'render-docx': 'src/render/docx/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    external,
  },
  {
    // The command line and the worker of its batch pool: ESM for Node only, the bundles allowed to
    // use Node built-ins. Not split, so that no chunk they share sits among the library's.
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/batch/worker.ts' },
    format: ['esm'],
    splitting: false,
    external,
    dts: false,
    sourcemap: true,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
