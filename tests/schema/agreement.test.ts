import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCells } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import { safeValidateReport } from '../../src/model/validate.js';
import { report2019Schema, report2021Schema, reportSchema } from '../../src/schema/index.js';
import { anyValidReport, brokenReport, validReportInput } from './arbitraries.js';

/** Both validators give the same verdict, and the same report when they accept. */
function expectAgreement(input: unknown): boolean {
  const ours = safeValidateReport(input);
  const zod = reportSchema.safeParse(input);
  expect(
    zod.success,
    `safeValidateReport says ${ours.success ? 'valid' : JSON.stringify(ours.issues)}; zod says ${zod.success ? 'valid' : JSON.stringify(zod.error.issues)}`,
  ).toBe(ours.success);
  if (ours.success && zod.success) expect(zod.data).toEqual(ours.report);
  return ours.success;
}

describe('reportSchema agrees with safeValidateReport', () => {
  it('accepts every valid report of either format, with the same result', () => {
    fc.assert(
      fc.property(anyValidReport, (input) => {
        expect(expectAgreement(input)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same verdict on reports with one thing changed', () => {
    let rejected = 0;
    let runs = 0;
    fc.assert(
      fc.property(brokenReport, (input) => {
        runs += 1;
        if (!expectAgreement(input)) rejected += 1;
      }),
      { numRuns: 600 },
    );
    // Most changes break a rule; some (a signed cell set to -1, a count to 0) do not.
    expect(rejected).toBeGreaterThan(runs / 2);
  });

  it('gives the same verdict on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => void expectAgreement(input)),
      { numRuns: 300 },
    );
  });

  it('rejects what the model rejects, case by case', () => {
    const base = () => JSON.parse(JSON.stringify(emptyReport({ format: '2021', agency: '某县财政局', year: 2024 })));
    const cases: [string, (r: Record<string, any>) => void][] = [
      ['a fractional count', (r) => (r.table3.received.natural = 1.5)],
      ['a negative count', (r) => (r.table4.review.upheld = -1)],
      ['a negative fee', (r) => (r.table2.fees.feeAmount = -0.1)],
      ['a number as a string', (r) => (r.table3.received.total = '3')],
      ['a missing cell', (r) => delete r.table3.received.total],
      ['an unknown row', (r) => (r.table3.bogus = {})],
      ['an unknown meta key', (r) => (r.meta.author = 'x')],
      ['an impossible date', (r) => (r.meta.published = '2025-02-29')],
      ['a date in year 50', (r) => (r.meta.published = '0050-01-01')],
      ['a blank agency', (r) => (r.meta.agency = '   ')],
      ['an unknown format', (r) => (r.format = '2020')],
      ['an unknown unit cell', (r) => (r.units = { 'fees/nothing': '元' })],
      ['an empty unit', (r) => (r.units = { 'fees/feeAmount': '' })],
    ];
    for (const [name, breakIt] of cases) {
      const input = base();
      breakIt(input);
      expect(safeValidateReport(input).success, name).toBe(false);
      expect(reportSchema.safeParse(input).success, name).toBe(false);
    }
    const own = JSON.parse('{"__proto__": {"polluted": true}}');
    const withProto = { ...base(), table2: { ...base().table2, ...own } };
    expect(reportSchema.safeParse(withProto).success).toBe(false);
    expect(safeValidateReport(withProto).success).toBe(false);
  });

  it('keeps the signed 2019 增/减 column signed and the 2021 fee a decimal', () => {
    const r2019 = JSON.parse(JSON.stringify(emptyReport({ format: '2019', agency: '某市政府办公厅', year: 2019 })));
    const signed = formatCells('2019').find((c) => c.columnDef.kind === 'signed');
    if (!signed) throw new Error('the 2019 format has no signed column');
    r2019.table2[signed.row][signed.column] = -3;
    expect(reportSchema.safeParse(r2019).success).toBe(true);
    expect(safeValidateReport(r2019).success).toBe(true);
    const r2021 = JSON.parse(JSON.stringify(emptyReport({ format: '2021', agency: '某县财政局', year: 2024 })));
    r2021.table2.fees.feeAmount = 96171.6;
    expect(report2021Schema.safeParse(r2021).success).toBe(true);
    expect(report2019Schema.safeParse(r2021).success).toBe(false);
  });

  it('discriminates on format: a 2021 table under format 2019 is rejected', () => {
    fc.assert(
      fc.property(validReportInput('2021'), (input) => {
        const relabelled = { ...input, format: '2019' };
        expect(reportSchema.safeParse(relabelled).success).toBe(false);
        expect(safeValidateReport(relabelled).success).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
