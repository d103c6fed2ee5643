/**
 * Helpers of the rollup and diff tests: the corpus reports as reports, and the strict checks.
 */
import { check, type Finding } from '../../src/check/index.js';
import { getFormat } from '../../src/format/index.js';
import type { Report, Report2019, Report2021 } from '../../src/model/types.js';
import { readTruth, truthToReport } from '../support/truth.js';

/** 北关区应急管理局 2024 (a district department, every cell 0 except 行政处罚 13). */
export const beiguan = (): Report2021 =>
  truthToReport(readTruth('2024-beiguan-yjglj.txt'), { level: 'department', scope: 'agency' }) as Report2021;
/** 淮安市人民政府 2024 (a city government, large figures, fee 96171.6 万元). */
export const huaian = (): Report2021 =>
  truthToReport(readTruth('2024-huaian-szf.pdf'), { level: 'government', scope: 'agency' }) as Report2021;
/** 上海市人民政府办公厅 2019 (the 2019 format, blank cells, 采购总金额 251000元). */
export const shanghai = (): Report2019 =>
  truthToReport(readTruth('2019-shanghai-szfbgt.html'), { level: 'department', scope: 'agency' }) as Report2019;

/** The strict findings of a report: the relations of its format and invalid cells. */
export function strictFindings(report: Report): Finding[] {
  const strict = new Set([...getFormat(report.format).relations.map((r) => r.code), 'CELL-INVALID']);
  return check(report).filter((f) => f.severity === 'error' && strict.has(f.code));
}

/** The tables of a report, for comparing two results' data without their meta. */
export const tablesOf = (r: Report) => ({ table2: r.table2, table3: r.table3, table4: r.table4, units: r.units });
