import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readCsv, writeCsv } from '../../src/interchange/csv.js';
import { anyReportArb, consistentReportArb, formatArb } from '../support/arbitraries.js';
import type { Report2019, Report2021 } from '../../src/model/types.js';
import { readTruth, truthToReport } from '../support/truth.js';

describe('interchange CSV round trip', () => {
  it('readCsv(writeCsv(r)) deep-equals r for any valid report', () => {
    fc.assert(
      fc.property(
        formatArb.chain((f) => anyReportArb(f)),
        (report) => {
          expect(readCsv(writeCsv(report))).toEqual(report);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('holds on consistent reports with every cell filled', () => {
    fc.assert(
      fc.property(
        formatArb.chain((f) => consistentReportArb(f)),
        (report) => {
          expect(readCsv(writeCsv(report))).toEqual(report);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps blanks, decimal money, signed 本年增/减 and units of the corpus reports', () => {
    const shanghai = truthToReport(readTruth('2019-shanghai-szfbgt.html')) as Report2019;
    shanghai.table2.licensing.change = -8;
    const back = readCsv(writeCsv(shanghai));
    expect(back).toEqual(shanghai);
    expect(back.units).toEqual({ 'procurement/amount': '元' });
    expect(back.table3.granted.total).toBeNull();
    const huaian = truthToReport(readTruth('2024-huaian-szf.pdf')) as Report2021;
    expect((readCsv(writeCsv(huaian)) as Report2021).table2.fees.feeAmount).toBe(96171.6);
  });

  it('writes numbers in plain decimal form', () => {
    const report = truthToReport(readTruth('2024-huaian-szf.pdf')) as Report2021;
    report.table2.fees.feeAmount = 1e-7;
    report.table2.penalty.decisions = Number.MAX_SAFE_INTEGER;
    const csv = writeCsv(report);
    expect(csv).toContain('2,行政事业性收费,本年收费金额（单位：万元）,0.0000001\n');
    expect(csv).toContain('2,行政处罚,本年处理决定数量,9007199254740991\n');
    expect(readCsv(csv)).toEqual(report);
  });
});
