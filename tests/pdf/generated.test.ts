/**
 * Reports rendered as PDFs the way a word processor prints them, read back exactly: every cell,
 * blank or 0 or a decimal, whichever rows the page breaks fall in (merged label cells split at the
 * break, page numbers between the halves, rows of several lines broken between their lines or
 * moved whole to the next page), in both formats.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormatVersion } from '../../src/format/index.js';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { printedReportArb } from '../support/arbitraries.js';
import { tablesOf } from '../support/reports.js';
import { reportPdf } from './report-pdf.js';

describe('PDFs of generated reports', () => {
  it('read back every cell as printed, wherever the pages break', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<FormatVersion>('2021', '2019').chain(printedReportArb),
        fc.integer({ min: 0, max: 40 }),
        fc.boolean(),
        async (r, preambleLines, breakRows) => {
          const { report: read, findings } = await parsePdf(reportPdf(r, { preambleLines, breakRows }));
          expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
          expect(tablesOf(read)).toEqual(tablesOf(r));
        },
      ),
      // A failure is reported as drawn, with its seed and path to replay it: shrinking re-renders
      // and re-reads a PDF per step, which would take minutes.
      { numRuns: 60, endOnFailure: true },
    );
    // About a quarter of a second of CPU a report (pdf.js builds the predefined CMap for each):
    // on a busy machine the 60 take minutes of the clock.
  }, 300_000);
});
