/**
 * Files that are not readable reports: scans without a text layer, password-protected, damaged,
 * truncated and oversized PDFs give a clear finding, never an exception or a hang. Fuzzed bytes of
 * the real report (truncations and byte flips) too, within a bounded time.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfLayout, parsePdf } from '../../src/parse/pdf/index.js';
import { CORPUS_DIR } from '../support/truth.js';
import { minimalPdf } from './minimal-pdf.js';

const real = new Uint8Array(readFileSync(join(CORPUS_DIR, '2024-huaian-szf.pdf')));
const codes = (r: { findings: { code: string }[] }) => r.findings.map((f) => f.code);

describe('PDFs that cannot be read', () => {
  it('says a scan without a text layer needs OCR, and guesses nothing', async () => {
    const scan = minimalPdf([{ marks: [{ box: [50, 50, 500, 700] }] }, { marks: [{ box: [50, 50, 500, 700] }] }]);
    const result = await parsePdf(scan, { lang: 'en' });
    expect(result.report).toBeNull();
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: 'PARSE-PDF-NO-TEXT',
        severity: 'error',
        message: expect.stringContaining('OCR'),
      }),
    ]);
  });

  it('notes a page without text among pages with text', async () => {
    const mixed = minimalPdf([
      { marks: [{ text: 'Annual report', x: 72, y: 700 }] },
      { marks: [{ box: [50, 50, 500, 700] }] },
    ]);
    const { findings } = await extractPdfLayout(mixed);
    expect(findings).toEqual([
      expect.objectContaining({ code: 'PARSE-PDF-PAGE-NO-TEXT', severity: 'warning', loc: { page: 2 } }),
    ]);
  });

  it('says a password-protected PDF cannot be read', async () => {
    const locked = minimalPdf([{ marks: [{ text: 'secret', x: 72, y: 700 }] }], { encrypted: true });
    expect(codes(await parsePdf(locked))).toEqual(['PARSE-PDF-ENCRYPTED']);
  });

  it('says a file that is not a PDF, or is cut short, is invalid', async () => {
    expect(codes(await parsePdf(new TextEncoder().encode('<html>not a pdf</html>')))).toEqual(['PARSE-PDF-INVALID']);
    expect(codes(await parsePdf(new Uint8Array(0)))).toEqual(['PARSE-PDF-INVALID']);
    expect(codes(await parsePdf(real.slice(0, 1000)))).toEqual(['PARSE-PDF-INVALID']);
  });

  it('refuses files and page counts over the limits', async () => {
    expect(codes(await parsePdf(real, { maxBytes: 1000 }))).toEqual(['PARSE-PDF-TOO-LARGE']);
    expect(codes(await parsePdf(real, { maxPages: 3 }))).toEqual(['PARSE-PDF-TOO-LARGE']);
  });

  it('gives up with a finding when the time limit is reached', async () => {
    const result = await parsePdf(real, { timeoutMs: 1 });
    expect(codes(result)).toEqual(['PARSE-PDF-TIMEOUT']);
    expect(result.report).toBeNull();
  });

  it('lets a rule be switched off or its severity changed, as for the checks', async () => {
    const scan = minimalPdf([{ marks: [{ box: [50, 50, 500, 700] }] }]);
    expect((await parsePdf(scan, { rules: { 'PARSE-PDF-NO-TEXT': 'warning' } })).findings[0]?.severity).toBe('warning');
    expect((await parsePdf(scan, { rules: { 'PARSE-PDF-NO-TEXT': 'off' } })).findings).toEqual([]);
  });
});

describe('fuzzed bytes of the real report', () => {
  /**
   * Reads under the reader's own time limit and returns the result; fails the property on an
   * exception, and on a hang through the test's time limit (no clock bound here: one run's time
   * is not a thing to assert on a busy machine).
   */
  const readBounded = async (bytes: Uint8Array) => {
    const result = await parsePdf(bytes, { timeoutMs: 4000 });
    // Either a report, or findings that say why there is none; never a silent nothing.
    if (result.report === null) expect(result.findings.length).toBeGreaterThan(0);
    return result;
  };

  it('never throws or hangs on truncations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: real.length - 1 }), async (cut) => {
        await readBounded(real.slice(0, cut));
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it('never throws or hangs on byte flips, and never invents a value where none is printed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: real.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 20,
        }),
        async (flips) => {
          const bytes = real.slice();
          for (const [at, value] of flips) bytes[at] = value;
          const { report } = await readBounded(bytes);
          // Whatever was read is a number from the page or blank: never NaN or a negative count.
          for (const row of Object.values(report?.table3 ?? {})) {
            for (const v of Object.values(row as Record<string, number | null>))
              expect(v === null || (Number.isInteger(v) && v >= 0)).toBe(true);
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
