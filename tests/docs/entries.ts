/**
 * The package's public entries, from its `exports` map and the build's entry list: each import
 * path (`zfxxgk`, `zfxxgk/parse`, …) with its source file and its built ES module.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsupConfig from '../../tsup.config.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Entry {
  /** What users import: `zfxxgk`, `zfxxgk/parse`. */
  importPath: string;
  /** The source file, relative to the root: `src/parse/index.ts`. */
  source: string;
  /** The built ES module, relative to the root: `dist/parse.js`. */
  dist: string;
}

interface PackageJson {
  name: string;
  exports: Record<string, string | { import?: { default?: string } }>;
}

export function publicEntries(): Entry[] {
  const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as PackageJson;
  const configs = Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig];
  const sources: Record<string, string> = Object.assign(
    {},
    ...configs.map((c) => (typeof c === 'object' && c.entry && !Array.isArray(c.entry) ? c.entry : {})),
  );
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const dist = typeof target === 'object' ? target.import?.default : undefined;
    const name = dist && /^\.\/dist\/(.+)\.js$/.exec(dist)?.[1];
    const source = name && sources[name];
    if (!dist || !source) return [];
    return [
      { importPath: subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`, source, dist: dist.slice(2) },
    ];
  });
}
