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
 * ROLLUP.map((r) => r.code); // ['ROLLUP-PARTLY-BLANK', 'ROLLUP-UNIT-MISMATCH', 'ROLLUP-DUPLICATE', 'ROLLUP-BELOW-PARTS']
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
      zh: '各报告的金额单位不同，该单元格不予汇总',
      en: 'The inputs state an amount in different units; the cell is not summed',
    },
    message: (p) => ({
      zh: `表${p.table}「${p.row}」行「${p.column}」列的单位不一致（${p.units}），不予汇总`,
      en: `Table ${p.table}, row "${p.row}", column "${p.column}" is stated in different units (${p.unitsEn}); not summed`,
    }),
  },
  'ROLLUP-DUPLICATE': {
    severity: 'error',
    title: {
      zh: '同一机关同一年度的报告被重复汇总（相同的报告只计一次；内容不同则两份都计入，合计有误）',
      en: 'The same body and year was given twice (an equal report is counted once; differing ones are both added, so the total is wrong)',
    },
    // The same report again: counted once (a warning, given by the finding).
    message: (p) => ({
      zh: `第 ${p.input} 份报告与第 ${p.first} 份相同（${p.agency} ${p.year} 年），只计入一次`,
      en: `Input ${p.input} is the same report as input ${p.first} (${p.agency}, ${p.year}); counted once`,
    }),
    variants: {
      body: (p) => ({
        zh: `第 ${p.input} 份报告与第 ${p.first} 份是同一机关同一年度（${p.agency} ${p.year} 年）但内容不同，两份都计入了合计，该机关被重复计算；请确认应使用哪一份`,
        en: `Input ${p.input} is about the same body and year as input ${p.first} (${p.agency}, ${p.year}) but differs from it; both were added, so the total counts this body twice: decide which one to use`,
      }),
    },
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
 * ROLLUP_RULES.map((r) => r.code); // ['ROLLUP-PARTLY-BLANK', 'ROLLUP-UNIT-MISMATCH', 'ROLLUP-DUPLICATE', 'ROLLUP-BELOW-PARTS']
 * ```
 */
export const ROLLUP_RULES: readonly RuleInfo[] = /* @__PURE__ */ registry(ROLLUP);
