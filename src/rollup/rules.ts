/**
 * The registry of the rollup finding codes, like `REPORT_RULES`.
 *
 * @module
 */
import { rule, type RuleInfo } from '../check/rules.js';

/**
 * Every finding code of `rollup`, `rollupTree` and `compareWithParts`; each has a page at
 * `docs/rules/CODE.md`.
 *
 * @example
 * ```ts
 * ROLLUP_RULES.map((r) => r.code); // ['ROLLUP-PARTLY-BLANK', 'ROLLUP-UNIT-MISMATCH', 'ROLLUP-DUPLICATE', 'ROLLUP-BELOW-PARTS']
 * ```
 */
export const ROLLUP_RULES: readonly RuleInfo[] = [
  rule(
    'ROLLUP-PARTLY-BLANK',
    'info',
    '汇总时部分报告该单元格为空白，合计仅为填报数字之和',
    'Some inputs left the cell blank; the total is the sum of the others',
  ),
  rule(
    'ROLLUP-UNIT-MISMATCH',
    'error',
    '各报告的采购总金额单位不同，该单元格不予汇总',
    'The inputs state 采购总金额 in different units; the cell is not summed',
  ),
  rule(
    'ROLLUP-DUPLICATE',
    'error',
    '同一机关同一年度的报告被重复汇总（相同的报告只计一次；内容不同则两份都计入，合计有误）',
    'The same body and year was given twice (an equal report is counted once; differing ones are both added, so the total is wrong)',
  ),
  rule(
    'ROLLUP-BELOW-PARTS',
    'warning',
    '汇总本行政区域的政府报告中数字小于各组成单位之和',
    "A region's report shows less than the sum of its parts",
  ),
];
