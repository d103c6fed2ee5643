/**
 * The built package: `dist/cli.js` run as a user runs it, and the bundles' imports. Builds first
 * when `dist/` is missing (a fresh clone running `npm test` alone).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asCsv, asJson, cleanReport2021, findingsOf, unbalancedReport } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');
let work: string;

beforeAll(() => {
  if (!existsSync(join(dist, 'cli.js')) || !existsSync(join(dist, 'index.js'))) {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  work = mkdtempSync(join(tmpdir(), 'zfxxgk-cli-'));
  writeFileSync(join(work, 'clean.csv'), asCsv(cleanReport2021()));
  writeFileSync(join(work, 'unbalanced.json'), asJson(unbalancedReport()));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], {
    cwd: work,
    input: stdin ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('dist/cli.js', () => {
  it('is an executable ES module script', () => {
    expect(readFileSync(join(dist, 'cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('exits 0 on a clean report, 1 on errors, 2 on an unreadable input', () => {
    const clean = cli(['check', 'clean.csv']);
    expect(clean).toMatchObject({ code: 0, err: '' });
    expect(clean.out).toContain('无问题');
    const unbalanced = cli(['check', 'unbalanced.json', '--format', 'json']);
    expect(unbalanced.code).toBe(1);
    expect(findingsOf(unbalanced.out).map((f) => f.code)).toContain('T3-BALANCE');
    const missing = cli(['check', 'absent.csv', '--lang', 'en']);
    expect(missing.code).toBe(2);
    expect(missing.out).toContain('unreadable: cannot read: ENOENT');
  });

  it('reads standard input for -', () => {
    const piped = cli(['export', '-', '--to', 'json'], asCsv(unbalancedReport()));
    expect(piped.code).toBe(0);
    expect(JSON.parse(piped.out)).toEqual(unbalancedReport());
    expect(cli(['check', '-'], asJson(unbalancedReport())).code).toBe(1);
  });

  it('prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toMatchObject({ code: 0, out: `${version}\n` });
  });
});

/** Every file an ES module bundle loads from `dist/`, following its relative imports. */
function bundleGraph(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const code = readFileSync(file, 'utf8');
    seen.set(file, code);
    for (const [, spec] of code.matchAll(/\bfrom\s*["']([^"']+)["']/g)) {
      if (spec?.startsWith('.')) visit(join(dirname(file), spec));
    }
  };
  visit(entry);
  return seen;
}

const importsOf = (code: string) =>
  [...code.matchAll(/\b(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1] as string);

describe('the bundles', () => {
  const isZod = (spec: string) => spec === 'zod' || spec.startsWith('zod/');
  const isNodeBuiltin = (spec: string) => spec.startsWith('node:') || builtinModules.includes(spec);

  it('dist/index.js (and every chunk it loads) does not import zod', () => {
    const graph = bundleGraph(join(dist, 'index.js'));
    expect(graph.size).toBeGreaterThan(0);
    expect([...graph.values()].flatMap(importsOf).filter(isZod)).toEqual([]);
    expect(importsOf(readFileSync(join(dist, 'index.cjs'), 'utf8')).filter(isZod)).toEqual([]);
  });

  it('no bundle but dist/cli.js and its worker imports a Node built-in', () => {
    const cli = ['cli.js', 'cli-worker.js'];
    const bundles = readdirSync(dist).filter((f) => /\.c?js$/.test(f) && !cli.includes(f));
    expect(bundles).toEqual(expect.arrayContaining(['index.js', 'index.cjs', 'schema.js', 'schema.cjs']));
    const offending = bundles.filter((f) => importsOf(readFileSync(join(dist, f), 'utf8')).some(isNodeBuiltin));
    expect(offending).toEqual([]);
    for (const f of cli) expect(importsOf(readFileSync(join(dist, f), 'utf8')).some(isNodeBuiltin)).toBe(true);
  });

  it('no bundle holds pdf.js: it is loaded from pdfjs-dist when a PDF is read', () => {
    const bundles = readdirSync(dist).filter((f) => /\.c?js$/.test(f));
    const holding = bundles.filter((f) => readFileSync(join(dist, f), 'utf8').includes('GlobalWorkerOptions'));
    expect(holding).toEqual([]);
    expect(importsOf(readFileSync(join(dist, 'pdf.js'), 'utf8'))).toContain('pdfjs-dist/legacy/build/pdf.mjs');
  });

  it('dist/schema.js is where zod is loaded', () => {
    const graph = bundleGraph(join(dist, 'schema.js'));
    expect([...graph.values()].flatMap(importsOf)).toContain('zod');
  });
});
