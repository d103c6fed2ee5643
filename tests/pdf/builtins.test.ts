/**
 * pdf.js's legacy build replaces a few built-ins with slower core-js polyfills; reading a PDF
 * must leave the program's built-ins as they were.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { CORPUS_DIR } from '../support/truth.js';

it('leaves Array.prototype.push, JSON.parse and JSON.stringify as they were', async () => {
  const before = [Array.prototype.push, JSON.parse, JSON.stringify];
  const { report } = await parsePdf(new Uint8Array(readFileSync(join(CORPUS_DIR, '2024-huaian-szf.pdf'))));
  expect(report).not.toBeNull();
  expect([Array.prototype.push, JSON.parse, JSON.stringify]).toEqual(before);
  expect(Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.enumerable).toBe(false);
});
