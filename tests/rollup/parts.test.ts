import { describe, expect, it } from 'vitest';
import { compareWithParts } from '../../src/rollup/index.js';
import type { Report } from '../../src/model/types.js';
import { withCells, zeroReport } from '../support/reports.js';

const part = (penalties: number): Report =>
  withCells(zeroReport('2021'), {
    'table2.penalty.decisions': penalties,
    'table4.review.upheld': 1,
    'table4.review.total': 1,
  });

const parent = (scope: 'region' | 'agency' | 'unknown', cells: Record<string, unknown>): Report => {
  const r = withCells(zeroReport('2021', { level: 'government' }), cells);
  r.meta.scope = scope;
  return r;
};

describe('ROLLUP-BELOW-PARTS', () => {
  const parts = [part(5), part(7)];

  describe('valid', () => {
    it('a region report at least as large as its parts', () => {
      expect(
        compareWithParts(
          parent('region', { 'table2.penalty.decisions': 12, 'table4.review.upheld': 3, 'table4.review.total': 3 }),
          parts,
        ),
      ).toEqual([]);
    });
    it('a report that covers the body alone, however small', () => {
      expect(compareWithParts(parent('agency', { 'table2.penalty.decisions': 1 }), parts)).toEqual([]);
    });
    it('a report of unknown scope', () => {
      expect(compareWithParts(parent('unknown', { 'table2.penalty.decisions': 1 }), parts)).toEqual([]);
    });
    it('no parts', () => {
      expect(compareWithParts(parent('region', {}), [])).toEqual([]);
    });
    it('the signed 本年增/减 column, which may shrink', () => {
      const p = withCells(zeroReport('2019', { level: 'government' }), { 'table2.penalty.change': -5 });
      p.meta.scope = 'region';
      const kids = [withCells(zeroReport('2019'), { 'table2.penalty.change': 2 })];
      expect(compareWithParts(p, kids)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a region report smaller than the sum of its parts, blank counting as 0', () => {
      const findings = compareWithParts(
        parent('region', { 'table2.penalty.decisions': 10, 'table4.review.upheld': null, 'table4.review.total': 1 }),
        parts,
        { lang: 'en' },
      );
      expect(
        findings.map((f) => [f.code, f.severity, f.table, f.row ?? f.group, f.column, f.expected, f.actual]),
      ).toEqual([
        ['ROLLUP-BELOW-PARTS', 'warning', '2', '行政处罚', '本年处理决定数量', 12, 10],
        ['ROLLUP-BELOW-PARTS', 'warning', '4', '行政复议', '结果维持', 2, null],
        ['ROLLUP-BELOW-PARTS', 'warning', '4', '行政复议', '总计', 2, 1],
      ]);
      expect(findings[0]?.message).toBe(
        'Table 2, row "行政处罚", column "本年处理决定数量" is 10, less than the sum of its 2 parts, 12',
      );
      const zh = compareWithParts(parent('region', { 'table2.penalty.decisions': 10 }), parts);
      expect(zh[0]?.message).toBe('表2「行政处罚」行「本年处理决定数量」列为 10，小于 2 个组成单位之和 12');
    });

    it('parts of another year are refused', () => {
      const stale = part(1);
      stale.meta.year = 2023;
      expect(() => compareWithParts(parent('region', {}), [stale])).toThrow(
        'meta.year is 2024 but the inputs are about 2023',
      );
    });
  });
});
