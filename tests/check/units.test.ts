/**
 * A unit its column does not allow: 元 on the 2021 fee column (本年收费金额（单位：万元）) is a
 * finding in `check`, and `rollup` refuses to add it to figures in 万元 instead of summing
 * 5000 元 and 0.5 万元 into 5000.5 万元.
 */
import { describe, expect, it } from 'vitest';
import { readCsv, rollup, writeCsv } from '../../src/index.js';
import type { Report, Report2019, Report2021 } from '../../src/model/types.js';
import { ruleTests } from '../support/rule-tester.js';
import { zeroReport } from '../support/reports.js';

function fee(amount: number, unit?: string, agency = '某县财政局'): Report2021 {
  const report = zeroReport('2021') as Report2021;
  report.meta.agency = agency;
  report.table2.fees.feeAmount = amount;
  if (unit) report.units['fees/feeAmount'] = unit;
  return report;
}

function procurement(unit: string): Report2019 {
  const report = zeroReport('2019') as Report2019;
  report.table2.procurement.amount = 251000;
  report.units['procurement/amount'] = unit;
  return report;
}

ruleTests('CELL-UNIT-MISMATCH', {
  valid: [
    { name: 'the fee with no unit: its header says 万元', report: fee(0.5) },
    { name: 'the fee stated in 万元', report: fee(0.5, '万元') },
    { name: '采购总金额 in 元, its header stating none', report: procurement('元') },
  ],
  invalid: [
    {
      name: 'the fee stated in 元 on the 万元 column',
      report: fee(5000, '元'),
      findings: [
        {
          code: 'CELL-UNIT-MISMATCH',
          severity: 'error',
          table: '2',
          row: '行政事业性收费',
          column: '本年收费金额（单位：万元）',
        },
      ],
      messages: { zh: '注明的单位为「元」，该列只能是万元', en: 'is given in 元, but the column is in 万元' },
    },
    {
      name: '采购总金额 in 件',
      report: procurement('件'),
      findings: [
        { code: 'CELL-UNIT-MISMATCH', severity: 'error', table: '2', row: '政府集中采购', column: '采购总金额' },
      ],
    },
  ],
});

describe('rollup of the fee in units that differ', () => {
  it('refuses to add 元 to 万元: the total is blank, with the units seen', () => {
    const { report, findings } = rollup([fee(5000, '元', '甲'), fee(0.5, undefined, '乙')], { agency: '某县人民政府' });
    expect((report as Report2021).table2.fees.feeAmount).toBeNull();
    expect(findings).toContainEqual(
      expect.objectContaining({ code: 'ROLLUP-UNIT-MISMATCH', severity: 'error', row: '行政事业性收费', actual: null }),
    );
    expect(findings.find((f) => f.code === 'ROLLUP-UNIT-MISMATCH')?.message).toContain('元×1、万元×1');
  });

  it('adds the fee stated in 万元 to the fee with no unit, exactly, and states no unit on the total', () => {
    const { report, findings } = rollup([fee(0.1, '万元', '甲'), fee(0.2, undefined, '乙')], {
      agency: '某县人民政府',
    });
    expect((report as Report2021).table2.fees.feeAmount).toBe(0.3);
    expect(report.units).toEqual({});
    expect(findings.map((f) => f.code)).not.toContain('ROLLUP-UNIT-MISMATCH');
  });

  it('reads a CSV whose unit line puts the fee in 元, and then refuses it as the library does', () => {
    const csv = writeCsv(fee(5000, '元'));
    expect(csv).toContain('unit,行政事业性收费,本年收费金额（单位：万元）,元\n');
    const read = readCsv(csv) as Report;
    const { report } = rollup([read, fee(0.5)], { agency: '某县人民政府' });
    expect((report as Report2021).table2.fees.feeAmount).toBeNull();
  });
});
