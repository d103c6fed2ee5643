import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCells } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import type { Report, Report2019 } from '../../src/model/types.js';
import { rollup, RollupInputError } from '../../src/rollup/index.js';
import { cleanReport, withCells, zeroReport } from '../support/reports.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';
import { beiguan, huaian, shanghai, strictFindings } from './support.js';

type Tables = Record<string, Record<string, Record<string, number | null>>>;
const cell = (r: Report, table: string, row: string, column: string) =>
  (r as unknown as Tables)[`table${table}`]?.[row]?.[column];
/** A report as another body's: rollup counts one body once. */
const of = <R extends Report>(agency: string, r: R): R => ({ ...r, meta: { ...r.meta, agency } });

describe('rollup of reports of one format', () => {
  it('adds every cell of two real 2024 reports', () => {
    const a = beiguan();
    const b = huaian();
    const { report, provenance, findings } = rollup([a, b], { agency: '合计' });
    for (const c of formatCells('2021')) {
      const x = cell(a, c.table, c.row, c.column) as number;
      const y = cell(b, c.table, c.row, c.column) as number;
      expect(cell(report, c.table, c.row, c.column), `${c.table}/${c.row}/${c.column}`).toBe(x + y);
    }
    expect(report.table2.penalty.decisions).toBe(13 + 3985758);
    expect(report.table3.received.total).toBe(3119);
    expect(report.meta).toEqual({ agency: '合计', year: 2024, level: 'government', scope: 'region', published: null });
    expect(provenance.inputs).toEqual([
      { index: 0, agency: '北关区应急管理局', year: 2024, format: '2021' },
      { index: 1, agency: '淮安市人民政府', year: 2024, format: '2021' },
    ]);
    expect(provenance.blankInputs.table3.received?.total).toBe(0);
    expect(provenance.notComparable).toEqual([]);
    expect(findings).toEqual([]);
    expect(strictFindings(report)).toEqual([]);
  });

  it('sums money exactly', () => {
    const a = withCells(zeroReport('2021'), { 'table2.fees.feeAmount': 0.1 });
    const b = withCells(zeroReport('2021'), { 'table2.fees.feeAmount': 0.2 });
    expect(rollup([a, b], { agency: '合计' }).report.table2.fees.feeAmount).toBe(0.3);
    const h = huaian();
    const c = withCells(zeroReport('2021'), { 'table2.fees.feeAmount': 0.07 });
    expect(rollup([h, c, a], { agency: '合计' }).report.table2.fees.feeAmount).toBe(96171.77);
  });

  it('sums money exactly beyond six decimal places', () => {
    const a = withCells(zeroReport('2021'), { 'table2.fees.feeAmount': 0.1234567 });
    const b = withCells(zeroReport('2021'), { 'table2.fees.feeAmount': 0.2 });
    expect(rollup([a, b], { agency: '合计' }).report.table2.fees.feeAmount).toBe(0.3234567);
  });

  it('sums the signed 本年增/减 column as signed', () => {
    const a = withCells(zeroReport('2019'), { 'table2.licensing.change': -3 });
    const b = withCells(zeroReport('2019'), { 'table2.licensing.change': 2 });
    const { report } = rollup([a, b], { agency: '合计' }) as { report: Report2019 };
    expect(report.table2.licensing.change).toBe(-1);
  });

  it('never mutates its inputs', () => {
    const a = beiguan();
    const before = structuredClone(a);
    rollup([a, a], { agency: '合计' });
    expect(a).toEqual(before);
  });
});

