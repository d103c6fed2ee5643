/**
 * Files that are not readable DOCX reports give a finding, never an exception or a hang: damaged,
 * truncated and encrypted files, old .doc files, zip bombs, and fuzzed bytes of a real-shaped DOCX.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from '../../src/parse/docx/index.js';
import { compoundFile, withLyingSizes } from '../support/broken-files.js';
import { reportDocx } from '../support/docx-writer.js';
import { cleanReport } from '../support/reports.js';

const docx = reportDocx(cleanReport('2021'), { producer: 'word' });
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('DOCX files that cannot be read', () => {
  it('says a file that is not a ZIP, or has no document part, is not a valid DOCX', () => {
    expect(codes(parseDocx(strToU8('just text')))).toEqual(['PARSE-DOCX-INVALID']);
    expect(codes(parseDocx(new Uint8Array(0)))).toEqual(['PARSE-DOCX-INVALID']);
    expect(codes(parseDocx(zipSync({ 'word/other.xml': strToU8('<x/>') })))).toEqual(['PARSE-DOCX-INVALID']);
    expect(codes(parseDocx(zipSync({ 'word/document.xml': strToU8('<html>not word</html>') })))).toEqual([
      'PARSE-DOCX-INVALID',
    ]);
  });

  it('tells an old .doc from a password-protected DOCX', () => {
    expect(codes(parseDocx(compoundFile('WordDocument')))).toEqual(['PARSE-DOCX-LEGACY']);
    expect(codes(parseDocx(compoundFile('EncryptionInfo EncryptedPackage')))).toEqual(['PARSE-DOCX-ENCRYPTED']);
  });

  it('refuses a zip bomb before inflating it, whatever size its header claims', () => {
    // 40 MB of spaces that zip to a few dozen kilobytes.
    const honest = zipSync({ 'word/document.xml': [new Uint8Array(40 * 1024 * 1024).fill(0x20), { level: 9 }] });
    expect(honest.length).toBeLessThan(200_000);
    expect(codes(parseDocx(honest))).toEqual(['PARSE-DOCX-TOO-LARGE']);
    // The same entry with its declared size rewritten to 100 bytes: refused while inflating.
    const lying = withLyingSizes(honest);
    expect(codes(parseDocx(lying, { maxXmlBytes: 1024 * 1024 }))).toEqual(['PARSE-DOCX-TOO-LARGE']);
  });

  it('refuses files over the size limit', () => {
    expect(codes(parseDocx(docx, { maxBytes: 100 }))).toEqual(['PARSE-DOCX-TOO-LARGE']);
  });

  it('says a truncated file is damaged', () => {
    expect(codes(parseDocx(docx.slice(0, docx.length - 30)))).toEqual(['PARSE-DOCX-INVALID']);
    expect(codes(parseDocx(docx.slice(0, 200)))).toEqual(['PARSE-DOCX-INVALID']);
  });
});

describe('fuzzed bytes of a DOCX', () => {
  // A hang fails the property through the test's time limit; no clock is read here, since a
  // bound on one run's time fails on a busy machine.
  const read = (bytes: Uint8Array) => {
    const result = parseDocx(bytes);
    if (result.report === null) expect(result.findings.length).toBeGreaterThan(0);
    for (const row of Object.values(result.report?.table3 ?? {})) {
      for (const v of Object.values(row as Record<string, number | null>))
        expect(v === null || (Number.isInteger(v) && v >= 0)).toBe(true);
    }
  };

  it('never throws on truncations', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docx.length }), (cut) => read(docx.slice(0, cut))),
      { numRuns: 200 },
    );
  });

  it('never throws on byte flips', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: docx.length - 1 }), fc.nat({ max: 255 })), { minLength: 1, maxLength: 30 }),
        (flips) => {
          const bytes = docx.slice();
          for (const [at, v] of flips) bytes[at] = v;
          read(bytes);
        },
      ),
      { numRuns: 300 },
    );
  });
});
