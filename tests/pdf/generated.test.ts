/**
 * Reports rendered as PDFs the way a word processor prints them, read back exactly: every cell,
 * blank or 0 or a decimal, whichever rows the page breaks fall in (merged label cells split at the
 * break, page numbers between the halves, rows of several lines broken between their lines or
 * moved whole to the next page), in both formats.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCells, type FormatVersion, type ValueKind } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { cleanReport } from '../support/reports.js';
import { reportPdf } from './report-pdf.js';

const tablesOf = (r: Report | null) => (r ? { table2: r.table2, table3: r.table3, table4: r.table4 } : null);

const value = (kind: ValueKind): fc.Arbitrary<number | null> =>
  fc.option(
    kind === 'signed' ? fc.integer({ min: -500, max: 500 }) : kind === 'count' ? fc.nat({ max: 99_999 }) : fc.nat({ max: 999_999 }).map((n) => n / 10),
    { nil: null, freq: 5 },
  );

const report = (format: FormatVersion): fc.Arbitrary<Report> => {
  const cells = formatCells(format);
  return fc.tuple(...cells.map((c) => value(c.columnDef.kind))).map((values) => {
    const r = cleanReport(format) as Report;
    const tables = r as unknown as Record<string, Record<string, Record<string, number | null>>>;
    cells.forEach((c, i) => {
      tables[`table${c.table}`]![c.row]![c.column] = values[i] as number | null;
    });
    return r;
  });
};

describe('PDFs of generated reports', () => {
  it('read back every cell as printed, wherever the pages break', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<FormatVersion>('2021', '2019').chain(report), fc.integer({ min: 0, max: 40 }), fc.boolean(), async (r, preambleLines, breakRows) => {
        const { report: read, findings } = await parsePdf(reportPdf(r, { preambleLines, breakRows }));
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(tablesOf(read)).toEqual(tablesOf(r));
      }),
      // A failure is reported as drawn, with its seed and path to replay it: shrinking re-renders
      // and re-reads a PDF per step, which would take minutes.
      { numRuns: 60, endOnFailure: true },
    );
  }, 60_000);
});
