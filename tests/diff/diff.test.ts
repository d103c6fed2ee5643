import { describe, expect, it } from 'vitest';
import { diff, diffToText } from '../../src/diff/index.js';
import { mapFormat } from '../../src/rollup/index.js';
import type { Report2019 } from '../../src/model/types.js';
import { withCells, zeroReport } from '../support/reports.js';
import { beiguan, huaian, shanghai } from '../rollup/support.js';

describe('diff in one format', () => {
  const before = withCells(beiguan(), {
    'table2.penalty.decisions': 4,
    'table2.fees.feeAmount': 0.1,
    'table3.received.natural': null,
    'table4.review.upheld': 0,
  });
  before.meta.year = 2023;
  const after = withCells(beiguan(), { 'table2.fees.feeAmount': 0.3, 'table4.review.upheld': null });

  it('gives every cell’s change, per table, in the grid’s order', () => {
    const d = diff(before, after);
    expect(d.grid).toBe('2021');
    expect(d.from).toEqual({ agency: '北关区应急管理局', year: 2023, format: '2021' });
    expect(d.tables.map((t) => [t.table, t.title, t.cells.length])).toEqual([
      ['2', '主动公开政府信息情况', 10],
      ['3', '收到和处理政府信息公开申请情况', 175],
      ['4', '政府信息公开行政复议、行政诉讼情况', 15],
    ]);
    const penalty = d.tables[0]?.cells.find((c) => c.row === 'penalty');
    expect(penalty).toEqual({
      table: '2',
      row: 'penalty',
      column: 'decisions',
      labels: { row: '行政处罚', column: '本年处理决定数量', caption: '第二十条第（六）项' },
      from: 4,
      to: 13,
      kind: 'changed',
      absolute: 9,
      relative: 2.25,
    });
    expect(d.tables[0]?.cells.find((c) => c.row === 'fees')).toMatchObject({
      from: 0.1,
      to: 0.3,
      absolute: 0.2,
      relative: 2,
    });
    expect(d.tables[1]?.cells.find((c) => c.row === 'received' && c.column === 'natural')).toMatchObject({
      kind: 'fromBlank',
      from: null,
      to: 0,
      absolute: null,
      relative: null,
    });
    expect(d.tables[2]?.cells.find((c) => c.row === 'review' && c.column === 'upheld')).toMatchObject({
      kind: 'toBlank',
      from: 0,
      to: null,
    });
    expect(d.counts).toEqual({ changed: 2, unchanged: 196, fromBlank: 1, toBlank: 1, blank: 0, unitsDiffer: 0 });
    expect(d.notComparable).toEqual([]);
  });

  it('a relative change from 0 is not a number', () => {
    const d = diff(zeroReport('2021'), withCells(zeroReport('2021'), { 'table2.licensing.decisions': 5 }));
    expect(d.tables[0]?.cells.find((c) => c.row === 'licensing')).toMatchObject({
      from: 0,
      to: 5,
      absolute: 5,
      relative: null,
    });
  });

  it('does not compare 2019 amounts in different units', () => {
    const a = withCells(zeroReport('2019'), { 'table2.procurement.amount': 251000 }) as Report2019;
    a.units['procurement/amount'] = '元';
    const b = withCells(zeroReport('2019'), { 'table2.procurement.amount': 25.1 }) as Report2019;
    b.units['procurement/amount'] = '万元';
    const d = diff(a, b);
    expect(d.tables[0]?.cells.find((c) => c.column === 'amount')).toMatchObject({
      kind: 'unitsDiffer',
      absolute: null,
    });
    expect(d.counts.unitsDiffer).toBe(1);
  });

  it('prints the changed cells as text', () => {
    const text = diffToText(diff(before, after), { lang: 'en' });
    expect(text).toContain(
      '北关区应急管理局 2023 (2021) → 北关区应急管理局 2024 (2021): 2 changed, 196 unchanged, 1 from blank, 1 to blank, 0 blank in both',
    );
    expect(text).toContain('  第二十条第（六）项 · 行政处罚 · 本年处理决定数量: 4 → 13 (+9, +225.0%)');
    expect(text).toContain('  一、本年新收政府信息公开申请数量 · 自然人: blank → 0');
    expect(text).not.toContain('行政许可');
    expect(diffToText(diff(before, after), { all: true })).toContain('行政许可 · 本年处理决定数量: 0 → 0');
  });
});

