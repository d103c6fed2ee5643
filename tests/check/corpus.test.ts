import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { readCsv, writeCsv } from '../../src/interchange/csv.js';
import type { Report2019, Report2021 } from '../../src/model/types.js';
import { essentials } from '../support/rule-tester.js';
import { readTruth, truthToReport } from '../support/truth.js';

const checkedViaCsv = (file: string, level: 'department' | 'government' = 'department') =>
  check(readCsv(writeCsv(truthToReport(readTruth(file), { level }))));

/** Truth files hold tables only: checked as tables, with one finding that the narrative was not given. */
const TABLES_ONLY = { code: 'NARRATIVE-ABSENT', severity: 'info' };

describe('corpus truth files, converted to CSV and checked', () => {
  it('Beiguan 2024: no finding but the tables-only note (every cell printed, all zero but 行政处罚 13)', () => {
    expect(checkedViaCsv('2024-beiguan-yjglj.txt').map(essentials)).toEqual([TABLES_ONLY]);
  });

  it('Huaian 2024: no finding but the tables-only note (every relation holds, fee 96171.6 万元)', () => {
    expect(checkedViaCsv('2024-huaian-szf.pdf', 'government').map(essentials)).toEqual([TABLES_ONLY]);
  });

  it('Shanghai 2019: a CELL-BLANK warning per blank outcome 总计 with its value, and no relation error', () => {
    const findings = checkedViaCsv('2019-shanghai-szfbgt.html');
    const blankTotal = (row: string, expected: number) => ({
      code: 'CELL-BLANK',
      severity: 'warning',
      table: '3',
      row,
      column: '总计',
      expected,
      actual: null,
    });
    expect(findings.map(essentials)).toEqual([
      blankTotal('（一）予以公开', 272),
      blankTotal('（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 3),
      blankTotal('1.属于国家秘密', 14),
      blankTotal('5.属于三类内部事务信息', 5),
      blankTotal('6.属于四类过程性信息', 4),
      blankTotal('8.属于行政查询事项', 12),
      blankTotal('1.本机关不掌握相关政府信息', 265),
      blankTotal('2.没有现成信息需要另行制作', 47),
      blankTotal('3.补正后申请内容仍不明确', 25),
      blankTotal('1.信访举报投诉类申请', 149),
      blankTotal('2.重复申请', 9),
      { code: 'CELL-BLANK', severity: 'info', table: '3' },
      { code: 'CELL-BLANK', severity: 'info', table: '4' },
      TABLES_ONLY,
    ]);
    // The blank totals add up to the printed (七)总计 805, so T3-OUTCOME-SUM holds on the 总计 column.
    expect(findings.filter((f) => f.severity === 'warning').reduce((sum, f) => sum + (f.expected ?? 0), 0)).toBe(805);
    expect(findings.some((f) => f.code.startsWith('T3-') || f.code === 'T4-TOTAL')).toBe(false);
  });

  it('Shanghai 2019: T3-BALANCE holds per column with blanks as 0 (859 + 18 = 805 + 72)', () => {
    const report = truthToReport(readTruth('2019-shanghai-szfbgt.html'));
    const n = (v: number | null) => v ?? 0;
    for (const column of Object.keys(report.table3.received) as (keyof typeof report.table3.received)[]) {
      const t = report.table3;
      expect(n(t.received[column]) + n(t.carriedOver[column])).toBe(
        n(t.outcomeTotal[column]) + n(t.carriedForward[column]),
      );
    }
    expect(report.table3.received.total! + report.table3.carriedOver.total!).toBe(877);
  });

  it('reads the printed row labels of every truth file onto the format rows', () => {
    // Huaian prints 1、 for 1. in the （六） rows; every row of table 3 is filled from the file.
    const huaian = truthToReport(readTruth('2024-huaian-szf.pdf')) as Report2021;
    expect(huaian.table3.otherNoCorrection).toEqual({
      natural: 67,
      commercial: 3,
      research: 0,
      publicInterest: 0,
      legalService: 1,
      otherOrg: 0,
      total: 71,
    });
    expect(Object.values(huaian.table3).every((row) => Object.values(row).every((v) => v !== null))).toBe(true);
    const shanghai = truthToReport(readTruth('2019-shanghai-szfbgt.html')) as Report2019;
    expect(shanghai.table2.procurement).toEqual({ projects: 6, amount: 251000 });
    expect(shanghai.units).toEqual({ 'procurement/amount': '元' });
  });
});