describe('blank cells (ROLLUP-PARTLY-BLANK)', () => {
  it('a cell blank in every input stays blank, with no finding', () => {
    const a = emptyReport({ format: '2021', agency: '甲', year: 2024 });
    const b = emptyReport({ format: '2021', agency: '乙', year: 2024 });
    const { report, findings, provenance } = rollup([a, b], { agency: '合计' });
    expect(report.table3.received.natural).toBeNull();
    expect(provenance.blankInputs.table3.received?.natural).toBe(2);
    expect(findings).toEqual([]);
  });

  it('a cell blank in some inputs is the sum of the others, with a finding naming the cell', () => {
    const a = of(
      '甲',
      withCells(zeroReport('2021'), { 'table3.received.commercial': null, 'table4.review.pending': null }),
    );
    const b = withCells(zeroReport('2021'), {
      'table3.received.commercial': 4,
      'table3.received.total': 4,
      'table3.outcomeTotal.commercial': 4,
      'table3.outcomeTotal.total': 4,
      'table3.granted.commercial': 4,
      'table3.granted.total': 4,
    });
    const { report, findings, provenance } = rollup([a, of('乙', b), of('丙', b)], { agency: '合计' }, { lang: 'en' });
    expect(report.table3.received.commercial).toBe(8);
    expect(report.table4.review.pending).toBe(0);
    expect(provenance.blankInputs.table3.received?.commercial).toBe(1);
    expect(findings.map((f) => [f.code, f.severity, f.table, f.row ?? f.group, f.column, f.actual])).toEqual([
      ['ROLLUP-PARTLY-BLANK', 'info', '3', '一、本年新收政府信息公开申请数量', '商业企业', 8],
      ['ROLLUP-PARTLY-BLANK', 'info', '4', '行政复议', '尚未审结', 0],
    ]);
    expect(findings[0]?.message).toBe(
      'Table 3, row "一、本年新收政府信息公开申请数量", column "商业企业": 1 of 3 reports left it blank; the total is the sum of the others',
    );
  });

  it('the Shanghai 2019 report, with its blank 总计 cells, added to a copy of itself keeps them blank', () => {
    const s = shanghai();
    const { report, findings } = rollup([s, of('副本', s)], { agency: '合计' });
    expect(report.table3.granted.total).toBeNull();
    expect(report.table3.granted.natural).toBe(2 * (s.table3.granted.natural as number));
    expect(findings).toEqual([]);
  });
});

describe('units of the 2019 采购总金额 (ROLLUP-UNIT-MISMATCH)', () => {
  const withAmount = (amount: number, unit?: string): Report2019 => {
    const r = withCells(zeroReport('2019', { year: 2019 }), { 'table2.procurement.amount': amount });
    if (unit) r.units['procurement/amount'] = unit;
    return r;
  };

  it('adds amounts stated in the same unit and keeps the unit', () => {
    const { report, findings } = rollup([shanghai(), withAmount(49000, '元')], { agency: '合计' });
    expect((report as Report2019).table2.procurement.amount).toBe(300000);
    expect(report.units).toEqual({ 'procurement/amount': '元' });
    expect(findings.filter((f) => f.code === 'ROLLUP-UNIT-MISMATCH')).toEqual([]);
  });

  it('refuses to add 元 to 万元: the cell is blank, with an error', () => {
    const { report, findings } = rollup([withAmount(251000, '元'), withAmount(3, '万元'), withAmount(5)], {
      agency: '合计',
    });
    expect((report as Report2019).table2.procurement.amount).toBeNull();
    expect(report.units).toEqual({});
    expect((report as Report2019).table2.procurement.projects).toBe(0);
    const mismatch = findings.filter((f) => f.code === 'ROLLUP-UNIT-MISMATCH');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({
      severity: 'error',
      table: '2',
      row: '政府集中采购',
      column: '采购总金额',
      actual: null,
    });
    expect(mismatch[0]?.message).toBe(
      '表2「政府集中采购」行「采购总金额」列的单位不一致（元×1、万元×1、未注明×1），不予汇总',
    );
  });

  it('a blank amount does not count as a unit', () => {
    const blank = of('乙', withCells(zeroReport('2019', { year: 2019 }), { 'table2.procurement.amount': null }));
    blank.units['procurement/amount'] = '万元';
    const { report, findings } = rollup([withAmount(7, '元'), blank], { agency: '合计' });
    expect((report as Report2019).table2.procurement.amount).toBe(7);
    expect(findings.map((f) => f.code)).toEqual(['ROLLUP-PARTLY-BLANK']);
  });
});

