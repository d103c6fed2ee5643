/**
 * pdf.js drops rejected promises of its own on some damaged files (it fetches every page's object
 * ahead while walking to the first page, and drops those fetches when the walk fails). In Node, a
 * rejection nobody observes ends the process by default, after `parsePdf` has returned. Each case
 * runs in a process of its own, as a program using the library runs, without a listener of its own.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { madeByPdfJs } from '../../src/parse/pdf/orphans.js';
import { CORPUS_DIR } from '../support/truth.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = mkdtempSync(join(tmpdir(), 'zfxxgk-dropped-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Replaces the first `from` after `after` by `to`, of the same length. */
function edit(bytes: Uint8Array, after: string, from: string, to: string): void {
  const text = new TextDecoder('latin1').decode(bytes);
  const at = text.indexOf(from, text.indexOf(after));
  expect(at).toBeGreaterThan(0);
  bytes.set(new TextEncoder().encode(to), at);
}

/**
 * The 淮安 report with page 2's dictionary left open (`/Type /Page>>` → `/Type /PageD>`) and page 4's
 * object header unreadable (`48 0 obj` → `48X0 obj`): pdf.js rejects its fetch of page 4, made
 * ahead, with nobody to see it.
 */
function damagedReport(): string {
  const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, '2024-huaian-szf.pdf')));
  edit(bytes, '\n34 0 obj', '/Type /Page>>', '/Type /PageD>');
  edit(bytes, '\nendobj\n48 0 obj', '48 0 obj', '48X0 obj');
  const file = join(work, 'damaged.pdf');
  writeFileSync(file, bytes);
  return file;
}

/** Runs a module in a Node process of its own (the source through tsx), with no listener of its own. */
function runInNode(code: string) {
  const script = join(work, `case-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(script, code);
  return spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
}

const pdfModule = JSON.stringify(join(root, 'src/parse/pdf/index.ts'));

describe('rejections pdf.js drops', () => {
  it('do not end the process of a program that read a damaged file', () => {
    const file = JSON.stringify(damagedReport());
    const run = runInNode(`
      import { readFileSync } from 'node:fs';
      import { parsePdf } from ${pdfModule};
      const before = process.listenerCount('unhandledRejection');
      const result = await parsePdf(new Uint8Array(readFileSync(${file})), { timeoutMs: 60_000 });
      console.log(result.findings.map((f) => f.code).join(','));
      // The documents are destroyed once pdf.js has settled what it was doing: wait for that.
      for (let i = 0; i < 200 && process.listenerCount('unhandledRejection') > before; i++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 500));
      console.log('alive', before, process.listenerCount('unhandledRejection'));
    `);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The file is said to be damaged, and the listener is gone once the read is over.
    expect(run.stdout).toBe('PARSE-PDF-INVALID\nalive 0 0\n');
  });

  it('still end it, as Node would, for a rejection of its own made during a read', () => {
    const run = runInNode(`
      import { readFileSync } from 'node:fs';
      import { parsePdf } from ${pdfModule};
      const reading = parsePdf(new Uint8Array(readFileSync(${JSON.stringify(join(CORPUS_DIR, '2024-huaian-szf.pdf'))})));
      Promise.reject(new Error('the program dropped this one'));
      await reading;
      console.log('should not be reached');
    `);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('the program dropped this one');
    expect(run.stdout).toBe('');
  });

  it('are told apart by the pdf.js worker code in their stack', () => {
    const dropped = new Error('Bad (uncompressed) XRef entry: 48R');
    dropped.stack = `XRefEntryException: Bad (uncompressed) XRef entry: 48R\n    at XRef.fetchUncompressed (file:///app/node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs:64700:15)`;
    expect(madeByPdfJs(dropped)).toBe(true);
    expect(madeByPdfJs(new Error('the program dropped this one'))).toBe(false);
    expect(madeByPdfJs('a string')).toBe(false);
    expect(madeByPdfJs(null)).toBe(false);
  });
});
