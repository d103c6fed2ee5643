/**
 * Files that are not readable reports: scans without a text layer, password-protected, damaged,
 * truncated and oversized PDFs give a clear finding, never an exception or a hang. Damage pdf.js
 * reads past in silence (a font it cannot read, content it skips) is named cell by cell. Fuzzed
 * bytes of the real report (truncations and byte flips) never change a figure in silence: the
 * oracle is the hand-checked truth file.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPdfLayout, parsePdf } from '../../src/parse/pdf/index.js';
import type { Finding } from '../../src/findings/types.js';
import type { Report } from '../../src/model/types.js';
import { namesCell, silentChanges, cellValue } from '../support/oracle.js';
import { cleanReport } from '../support/reports.js';
import { CORPUS_DIR, readTruth, truthToReport } from '../support/truth.js';
import { minimalPdf } from './minimal-pdf.js';
import { reportPdf } from './report-pdf.js';

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

describe('damage pdf.js reads past without a word', () => {
  it('names the cells read blank on a page whose font could not be read', async () => {
    // One byte of a font dictionary: pdf.js cannot read the font the figures of table 2 are set in,
    // and leaves their text out of the page without an error.
    const bytes = real.slice();
    bytes[3926] = 13;
    const { report, findings } = await parsePdf(bytes, { lang: 'en' });
    const damaged = findings.filter((f) => f.code === 'PARSE-PDF-PAGE-DAMAGED');
    expect(damaged.map((f) => f.loc?.page)).toContain(3);
    const table2 = report?.table2 as unknown as Record<string, Record<string, number | null>>;
    expect(table2.rules).toEqual({ issued: null, repealed: null, inForce: null });
    for (const column of ['issued', 'repealed', 'inForce'])
      expect(damaged.some((f) => namesCell(f, { table: '2', row: 'rules', column }))).toBe(true);
    expect(damaged.find((f) => f.loc?.page === 3)?.message).toContain('「规章」本年制发件数');
  });

  it('reads a page whose content is damaged past the damage, every cell on it unknown and named', async () => {
    // An operator that stops pdf.js read strictly (a graphics state given by number) in the page
    // that holds table 3, where a lenient read goes on: every cell read there is in doubt.
    const pdf = reportPdf(cleanReport('2021'));
    const text = new TextDecoder('latin1').decode(pdf);
    const label = [...'（一）予以公开'].map((c) => (c.codePointAt(0) as number).toString(16).padStart(4, '0')).join('');
    const at = text.indexOf('0.5 w', text.indexOf(label));
    const bytes = pdf.slice();
    bytes.set(new TextEncoder().encode('1 gs '), at);
    const { report, findings, sourceMap } = await parsePdf(bytes, { lang: 'en' });
    const damaged = findings.find((f) => f.code === 'PARSE-PDF-PAGE-DAMAGED');
    expect(damaged?.message).toContain('could only be read past the damage');
    const page = damaged?.loc?.page;
    const onPage = Object.entries(sourceMap.cells).filter(([, loc]) => loc.page === page);
    expect(onPage.length).toBeGreaterThan(0);
    for (const [key] of onPage) {
      const [table, row, column] = key.split('/') as [string, string, string];
      const ref = { table: table as '2' | '3' | '4', row, column };
      expect(cellValue(report as Report, ref)).toBeNull();
      expect(namesCell(damaged as Finding, ref)).toBe(true);
    }
  });
});

describe('compressed data changed in the file (it fails its checksum)', () => {
  // Bytes of the compressed content of page 4 of the real report (table 3), changed so that it
  // still inflates and pdf.js reads it strictly without a word: one blanks a row's value, one
  // moves 3001 into the next column. Only the checksum tells.
  it.each([
    [348594, 0x01],
    [348970, 0x10],
  ])('names the page that uses it, every cell read there unknown (byte %i ^ %i)', async (at, mask) => {
    const bytes = real.slice();
    bytes[at] = (bytes[at] as number) ^ mask;
    const result = await parsePdf(bytes, { lang: 'en' });
    expect(codes(result)).toContain('PARSE-PDF-DAMAGED');
    const damaged = result.findings.filter((f) => f.code === 'PARSE-PDF-PAGE-DAMAGED');
    expect(damaged.map((f) => f.loc?.page)).toEqual([4]);
    expect(damaged[0]?.message).toContain('fails its checksum');
    expect(silentChanges('2021', result, (ref) => [cellValue(truth, ref) ?? null])).toEqual([]);
    // The other pages are read as printed.
    const elsewhere = Object.entries(result.sourceMap.cells).filter(([, loc]) => loc.page !== 4);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const [key] of elsewhere) {
      const [table, row, column] = key.split('/') as [string, string, string];
      const ref = { table: table as '2' | '3' | '4', row, column };
      expect(cellValue(result.report as Report, ref)).toBe(cellValue(truth, ref));
    }
  });
});

/** Where the compressed data of the real report lies: between `stream` and `endstream`. */
const streamData = (() => {
  const text = new TextDecoder('latin1').decode(real);
  const inside = new Uint8Array(real.length);
  for (let i = text.indexOf('stream'); i >= 0; i = text.indexOf('stream', i + 1)) {
    if (text.slice(i - 3, i) === 'end') continue;
    const end = text.indexOf('endstream', i);
    inside.fill(1, i + 'stream'.length, end);
    i = end;
  }
  return inside;
})();
const outsideStreams = [...real.keys()].filter((i) => streamData[i] === 0);
const truth = truthToReport(readTruth('2024-huaian-szf.pdf'));
/** Runs of the fuzzing properties: a few by default, more with ZFXXGK_FUZZ_RUNS. */
const RUNS = Number(process.env.ZFXXGK_FUZZ_RUNS ?? 15);

