/**
 * What the checker needs from the build besides Vite's defaults.
 *
 * pdf.js's character maps and standard font data are served with the site under pdfjs/ (the
 * checker fetches the few a PDF needs, from the site itself, only when it reads a PDF): the build
 * copies them (see `buildEnd` in the config), the dev server serves them from node_modules.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UserConfig } from 'vitepress';

type Plugin = Extract<NonNullable<NonNullable<UserConfig['vite']>['plugins']>[number], { name: string }>;

const PDFJS = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** The site path under which each pdf.js folder is served, and where it comes from. */
const FOLDERS: Record<string, string> = {
  'pdfjs/cmaps': join(PDFJS, 'cmaps'),
  'pdfjs/standard_fonts': join(PDFJS, 'standard_fonts'),
};

export function pdfjsAssets(): Plugin {
  return {
    name: 'zfxxgk:pdfjs-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').replace(/[?#].*$/, '')).replace(server.config.base, '');
        const folder = Object.keys(FOLDERS).find((f) => path.startsWith(`${f}/`));
        if (!folder) return next();
        const root = FOLDERS[folder] as string;
        const file = normalize(join(root, path.slice(folder.length)));
        if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return next();
        createReadStream(file).pipe(res);
      });
    },
  };
}

/**
 * `node:crypto` for the checker's worker, which runs the command line's per-file processing
 * (it hashes each file): the same `createHash('sha256')` in JavaScript.
 */
export function browserCrypto(): Plugin {
  const shim = fileURLToPath(new URL('./checker/node-crypto.ts', import.meta.url));
  return {
    name: 'zfxxgk:browser-crypto',
    enforce: 'pre',
    resolveId: (id) => (id === 'node:crypto' ? shim : undefined),
  };
}

/** Copy pairs for the build: from the pdfjs-dist folder to the site path. */
pdfjsAssets.directories = Object.entries(FOLDERS).map(([to, from]) => [from, to] as const);