describe('inputs of different formats or years', () => {
  it('refuses different formats with an error naming both inputs', () => {
    expect(() => rollup([beiguan(), shanghai()], { agency: '合计' })).toThrow(RollupInputError);
    expect(() => rollup([beiguan(), shanghai()], { agency: '合计' })).toThrow(
      'input 0 (北关区应急管理局, 2024, 2021 format) and input 1 (上海市人民政府办公厅, 2019, 2019 format) differ in format; pass { comparable: true }',
    );
  });

  it('refuses different years of one format', () => {
    const older = cleanReport('2021');
    older.meta.year = 2023;
    expect(() => rollup([beiguan(), older], { agency: '合计' })).toThrow(/are about different years/);
  });

  it('names the first input that is not a report before any difference of format or year', () => {
    const older = cleanReport('2021');
    older.meta.year = 2023;
    const inputs = [beiguan(), shanghai(), older, { format: '2021' } as unknown as Report];
    expect(() => rollup(inputs, { agency: '合计' })).toThrow('input 3 is not a report');
    // The format is told before the year, each by its first input that differs.
    expect(() => rollup([beiguan(), older, shanghai()], { agency: '合计' })).toThrow(
      /input 0 .* and input 2 .* differ in format/,
    );
    expect(() => rollup([beiguan(), beiguan(), older], { agency: '合计' })).toThrow(
      /input 0 .* and input 2 .* are about different years/,
    );
  });

  it('takes the year of comparable inputs when they share one, and asks for it when they do not', () => {
    const older = cleanReport('2021');
    older.meta.year = 2023;
    expect(rollup([beiguan(), beiguan()], { agency: '合计' }, { comparable: true }).report.meta.year).toBe(2024);
    expect(() => rollup([beiguan(), older], { agency: '合计' }, { comparable: true })).toThrow(
      'the inputs are about 2023, 2024: give meta.year for the total',
    );
    expect(rollup([beiguan(), older], { agency: '合计', year: 2024 }, { comparable: true }).report.meta.year).toBe(
      2024,
    );
  });

  it('refuses a result format other than the inputs’', () => {
    expect(() => rollup([beiguan()], { agency: '合计', format: '2019' })).toThrow(/meta.format is 2019/);
  });

  it('needs a year for the total of no reports, and gives the empty report', () => {
    expect(() => rollup([], { agency: '合计' })).toThrow(/needs meta.year/);
    const { report } = rollup([], { agency: '合计', year: 2024 });
    expect(report.format).toBe('2021');
    expect(formatCells('2021').every((c) => cell(report, c.table, c.row, c.column) === null)).toBe(true);
  });

  it('with { comparable: true } sums only comparable cells, in the grid they share most cells in', () => {
    const s = shanghai();
    const b = huaian();
    const { report, provenance } = rollup([s, b], { agency: '合计', year: 2024 }, { comparable: true });
    expect(report.format).toBe('2019');
    const r = report as Report2019;
    expect(r.table3.received.total).toBe((s.table3.received.total as number) + 3119);
    // The three 2021 （六） sub-rows are summed into the single 2019 row.
    const h = b as Extract<Report, { format: '2021' }>;
    const other = ['otherNoCorrection', 'otherNoFee', 'otherOther'] as const;
    expect(r.table3.otherHandling.natural).toBe(
      (s.table3.otherHandling.natural ?? 0) + other.reduce((t, k) => t + (h.table3[k].natural as number), 0),
    );
    expect(r.table2.penalty.decisions).toBe((s.table2.penalty.decisions ?? 0) + 3985758);
    // 2019-only table 2 columns are dropped, not summed with 2021 cells of another meaning.
    expect(r.table2.rules.newlyMade).toBeNull();
    expect(r.table2.procurement.amount).toBeNull();
    const dropped2019 = provenance.notComparable.find((n) => n.format === '2019')?.cells ?? [];
    expect(dropped2019).toContainEqual({ table: '2', row: 'procurement', column: 'amount' });
    expect(dropped2019.every((c) => c.table === '2')).toBe(true);
    const unused2021 = provenance.notComparable.find((n) => n.format === '2021')?.cells ?? [];
    expect(unused2021).toContainEqual({ table: '2', row: 'fees', column: 'feeAmount' });
    expect(unused2021.every((c) => c.table === '2')).toBe(true);
  });

  it('a blank 总计 in one input leaves the total short, and says so: the rows it breaks are the rows flagged', () => {
    // Shanghai 2019 leaves 总计 blank on every outcome row; the sum over those cells is 淮安's alone.
    const { report, findings } = rollup([shanghai(), huaian()], { agency: '合计', year: 2024 }, { comparable: true });
    const flagged = new Set(
      findings.filter((f) => f.code === 'ROLLUP-PARTLY-BLANK' && f.column === '总计').map((f) => f.row),
    );
    const broken = strictFindings(report);
    expect(broken.length).toBeGreaterThan(0);
    for (const f of broken) {
      expect(f.code).toMatch(/^T3-(ROW-TOTAL|OUTCOME-SUM)$/);
      if (f.code === 'T3-ROW-TOTAL') expect(flagged.has(f.row)).toBe(true);
    }
  });

  it('with { comparable: true } into the 2021 grid, the 2019 （六） row is listed as not comparable', () => {
    const { report, provenance } = rollup(
      [shanghai(), huaian()],
      { agency: '合计', year: 2024, format: '2021' },
      { comparable: true },
    );
    expect(report.format).toBe('2021');
    const dropped2021 = provenance.notComparable.find((n) => n.format === '2021')?.cells ?? [];
    expect(dropped2021).toContainEqual({ table: '3', row: 'otherNoFee', column: 'natural' });
    expect(provenance.notComparable.find((n) => n.format === '2019')?.cells).toContainEqual({
      table: '3',
      row: 'otherHandling',
      column: 'total',
    });
  });

  it('rejects something that is not a report, naming its position', () => {
    expect(() => rollup([beiguan(), { format: '2022' } as unknown as Report], { agency: '合计' })).toThrow(
      'input 1 is not a report',
    );
    const broken = withCells(zeroReport('2021'), { 'table3.received.natural': '3' });
    expect(() => rollup([zeroReport('2021'), broken], { agency: '合计' })).toThrow(
      /rollup input 1 .*table3.received.natural is "3"/,
    );
    const rowless = {
      ...zeroReport('2021'),
      table4: { ...zeroReport('2021').table4, review: null },
    } as unknown as Report;
    expect(() => rollup([rowless], { agency: '合计' })).toThrow(
      /rollup input 0 .*table4.review is null; expected an object of cells/,
    );
  });
});