describe('fuzzed bytes of the real report', () => {
  /** Reads within a bounded time and returns the result; fails the property on an exception. */
  const readBounded = async (bytes: Uint8Array) => {
    const result = await parsePdf(bytes, { timeoutMs: 4000 });
    // Either a report, or findings that say why there is none; never a silent nothing.
    if (result.report === null) expect(result.findings.length).toBeGreaterThan(0);
    return result;
  };
  /** Every cell as printed (the hand-checked truth), or blank with a finding naming it. */
  const expectNoSilentChange = (result: Awaited<ReturnType<typeof readBounded>>) =>
    expect(silentChanges('2021', result, (ref) => [cellValue(truth, ref) ?? null])).toEqual([]);
  const flipsIn = (positions: fc.Arbitrary<number>) =>
    fc.array(fc.tuple(positions, fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 });

  it('never throws or hangs on truncations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: real.length - 1 }), async (cut) => {
        await readBounded(real.slice(0, cut));
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('never changes a figure in silence when bytes outside the compressed data are flipped', async () => {
    // Dictionaries, fonts' descriptions, the cross-reference table: damage pdf.js reads past.
    await fc.assert(
      fc.asyncProperty(flipsIn(fc.constantFrom(...outsideStreams)), async (flips) => {
        const bytes = real.slice();
        for (const [at, value] of flips) bytes[at] = value;
        expectNoSilentChange(await readBounded(bytes));
      }),
      { numRuns: RUNS },
    );
  }, 600_000);

  it('says the file is damaged when its compressed data is, and changes no figure in silence', async () => {
    await fc.assert(
      fc.asyncProperty(flipsIn(fc.integer({ min: 0, max: real.length - 1 })), async (flips) => {
        const bytes = real.slice();
        for (const [at, value] of flips) bytes[at] = value;
        const result = await readBounded(bytes);
        const changed = flips.some(([at, value]) => streamData[at] === 1 && real[at] !== value);
        const said = result.findings.some((f) => f.code === 'PARSE-PDF-DAMAGED');
        // A changed byte of compressed data always fails its checksum (or the file is not read).
        if (changed && result.report) expect(said).toBe(true);
        // The pages that use the changed data are named, every cell read there unknown.
        expectNoSilentChange(result);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
