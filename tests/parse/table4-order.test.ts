/**
 * Table 4's values printed out of column order (one cell a line in a converter's reading order),
 * put back by the table's own relations. The oracle is the generator: it knows the fifteen values
 * and in which pieces and order it printed them; the result is those values or no answer, never
 * others.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getFormat } from '../../src/format/index.js';
import { T4_COLUMNS } from '../../src/format/shared.js';
import { cellOf } from '../../src/parse/lines.js';
import { parseText } from '../../src/parse/index.js';
import { rowRelations } from '../../src/parse/row-arithmetic.js';
import { type OrderRun, reorderTable4 } from '../../src/parse/table4-order.js';

const WIDTH = T4_COLUMNS.length;
const RELATIONS = ['review', 'litigationDirect', 'litigationAfterReview'].map(
  (g) => rowRelations(getFormat('2021')).get(`4/${g}`) ?? [],
);
const cells = (values: readonly number[]) => values.map((v, k) => cellOf(String(v), { line: k + 1 }));
const run = (values: readonly number[], groups: readonly number[] = []): OrderRun => ({
  fields: cells(values),
  groups: new Set(groups),
});
const texts = (r: ReturnType<typeof reorderTable4>) => (r.ways === 1 ? r.cells.map((c) => Number(c.text)) : r.ways);

describe('reorderTable4', () => {
  // The 淮安 2024 report through pdftotext: 行政复议's outcomes, 复议后起诉's, 行政复议's 总计, then
  // 未经复议直接起诉 whole, then 复议后起诉's 总计.
  const printed = [
    run([72, 64, 178, 37], [0, 1]),
    run([12, 1, 1, 6], [2]),
    run([351]),
    run([13, 4, 8, 1, 26]),
    run([20]),
  ];

  it('puts the runs back where exactly one placement keeps the sums, the column order and the header', () => {
    expect(texts(reorderTable4(printed, 3, T4_COLUMNS, RELATIONS))).toEqual([
      72, 64, 178, 37, 351, 13, 4, 8, 1, 26, 12, 1, 1, 6, 20,
    ]);
  });

  it('gives no answer when the header does not say which group comes first', () => {
    const unnamed = printed.map((r) => ({ ...r, groups: new Set<number>() }));
    expect(reorderTable4(unnamed, 3, T4_COLUMNS, RELATIONS).ways).toBe(2);
  });

  it('gives no answer when no placement keeps the sums', () => {
    const broken = [...printed.slice(0, 2), run([350]), ...printed.slice(3)];
    expect(reorderTable4(broken, 3, T4_COLUMNS, RELATIONS).ways).toBe(0);
  });

  it('gives no answer for a count of values other than the columns', () => {
    expect(reorderTable4(printed.slice(1), 3, T4_COLUMNS, RELATIONS).ways).toBe(0);
  });

  // A generated table (each group's 总计 the sum of its outcomes) cut into pieces of consecutive
  // columns and printed in an order that keeps each group's pieces in column order; a piece that
  // starts a group may be printed after a header naming that group (and perhaps later ones).
  const printedArb = fc
    .record({
      outcomes: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 12, maxLength: 12 }),
      cuts: fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }),
      order: fc.array(fc.nat(), { minLength: 15, maxLength: 15 }),
      named: fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }),
    })
    .map(({ outcomes, cuts, order, named }) => {
      const values: number[] = [];
      for (let g = 0; g < 3; g++) {
        const parts = outcomes.slice(g * 4, g * 4 + 4);
        values.push(
          ...parts,
          parts.reduce((a, b) => a + b, 0),
        );
      }
      const pieces: { start: number; values: number[] }[] = [];
      for (let c = 0; c < values.length; c++) {
        // Pieces within a group (a piece running on into the next group is one run of the whole row).
        if (c % WIDTH === 0 || cuts[c - 1]) pieces.push({ start: c, values: [] });
        (pieces.at(-1) as { values: number[] }).values.push(values[c] as number);
      }
      // Interleave the pieces: repeatedly print the first unprinted piece of a group chosen by `order`.
      const printedRuns: OrderRun[] = [];
      const left = [...pieces];
      for (let n = 0; left.length > 0; n++) {
        const groupsLeft = [...new Set(left.map((p) => Math.floor(p.start / WIDTH)))];
        const g = groupsLeft[(order[n % 15] as number) % groupsLeft.length] as number;
        const piece = left.splice(
          left.findIndex((p) => Math.floor(p.start / WIDTH) === g),
          1,
        )[0] as { start: number; values: number[] };
        const startsGroup = piece.start % WIDTH === 0;
        printedRuns.push(run(piece.values, startsGroup && named[n] ? [g, ...(g < 2 ? [g + 1] : [])] : []));
      }
      return { values, runs: printedRuns };
    });

  it('never puts a value in another column (1,000 generated tables)', () => {
    let answered = 0;
    fc.assert(
      fc.property(printedArb, ({ values, runs }) => {
        const got = reorderTable4(runs, 3, T4_COLUMNS, RELATIONS);
        expect(got.ways).not.toBe(0);
        if (got.ways === 1) {
          answered++;
          expect(texts(got)).toEqual(values);
        }
      }),
      { numRuns: 1000, seed: 20261202 },
    );
    // Most generated tables do not pin the order down; some do.
    expect(answered).toBeGreaterThan(0);
  });
});

describe('table 4 one cell a line, out of order', () => {
  const document = (values: readonly (number | string)[]) =>
    [
      '2024年某县人民政府政府信息公开工作年度报告',
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议',
      '行政诉讼',
      '未经复议直接起诉',
      '结果维持',
      '结果纠正',
      '其他结果',
      '尚未审结',
      '总计',
      ...values.map(String),
      '五、存在的主要问题及改进情况',
    ].join('\n');

  it('reads the values put back, and says so', () => {
    const { report, findings } = parseText(
      document([72, 64, 178, 37, '复议后起诉', 12, 1, 1, 6, '总计', 351, '结果维持', 13, 4, 8, 1, 26, '总计', 20]),
    );
    expect(report?.table4.review).toEqual({ upheld: 72, corrected: 64, other: 178, pending: 37, total: 351 });
    expect(report?.table4.litigationDirect).toEqual({ upheld: 13, corrected: 4, other: 8, pending: 1, total: 26 });
    expect(report?.table4.litigationAfterReview).toEqual({ upheld: 12, corrected: 1, other: 1, pending: 6, total: 20 });
    expect(findings.map((f) => f.code)).toContain('PARSE-VALUES-REORDERED');
  });

  it('reads nothing when two placements fit, and names the table', () => {
    // 行政复议 first, as the header says; then two groups, neither named: which is which is not printed.
    const { report, findings } = parseText(
      document([1, 1, 1, 1, 4, '结果维持', 2, 2, 2, 2, 8, '结果维持', 3, 3, 3, 3, 12]),
    );
    expect(report?.table4.review.total).toBeNull();
    expect(findings.some((f) => f.code === 'PARSE-ROW-UNALIGNED' && f.table === '4')).toBe(true);
    expect(findings.map((f) => f.code)).not.toContain('PARSE-VALUES-REORDERED');
  });
});
