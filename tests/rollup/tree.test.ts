import { describe, expect, it } from 'vitest';
import { rollup, rollupTree } from '../../src/rollup/index.js';
import { withCells, zeroReport } from '../support/reports.js';
import { beiguan, huaian, shanghai, tablesOf } from './support.js';

const named = (agency: string, received: number) => {
  const r = withCells(zeroReport('2021'), {
    'table3.received.natural': received,
    'table3.received.total': received,
    'table3.granted.natural': received,
    'table3.granted.total': received,
    'table3.outcomeTotal.natural': received,
    'table3.outcomeTotal.total': received,
  });
  r.meta.agency = agency;
  return r;
};

describe('rollupTree', () => {
  const office = named('某县人民政府办公室', 1);
  const finance = named('某县财政局', 2);
  const town = named('某镇人民政府', 4);
  const village = named('某镇某村委会', 8);
  const tree = {
    agency: '某县人民政府',
    report: office,
    children: [
      { agency: '某县财政局', report: finance },
      { agency: '某镇', report: town, children: [{ agency: '某村', report: village }] },
      { agency: '某县开发区（无报告）' },
    ],
  };

  it('returns the total at every node', () => {
    const root = rollupTree(tree);
    expect(root.total.report.table3.received.total).toBe(15);
    expect(root.children.map((c) => [c.agency, c.total.report.table3.received.total])).toEqual([
      ['某县财政局', 2],
      ['某镇', 12],
      ['某县开发区（无报告）', null],
    ]);
    expect(root.children[1]?.children[0]?.total.report.table3.received.total).toBe(8);
    expect(root.total.report.meta).toMatchObject({
      agency: '某县人民政府',
      year: 2024,
      scope: 'region',
      level: 'government',
    });
    expect(root.children[0]?.total.report.meta).toMatchObject({
      agency: '某县财政局',
      scope: 'agency',
      level: 'department',
    });
  });

  it('agrees with a flat rollup of every report, with every report in the provenance once', () => {
    const root = rollupTree(tree);
    const flat = rollup([office, finance, town, village], { agency: '某县人民政府' });
    expect(tablesOf(root.total.report)).toEqual(tablesOf(flat.report));
    expect(root.total.provenance.inputs.map((i) => [i.index, i.agency])).toEqual([
      [0, '某县人民政府办公室'],
      [1, '某县财政局'],
      [2, '某镇人民政府'],
      [3, '某镇某村委会'],
    ]);
  });

  it('applies the rollup rules across the whole tree', () => {
    const older = named('旧', 1);
    older.meta.year = 2023;
    expect(() =>
      rollupTree({
        agency: '某县',
        children: [
          { agency: 'a', report: beiguan() },
          { agency: 'b', report: older },
        ],
      }),
    ).toThrow(/different years/);
    const both = rollupTree({
      agency: '某市',
      children: [
        { agency: 'a', report: beiguan() },
        { agency: 'b', report: huaian() },
      ],
    });
    expect(both.total.report.table2.penalty.decisions).toBe(3985771);
  });

  it('a tree without any report needs the year', () => {
    expect(() => rollupTree({ agency: '空' })).toThrow(/needs meta.year/);
    expect(rollupTree({ agency: '空' }, { year: 2024 }).total.report.table3.received.total).toBeNull();
  });
});

describe('rollupTree across formats', () => {
  it('with { comparable: true } totals a 2020 and a 2021 report in the grid they share', () => {
    const root = rollupTree(
      {
        agency: '某市',
        children: [
          { agency: '上海', report: shanghai() },
          { agency: '淮安', report: huaian() },
        ],
      },
      { comparable: true, year: 2021 },
    );
    expect(root.total.report.format).toBe('2019');
    expect(root.total.report.table3.received.total).toBe((shanghai().table3.received.total as number) + 3119);
    expect(root.children[1]?.total.report.format).toBe('2019');
    expect(root.total.provenance.notComparable.map((n) => n.format).sort()).toEqual(['2019', '2021']);
  });
});
