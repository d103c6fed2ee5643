/**
 * The registry of the cross-year finding codes, like `REPORT_RULES`.
 *
 * @module
 */
import type { RuleInfo } from '../check/rules.js';

/**
 * Every finding code of the cross-year checks (`check(report, { previous })`); each has a page at
 * `docs/rules/CODE.md`.
 *
 * @example
 * ```ts
 * CROSS_YEAR_RULES.map((r) => r.code); // ['X-CARRYOVER', 'X-STOCK', 'X-TEXT-REUSE', 'X-JUMP']
 * ```
 */
export const CROSS_YEAR_RULES: readonly RuleInfo[] = [
  {
    code: 'X-CARRYOVER',
    severity: 'warning',
    description: { zh: '本年「二、上年结转」与上年「四、结转下年度继续办理」不一致', en: "This year's carried-over applications differ from last year's carried-forward ones" },
  },
  {
    code: 'X-STOCK',
    severity: 'warning',
    description: {
      zh: '现行有效件数不等于上年现行有效件数加本年制发件数减本年废止件数',
      en: 'Documents in force ≠ last year’s in force + issued − repealed',
    },
  },
  {
    code: 'X-TEXT-REUSE',
    severity: 'warning',
    description: { zh: '正文部分与上年报告同一部分内容雷同', en: "A narrative section largely repeats the same section of last year's report" },
  },
  {
    code: 'X-JUMP',
    severity: 'info',
    description: { zh: '单元格数值较上年大幅变化', en: 'A cell changed by a large factor since last year' },
  },
];
