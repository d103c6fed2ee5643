/**
 * The registry of the rollup finding codes, like `REPORT_RULES`.
 *
 * @module
 */
import type { RuleInfo } from '../check/rules.js';

/**
 * Every finding code of `rollup`, `rollupTree` and `compareWithParts`; each has a page at
 * `docs/rules/CODE.md`.
 *
 * @example
 * ```ts
 * ROLLUP_RULES.map((r) => r.code); // ['ROLLUP-PARTLY-BLANK', 'ROLLUP-UNIT-MISMATCH', 'ROLLUP-BELOW-PARTS']
 * ```
 */
export const ROLLUP_RULES: readonly RuleInfo[] = [
  {
    code: 'ROLLUP-PARTLY-BLANK',
    severity: 'info',
    description: { zh: '汇总时部分报告该单元格为空白，合计仅为填报数字之和', en: 'Some inputs left the cell blank; the total is the sum of the others' },
  },
  {
    code: 'ROLLUP-UNIT-MISMATCH',
    severity: 'error',
    description: { zh: '各报告的采购总金额单位不同，该单元格不予汇总', en: 'The inputs state 采购总金额 in different units; the cell is not summed' },
  },
  {
    code: 'ROLLUP-BELOW-PARTS',
    severity: 'warning',
    description: { zh: '汇总本行政区域的政府报告中数字小于各组成单位之和', en: "A region's report shows less than the sum of its parts" },
  },
];
