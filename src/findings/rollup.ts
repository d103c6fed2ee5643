/**
 * The rules of `rollup`, `rollupTree` and `compareWithParts`.
 *
 * @module
 */
import { defineRules, registry, type RuleInfo } from './define.js';
import { enValue, zhValue } from './words.js';

/**
 * Every rollup rule, in the order `ROLLUP_RULES` lists them.
 *
 * @example
 * ```ts
 * ROLLUP.map((r) => r.code); // ['ROLLUP-PARTLY-BLANK', 'ROLLUP-UNIT-MISMATCH', 'ROLLUP-BELOW-PARTS']
 * ```
 */
export const ROLLUP = /* @__PURE__ */ defineRules('rollup', {
  'ROLLUP-PARTLY-BLANK': {
    severity: 'info',
    title: {
      zh: '汇总时部分报告该单元格为空白，合计仅为填报数字之和',
      en: 'Some inputs left the cell blank; the total is the sum of the others',
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行「${p.column}」列：${p.inputs} 份报告中有 ${p.blank} 份为空白，合计仅为其余报告之和`,
      en: `Table ${p.table}, row "${p.row}", column "${p.column}": ${p.blank} of ${p.inputs} reports left it blank; the total is the sum of the others`,
    }),
  },
  'ROLLUP-UNIT-MISMATCH': {
    severity: 'error',
    title: {
      zh: '各报告的采购总金额单位不同，该单元格不予汇总',
      en: 'The inputs state 采购总金额 in different units; the cell is not summed',
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行「${p.column}」列的单位不一致（${p.units}），不予汇总`,
      en: `Table ${p.table}, row "${p.row}", column "${p.column}" is stated in different units (${p.unitsEn}); not summed`,
    }),
  },
  'ROLLUP-BELOW-PARTS': {
    severity: 'warning',
    title: {
      zh: '汇总本行政区域的政府报告中数字小于各组成单位之和',
      en: "A region's report shows less than the sum of its parts",
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行「${p.column}」列为 ${zhValue(p.actual)}，小于 ${p.parts} 个组成单位之和 ${p.expected}`,
      en: `Table ${p.table}, row "${p.row}", column "${p.column}" is ${enValue(p.actual)}, less than the sum of its ${p.parts} parts, ${p.expected}`,
    }),
  },
});

/**
 * Every finding code of `rollup`, `rollupTree` and `compareWithParts`.
 *
 * @example
 * ```ts
 * ROLLUP_RULES.map((r) => r.code); // ['ROLLUP-PARTLY-BLANK', 'ROLLUP-UNIT-MISMATCH', 'ROLLUP-BELOW-PARTS']
 * ```
 */
export const ROLLUP_RULES: readonly RuleInfo[] = /* @__PURE__ */ registry(ROLLUP);
