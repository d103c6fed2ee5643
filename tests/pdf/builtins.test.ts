/**
 * pdf.js's legacy build replaces a few built-ins with slower core-js polyfills; reading a PDF
 * must leave the program's built-ins as they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { CORPUS_DIR } from '../support/truth.js';

const builtins = () => [Array.prototype.push, JSON.parse, JSON.stringify];

// First, so that pdf.js and its worker code are loaded by a file that cannot be opened.
it('leaves them as they were when the file cannot be read', async () => {
  const before = builtins();
  const { findings } = await parsePdf(new TextEncoder().encode('%PDF-1.4\nnot a PDF'));
  expect(findings.map((f) => f.code)).toContain('PARSE-PDF-INVALID');
  expect(builtins()).toEqual(before);
});

it('leaves Array.prototype.push, JSON.parse and JSON.stringify as they were', async () => {
  const before = builtins();
  const { report } = await parsePdf(new Uint8Array(readFileSync(join(CORPUS_DIR, '2024-huaian-szf.pdf'))));
  expect(report).not.toBeNull();
  expect(builtins()).toEqual(before);
  expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.enumerable).toBe(false);
});