describe('diff across the 2020→2021 format change', () => {
  const d = diff(shanghai(), huaian());

  it('compares in the grid the formats share most cells in, the 2019 one', () => {
    expect(d.grid).toBe('2019');
  });

  it('compares in table 2 only 处理决定数量 ↔ 本年处理决定数量 (spec §2.4)', () => {
    expect(d.tables[0]?.cells.map((c) => `${c.row}/${c.column}`)).toEqual([
      'licensing/decisions',
      'penalty/decisions',
      'enforcement/decisions',
    ]);
    expect(d.tables[0]?.cells[1]).toMatchObject({ from: shanghai().table2.penalty.decisions, to: 3985758 });
  });

  it('compares the three 2021 （六） sub-rows with the single 2019 row as a derived sum', () => {
    const other = d.tables[1]?.cells.find((c) => c.row === 'otherHandling' && c.column === 'total');
    const h = huaian();
    expect(other?.to).toBe(
      (h.table3.otherNoCorrection.total ?? 0) + (h.table3.otherNoFee.total ?? 0) + (h.table3.otherOther.total ?? 0),
    );
    expect(other?.derivedFrom).toEqual({
      side: 'to',
      cells: ['otherNoCorrection', 'otherNoFee', 'otherOther'].map((row) => ({ table: '3', row, column: 'total' })),
    });
    expect(d.tables[1]?.cells).toHaveLength(23 * 7);
    expect(d.tables[2]?.cells).toHaveLength(15);
  });

  it('lists the cells with no counterpart instead of inventing a mapping', () => {
    const from = d.notComparable.filter((n) => n.side === 'from');
    const to = d.notComparable.filter((n) => n.side === 'to');
    expect(from.every((n) => n.table === '2' && n.format === '2019')).toBe(true);
    expect(to.every((n) => n.table === '2' && n.format === '2021')).toBe(true);
    expect(from.map((n) => `${n.row}/${n.column}`)).toEqual(
      expect.arrayContaining([
        'rules/newlyMade',
        'rules/totalPublished',
        'otherServices/decisions',
        'licensing/previousCount',
        'procurement/amount',
      ]),
    );
    expect(to.map((n) => `${n.row}/${n.column}`)).toEqual(
      expect.arrayContaining(['rules/issued', 'normativeDocuments/inForce', 'fees/feeAmount']),
    );
    expect(from.find((n) => n.row === 'rules' && n.column === 'totalPublished')?.labels).toEqual({
      row: '规章',
      column: '对外公开总数量',
      caption: '第二十条第（一）项',
    });
    expect(diffToText(d)).toContain('不可比（2019 版与 2021 版格式无对应）：');
    expect(diffToText(d)).toContain(' · 表2 · 第二十条第（一）项 · 规章 · 对外公开总数量');
    const english = diffToText(d, { lang: 'en' });
    expect(english).toContain('Not comparable (no counterpart between the 2019 and 2021 formats):');
    expect(english).toContain(' · Table 2 · 第二十条第（一）项 · 规章 · 对外公开总数量');
    expect(english).not.toContain('表');
  });

  it('the mapping is the same read the other way round', () => {
    const back = diff(huaian(), shanghai());
    expect(back.grid).toBe('2019');
    expect(
      back.tables[1]?.cells.find((c) => c.row === 'otherHandling' && c.column === 'total')?.derivedFrom?.side,
    ).toBe('from');
    expect(mapFormat('2019', '2021').unused.map((c) => `${c.table}/${c.row}`)).toContain('3/otherHandling');
  });
});