describe('provenance', () => {
  it('lists each input added with its own position, year and format, a left-out repeat skipped', () => {
    const s = shanghai();
    const h = huaian();
    const b = beiguan();
    const { provenance } = rollup([s, h, structuredClone(h), b], { agency: '合计', year: 2024 }, { comparable: true });
    expect(provenance.inputs).toEqual([
      { index: 0, agency: '上海市人民政府办公厅', year: 2019, format: '2019' },
      { index: 1, agency: '淮安市人民政府', year: 2024, format: '2021' },
      { index: 3, agency: '北关区应急管理局', year: 2024, format: '2021' },
    ]);
  });

  it('keeps the inputs as they were when added, and is plain data to JSON, clones and spreads', () => {
    const a = beiguan();
    const result = rollup([a, huaian()], { agency: '合计' });
    a.meta.agency = '改名后的单位';
    const listed = [
      { index: 0, agency: '北关区应急管理局', year: 2024, format: '2021' },
      { index: 1, agency: '淮安市人民政府', year: 2024, format: '2021' },
    ];
    expect(Object.keys(result.provenance)).toEqual(['inputs', 'blankInputs', 'notComparable']);
    expect(JSON.parse(JSON.stringify(result.provenance)).inputs).toEqual(listed);
    expect(structuredClone(result.provenance).inputs).toEqual(listed);
    expect({ ...result.provenance }.inputs).toEqual(listed);
    // Read twice, the same array; assigned, the new one.
    expect(result.provenance.inputs).toBe(result.provenance.inputs);
    result.provenance.inputs = [];
    expect(result.provenance.inputs).toEqual([]);
  });
});

describe('a body given twice (ROLLUP-DUPLICATE)', () => {
  it('counts the same report given again once, with a warning naming both inputs', () => {
    const a = beiguan();
    const h = huaian();
    // A copy read from another file: equal in every field, whatever the order of its keys.
    const copy = Object.fromEntries(Object.entries(structuredClone(a)).reverse()) as typeof a;
    const { report, findings, provenance } = rollup([a, h, copy], { agency: '合计' }, { lang: 'en' });
    expect(report.table3.received.total).toBe(
      (a.table3.received.total as number) + (h.table3.received.total as number),
    );
    expect(provenance.inputs.map((i) => i.index)).toEqual([0, 1]);
    expect(findings).toEqual([
      {
        code: 'ROLLUP-DUPLICATE',
        severity: 'warning',
        path: ['inputs', 2],
        quote: '北关区应急管理局',
        message: 'Input 3 is the same report as input 1 (北关区应急管理局, 2024); counted once',
      },
    ]);
  });

  it('adds two different reports of one body and year, with an error: the total counts the body twice', () => {
    const a = beiguan();
    const corrected = withCells(
      { ...a, meta: { ...a.meta, agency: ' 北关区应急管理局' } },
      { 'table2.penalty.decisions': 14 },
    );
    const { report, findings } = rollup([a, corrected], { agency: '合计' });
    expect(report.table2.penalty.decisions).toBe(13 + 14);
    expect(findings.map((f) => [f.code, f.severity, f.path])).toEqual([['ROLLUP-DUPLICATE', 'error', ['inputs', 1]]]);
    expect(findings[0]?.message).toContain('第 2 份报告与第 1 份是同一机关同一年度');
  });

  it('tells bodies apart by name and year only: other bodies, or the same body in another year, are no duplicates', () => {
    const a = beiguan();
    const lastYear = { ...a, meta: { ...a.meta, year: 2023 } };
    expect(rollup([a, lastYear], { agency: '合计', year: 2024 }, { comparable: true }).findings).toEqual([]);
    expect(rollup([a, of('北关区财政局', a)], { agency: '合计' }).findings).toEqual([]);
  });
});

