/**
 * pdf.js stays optional: a user who never reads PDFs neither installs nor loads it. Built into a
 * folder whose node_modules has every dependency but pdfjs-dist, the core and the DOCX reader work
 * and never reach pdf.js, and reading a PDF says exactly what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportDocx } from '../support/docx-writer.js';
import { cleanReport } from '../support/reports.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'zfxxgk-nopdfjs-'));
  const entries = ['src/index.ts', 'src/parse/docx/index.ts', 'src/parse/pdf/index.ts'];
  execFileSync(
    'npx',
    [
      'tsup',
      ...entries,
      '--no-config',
      '--format',
      'esm',
      '--out-dir',
      join(work, 'dist'),
      '--platform',
      'neutral',
      '--target',
      'es2022',
      '--silent',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  mkdirSync(join(work, 'node_modules'));
  for (const dep of Object.keys(pkg.dependencies))
    symlinkSync(join(root, 'node_modules', dep), join(work, 'node_modules', dep), 'dir');
  writeFileSync(join(work, 'package.json'), '{"type":"module"}');
  writeFileSync(join(work, 'report.docx'), reportDocx(cleanReport('2021'), { producer: 'wps' }));
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (code: string) =>
  spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: work, encoding: 'utf8' });

/** Every file a bundle reaches through its static imports. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\s(?:[^;]*?from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1] as string;
    if (spec.startsWith('.')) staticClosure(join(dirname(file), spec), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('without pdfjs-dist installed', () => {
  it('the core and the DOCX reader do not import pdf.js', () => {
    for (const entry of ['index.js', 'parse/docx/index.js']) {
      const reached = [...staticClosure(join(work, 'dist', entry))];
      expect(reached.some((f) => f.includes('pdfjs-dist') || /[/\\]parse[/\\]pdf[/\\]/.test(f))).toBe(false);
      for (const file of reached.filter((f) => f.endsWith('.js')))
        expect(readFileSync(file, 'utf8')).not.toContain('pdfjs-dist');
    }
  });

  it('reads a DOCX', () => {
    const out = run(
      "import { readFileSync } from 'node:fs'; import { parseDocx } from './dist/parse/docx/index.js';" +
        "const r = parseDocx(readFileSync('report.docx')); process.stdout.write(String(r.report.table3.received.total));",
    );
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(String(cleanReport('2021').table3.received.total));
  });

  it('reading a PDF throws an error that says what to install', () => {
    const out = run(
      "import { parsePdf, PdfSupportMissingError } from './dist/parse/pdf/index.js';" +
        "parsePdf(new Uint8Array([37, 80, 68, 70])).then(() => process.stdout.write('read'), (e) => process.stdout.write(String(e instanceof PdfSupportMissingError) + ' ' + e.message));",
    );
    expect(out.stdout).toMatch(
      /^true Reading PDF needs the optional peer dependency pdfjs-dist \(5\.x\): run `npm install pdfjs-dist`/,
    );
  });
});
