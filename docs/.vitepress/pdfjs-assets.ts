/**
 * pdf.js's character maps and standard font data, served with the site under pdfjs/ (the checker
 * fetches the few a PDF needs, from the site itself, only when it reads a PDF). The build copies
 * them (see `buildEnd` in the config); the dev server serves them from node_modules.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
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

/** Copy pairs for the build: from the pdfjs-dist folder to the site path. */
pdfjsAssets.directories = Object.entries(FOLDERS).map(([to, from]) => [from, to] as const);
