/**
 * Single edits of generated reports printed as PDF (ruled tables, the way a word processor prints
 * them), read back through pdf.js: every cell is the value printed, the value the edit left there,
 * or blank with a finding naming the cell as not read. Never a silent change. The oracle is the
 * generator (tests/support/table-edits.ts), which knows what it printed and what the edit changed.
 *
 * The reports are printed with their Chinese as CIDs and a ToUnicode map of the characters used
 * (as word processors write the subset fonts they embed): pdf.js reads such a PDF in about a third
 * of the time it takes with the predefined CMap the other PDF tests use, which it builds again for
 * every document (about 120 ms a report here instead of 500 under load). The normal run reads 300
 * edited reports;
 * `ZFXXGK_MUTATION_RUNS=10000 npx vitest run tests/pdf/mutation.test.ts` reads as many as asked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { silentChanges } from '../support/oracle.js';
import { cleanReport } from '../support/reports.js';
import {
  acceptedAfter,
  describeEdit,
  type Edit,
  EDIT_KINDS,
  editedReportArb,
  mutationRuns,
  printerOf,
  type ValuePrinter,
  valueRows,
} from '../support/table-edits.js';
import { reportPdf } from './report-pdf.js';

const RUNS = mutationRuns(300);

describe('PDF reports edited once', () => {
  it(
    `read every cell as printed, as edited, or blank with a finding (${RUNS} edited reports)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(editedReportArb(EDIT_KINDS), fc.nat(12), async ([report, edit], preambleLines) => {
          const pdf = reportPdf(report, { preambleLines, printer: printerOf(edit, report.format), cjk: 'tounicode' });
          const read = await parsePdf(pdf, { timeoutMs: 600_000 });
          expect(silentChanges(report.format, read, acceptedAfter(edit, report)), describeEdit(edit, report)).toEqual(
            [],
          );
        }),
        { numRuns: RUNS },
      );
    },
    120_000 + RUNS * 3000,
  );
});

describe('a cell deleted beside a blank one', () => {
  // Found by the property (case 831 of a 10,000-case run): a 2019 report whose 政府集中采购 row
  // prints 40 and a blank; the 40's cell is deleted, and the row's one blank cell was read as
  // the row, 40 blank without a finding.
  it('is blank with a finding naming the row', async () => {
    const report = cleanReport('2019');
    const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
    tables.table2 = { ...tables.table2, procurement: { projects: 40, amount: null } };
    const row = valueRows('2019').findIndex((refs) => refs[0]?.row === 'procurement');
    const edit: Edit = { kind: 'delete-cell', row, at: 0, other: 0, mark: '', offset: 0 };
    const read = await parsePdf(reportPdf(report, { printer: printerOf(edit, '2019'), cjk: 'tounicode' }));
    expect(silentChanges('2019', read, acceptedAfter(edit, report))).toEqual([]);
    expect((read.report as unknown as typeof tables).table2?.procurement).toEqual({ projects: null, amount: null });
  });
});

describe('a number a double cannot hold', () => {
  it('is a finding naming its cell, never a rounded number', async () => {
    const big: ValuePrinter = (cells) =>
      cells.map((c) => ({
        text: c.ref.row === 'received' && c.ref.column === 'natural' ? '9007199254740993' : c.text,
        span: 1,
      }));
    const { report, findings } = await parsePdf(reportPdf(cleanReport('2021'), { printer: big }));
    expect(report?.table3.received.natural).toBeNull();
    expect(findings).toContainEqual(
      expect.objectContaining({
        code: 'PARSE-VALUE-INVALID',
        path: ['table3', 'received', 'natural'],
        quote: '9007199254740993',
      }),
    );
  });
});
