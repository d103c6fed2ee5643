/**
 * The package as npm would publish it: the tarball holds what `exports` and `bin` promise, the
 * license and the readme, and nothing of the repository's tests, corpus or docs; and every public
 * entry point is built, documented and size-budgeted (its API report is `npm run api:check`'s).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import tsupConfig from '../../tsup.config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const readJson = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));
const pkg = readJson('package.json');

type Target = string | { [condition: string]: Target };
/** The files a subpath export points to, under every condition. */
const targetFiles = (target: Target): string[] =>
  typeof target === 'string' ? [target] : Object.values(target).flatMap(targetFiles);
const bare = (path: string) => path.replace(/^\.\//, '');

/** The public entry points: subpaths of `exports` with types, and the ESM bundle each resolves to. */
const entryPoints = Object.entries(pkg.exports as Record<string, Target>)
  .filter(([, target]) => typeof target !== 'string')
  .map(([subpath, target]) => {
    const esm = bare(targetFiles((target as Record<string, Target>).import!).find((f) => f.endsWith('.js'))!);
    return { subpath, esm, bundle: esm.replace(/^dist\/|\.js$/g, '') };
  });

describe('the published tarball', () => {
  let packed: string[];

  beforeAll(() => {
    if (!existsSync(join(root, 'dist', 'index.js')))
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    const [tarball] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: root, encoding: 'utf8' }));
    packed = tarball.files.map((f: { path: string }) => f.path);
  }, 120_000);

  it('holds every file that exports and bin point to', () => {
    const promised = [
      ...Object.values(pkg.exports as Record<string, Target>).flatMap(targetFiles),
      ...Object.values(pkg.bin as Record<string, string>),
    ].map(bare);
    expect(promised.filter((file) => !packed.includes(file))).toEqual([]);
  });

  it('holds the license, the readme, and the changelog once a release has written it', () => {
    expect(packed).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json']));
    expect(packed.includes('CHANGELOG.md')).toBe(existsSync(join(root, 'CHANGELOG.md')));
  });

  it('holds nothing but the build, the JSON Schema and those files', () => {
    const allowed = /^(dist\/|schema\/|(LICENSE|README\.md|CHANGELOG\.md|package\.json)$)/;
    expect(packed.filter((file) => !allowed.test(file))).toEqual([]);
  });
});

describe('every public entry point', () => {
  const [library] = tsupConfig as { entry: Record<string, string> }[];
  const typedocEntries: string[] = readJson('typedoc.json').entryPoints;
  const budgets: { path: string }[] = readJson('.size-limit.json');

  it.each(entryPoints)('$subpath is built, documented and size-budgeted', ({ esm, bundle }) => {
    const source = library!.entry[bundle];
    expect(source, `a tsup entry named ${bundle}`).toBeDefined();
    expect(typedocEntries, 'a typedoc entry point').toContain(source);
    expect(
      budgets.some((b) => bare(b.path) === esm),
      `a size budget for ${esm} in .size-limit.json`,
    ).toBe(true);
  });
});
