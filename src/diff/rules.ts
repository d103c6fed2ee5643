/**
 * The registry of the cross-year finding codes, like `REPORT_RULES`.
 *
 * @module
 */
import { rule, type RuleInfo } from '../check/rules.js';

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
  rule(
    'X-CARRYOVER',
    'warning',
    '本年「二、上年结转」与上年「四、结转下年度继续办理」不一致',
    "This year's carried-over applications differ from last year's carried-forward ones",
  ),
  rule(
    'X-STOCK',
    'warning',
    '现行有效件数不等于上年现行有效件数加本年制发件数减本年废止件数',
    'Documents in force ≠ last year’s in force + issued − repealed',
  ),
  rule(
    'X-TEXT-REUSE',
    'warning',
    '正文部分与上年报告同一部分内容雷同',
    "A narrative section largely repeats the same section of last year's report",
  ),
  rule('X-JUMP', 'info', '单元格数值较上年大幅变化', 'A cell changed by a large factor since last year'),
];