describe('finding the bodies given twice among many inputs', () => {
  /** Each input against every earlier one, as the rule says: the same content first, else the same body and year. */
  function oracle(reports: readonly Report[]): [number, string, number][] {
    const body = (r: Report) => r.meta.agency.normalize('NFKC').replace(/\s+/g, '');
    const counted: number[] = [];
    const found: [number, string, number][] = [];
    reports.forEach((r, i) => {
      const same = counted.find((j) => isDeepStrictEqual(reports[j], r));
      const sameBody = counted.find(
        (j) => body(r) !== '' && body(reports[j] as Report) === body(r) && reports[j]?.meta.year === r.meta.year,
      );
      if (same !== undefined) found.push([i, 'warning', same]);
      else if (sameBody !== undefined) found.push([i, 'error', sameBody]);
      else counted.push(i);
    });
    return found;
  }

  it('agrees with comparing each input with every earlier one', () => {
    const agencies = [
      '北关区财政局',
      ' 北关区财政局',
      '北关区财政局\u3000',
      'ＡＢ局',
      'AB局',
      '',
      ' ',
      '淮安市人民政府',
    ];
    const inputArb = fc
      .record({
        agency: fc.constantFrom(...agencies),
        year: fc.constantFrom(2023, 2024),
        received: fc.integer({ min: 0, max: 1 }),
      })
      .map(({ agency, year, received }) => ({
        ...withCells(zeroReport('2021'), { 'table3.received.natural': received, 'table3.received.total': received }),
        meta: { ...zeroReport('2021').meta, agency, year },
      }));
    fc.assert(
      fc.property(fc.array(inputArb, { minLength: 1, maxLength: 12 }), (inputs) => {
        const { findings } = rollup(inputs, { agency: '合计', year: 2024 }, { comparable: true });
        const duplicates = findings
          .filter((f) => f.code === 'ROLLUP-DUPLICATE')
          .map((f) => [f.path?.[1], f.severity, Number(/与第 (\d+) 份/.exec(f.message)?.[1]) - 1]);
        expect(duplicates).toEqual(oracle(inputs));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same after a larger or a smaller search (its table is kept for the next)', () => {
    for (const n of [2000, 10, 2000, 50]) {
      // The last three inputs repeat the first three exactly.
      const inputs = Array.from({ length: n }, (_, i) => of(`单位${i % (n - 3)}`, zeroReport('2021')));
      const { findings } = rollup(inputs, { agency: '合计' });
      expect(findings.map((f) => [f.path?.[1], f.severity])).toEqual([
        [n - 3, 'warning'],
        [n - 2, 'warning'],
        [n - 1, 'warning'],
      ]);
    }
  });

  it('takes time linear in the number of inputs, also when they are all of one unnamed body', () => {
    const inputs = (scale: number) =>
      Array.from({ length: 500 * scale }, (_, i) => ({
        ...withCells(zeroReport('2021'), { 'table2.penalty.decisions': i }),
        meta: { ...zeroReport('2021').meta, agency: i % 2 === 0 ? '' : `单位${i}` },
      }));
    expect(growthRatio(inputs, (reports) => rollup(reports, { agency: '合计' }), 5, 5)).toBeLessThan(LINEAR_GROWTH);
  });
});

describe('rule settings', () => {
  it('turn a rollup finding off or change its severity, without changing the total', () => {
    const a = of('甲', withCells(zeroReport('2021'), { 'table2.penalty.decisions': null }));
    const b = of('乙', withCells(zeroReport('2021'), { 'table2.penalty.decisions': 3 }));
    const off = rollup([a, b], { agency: '合计' }, { rules: { 'ROLLUP-PARTLY-BLANK': 'off' } });
    expect(off.findings).toEqual([]);
    expect(off.report.table2.penalty.decisions).toBe(3);
    const raised = rollup([a, b], { agency: '合计' }, { rules: { 'ROLLUP-PARTLY-BLANK': 'warning' } });
    expect(raised.findings.map((f) => f.severity)).toEqual(['warning']);
  });
});
