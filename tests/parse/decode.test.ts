/**
 * A page's bytes to text when they are not quite what they claim: one stray byte in a UTF-8 page
 * is a located finding on a page still read as UTF-8, not a reason to read it all as GB18030.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDocument, parse } from '../../src/parse/index.js';
import { CORPUS_DIR, readTruth, truthToReport } from '../support/truth.js';
import { tablesOf } from '../support/reports.js';
import { encodeGbk } from './gbk.js';

const FILE = '2024-beiguan-yjglj.txt';
const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, FILE)));
const text = new TextDecoder().decode(bytes);

/** The byte offset where line `line` (1-based) of the page starts. */
const lineStart = (line: number): number =>
  new TextEncoder().encode(
    text
      .split('\n')
      .slice(0, line - 1)
      .join('\n'),
  ).length + (line > 1 ? 1 : 0);

describe('a UTF-8 page with a stray byte', () => {
  it('is read as UTF-8, with the bad byte replaced and located, and the report read as printed', () => {
    // A stray 0xFF at the start of line 12, where a flipped byte or a cut page would leave one.
    const damaged = bytes.slice();
    const at = lineStart(12);
    damaged[at] = 0xff;
    const decoded = decodeDocument(damaged);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.invalid).toEqual({ count: 1, offset: at, line: 12, column: 1 });
    const { report, findings } = parse(damaged, { lang: 'en' });
    expect(findings[0]).toMatchObject({
      code: 'PARSE-ENCODING-INVALID',
      severity: 'warning',
      loc: { line: 12, column: 1 },
      message: expect.stringContaining(`line 12, column 1, byte offset ${at}`),
    });
    expect(tablesOf(report)).toEqual(tablesOf(truthToReport(readTruth(FILE))));
  });

  it('whichever byte of a Chinese character is broken, the finding points at that character', () => {
    // Where each three-byte character starts, and its line.
    const starts = [...bytes.keys()].filter((i) => (bytes[i] as number) >= 0xe0);
    fc.assert(
      fc.property(fc.constantFrom(...starts), fc.integer({ min: 0, max: 2 }), (start, k) => {
        const damaged = bytes.slice();
        damaged[start + k] = 0xff;
        const decoded = decodeDocument(damaged);
        expect(decoded.encoding).toBe('utf-8');
        expect(decoded.invalid?.offset).toBe(start);
        const before = new TextDecoder().decode(bytes.subarray(0, start));
        const lineText = before.slice(before.lastIndexOf('\n') + 1);
        expect(decoded.invalid).toMatchObject({ line: before.split('\n').length, column: lineText.length + 1 });
      }),
      { numRuns: 200 },
    );
  });

  it('still reads a GBK page as GB18030: its bytes are not UTF-8 almost everywhere', () => {
    const gbk = encodeGbk(text);
    const decoded = decodeDocument(gbk);
    expect(decoded).toEqual({ text, encoding: 'gb18030' });
    expect(parse(gbk).findings.map((f) => f.code)).not.toContain('PARSE-ENCODING-INVALID');
  });
});
