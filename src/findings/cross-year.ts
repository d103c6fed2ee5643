/**
 * The rules of `check(report, { previous })`: a report against the same body's report of the
 * year before (spec/format.md §1.5; §5 on 内容雷同).
 *
 * @module
 */
import { bilingual, defineRules, registry, type RuleInfo } from './define.js';
import { enValue, zhValue } from './words.js';

/**
 * Every cross-year rule, in the order `CROSS_YEAR_RULES` lists them.
 *
 * @example
 * ```ts
 * CROSS_YEAR.map((r) => r.code); // ['X-CARRYOVER', 'X-STOCK', 'X-TEXT-REUSE', 'X-JUMP']
 * ```
 */
export const CROSS_YEAR = /* @__PURE__ */ defineRules('cross-year', {
  'X-CARRYOVER': {
    severity: 'warning',
    title: {
      zh: '本年「二、上年结转」与上年「四、结转下年度继续办理」不一致',
      en: "This year's carried-over applications differ from last year's carried-forward ones",
    },
    message: bilingual(
      (p) =>
        `表三「${p.column}」列：二、上年结转为 ${zhValue(p.actual)}，而 ${p.year} 年报告的四、结转下年度继续办理为 ${zhValue(p.before)}`,
      (p) =>
        `Table 3, column "${p.column}": carried over from last year is ${enValue(p.actual)}, but the ${p.year} report carried forward ${enValue(p.before)}`,
    ),
  },
  'X-STOCK': {
    severity: 'warning',
    title: {
      zh: '现行有效件数不等于上年现行有效件数加本年制发件数减本年废止件数',
      en: 'Documents in force ≠ last year’s in force + issued − repealed',
    },
    message: bilingual(
      (p) =>
        `表二「${p.row}」：现行有效件数为 ${p.actual}，按 ${p.year} 年现行有效件数 ${p.last} + 本年制发件数 ${p.issued ?? 0} − 本年废止件数 ${p.repealed ?? 0} 应为 ${p.expected}`,
      (p) =>
        `Table 2, "${p.row}": ${p.actual} in force, but ${p.last} in force in ${p.year} + ${p.issued ?? 0} issued − ${p.repealed ?? 0} repealed = ${p.expected}`,
    ),
  },
  'X-TEXT-REUSE': {
    severity: 'warning',
    title: {
      zh: '正文部分与上年报告同一部分内容雷同',
      en: "A narrative section largely repeats the same section of last year's report",
    },
    message: bilingual(
      (p) => `「${p.heading}」与 ${p.year} 年报告同一部分内容雷同（${p.percent}% 的文字上年已有）：「${p.quote}…」`,
      (p) =>
        `Section "${p.heading}" largely repeats the ${p.year} report (${p.percent}% of its text was already there): "${p.quote}…"`,
    ),
  },
  'X-JUMP': {
    severity: 'info',
    title: { zh: '单元格数值较上年大幅变化', en: 'A cell changed by a large factor since last year' },
    message: bilingual(
      (p) => `表${p.table}「${p.row}」行「${p.column}」列由 ${p.year} 年的 ${p.from} 变为 ${p.to}，变化幅度较大`,
      (p) => `Table ${p.table}, row "${p.row}", column "${p.column}" went from ${p.from} in ${p.year} to ${p.to}`,
    ),
  },
});

/**
 * Every finding code of the cross-year checks (`check(report, { previous })`).
 *
 * @example
 * ```ts
 * CROSS_YEAR_RULES.map((r) => r.code); // ['X-CARRYOVER', 'X-STOCK', 'X-TEXT-REUSE', 'X-JUMP']
 * ```
 */
export const CROSS_YEAR_RULES: readonly RuleInfo[] = /* @__PURE__ */ registry(CROSS_YEAR);
