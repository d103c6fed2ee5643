import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatCells, type FormatVersion } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import type { Report } from '../../src/model/types.js';
import { rollup } from '../../src/rollup/index.js';
import { consistentReportArb, deepFreeze } from '../support/arbitraries.js';
import { strictFindings, tablesOf } from './support.js';

type Tables = Record<string, Record<string, Record<string, number | null>>>;

/**
 * A consistent report in which some cells holding 0 are left blank, as real reports do (blank is
 * then exactly 0, so every relation still holds). The amount cell, when filled, is in 元.
 */
function reportArb(format: FormatVersion): fc.Arbitrary<Report> {
  const cells = formatCells(format);
  return fc
    .tuple(consistentReportArb(format), fc.array(fc.boolean(), { minLength: cells.length, maxLength: cells.length }))
    .map(([report, blank]) => {
      const tables = report as unknown as Tables;
      cells.forEach((c, i) => {
        const row = tables[`table${c.table}`]![c.row]!;
        if (blank[i] && row[c.column] === 0) row[c.column] = null;
      });
      // A unit is read only from a cell that holds a number.
      if (format === '2019' && tables.table2!.procurement!.amount !== null)
        report.units = { 'procurement/amount': '元' };
      return report;
    });
}

const meta = { agency: '合计' };

describe.each(['2019', '2021'] as const)('laws of rollup (%s format)', (format) => {
  const arb = reportArb(format);

  it('is commutative', () => {
    fc.assert(
      fc.property(arb, arb, (a, b) => {
        expect(tablesOf(rollup([a, b], meta).report)).toEqual(tablesOf(rollup([b, a], meta).report));
      }),
      { numRuns: 100 },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(arb, arb, arb, (a, b, c) => {
        const left = rollup([rollup([a, b], meta).report, c], meta).report;
        const right = rollup([a, rollup([b, c], meta).report], meta).report;
        expect(tablesOf(left)).toEqual(tablesOf(right));
        expect(tablesOf(left)).toEqual(tablesOf(rollup([a, b, c], meta).report));
      }),
      { numRuns: 100 },
    );
  });

  it('has the empty report as identity', () => {
    fc.assert(
      fc.property(arb, (a) => {
        const empty = emptyReport({ format, agency: '空', year: a.meta.year });
        const once = rollup([a], meta).report;
        expect(tablesOf(rollup([a, empty], meta).report)).toEqual(tablesOf(once));
        expect(tablesOf(rollup([empty, a], meta).report)).toEqual(tablesOf(once));
        expect(tablesOf(once)).toEqual(tablesOf(a));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every strict check passing', () => {
    fc.assert(
      fc.property(fc.array(arb, { minLength: 1, maxLength: 6 }), (reports) => {
        for (const r of reports) expect(strictFindings(r)).toEqual([]);
        expect(strictFindings(rollup(reports, meta).report)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('never mutates its inputs', () => {
    fc.assert(
      fc.property(fc.array(arb, { minLength: 1, maxLength: 4 }), (reports) => {
        const copies = structuredClone(reports);
        deepFreeze(reports);
        const { report } = rollup(reports, meta);
        expect(reports).toEqual(copies);
        // The result shares no object with an input.
        expect(reports.every((r) => r.table3 !== report.table3 && r.table3.received !== report.table3.received)).toBe(
          true,
        );
      }),
      { numRuns: 50 },
    );
  });
});
