/**
 * The registry of finding codes: default severity and a one-line description in both languages.
 * Each code has a page at `docs/rules/CODE.md`.
 *
 * @module
 */
import type { Bilingual, Severity } from '../format/grid.js';

/**
 * What the registry says about one finding code.
 *
 * @example
 * ```ts
 * REPORT_RULES.find((r) => r.code === 'T3-BALANCE');
 * // { code: 'T3-BALANCE', severity: 'error',
 * //   description: { zh: '表三每列：第一项加第二项之和等于第三项加第四项之和',
 * //                  en: 'Table 3, per column: received + carried over = outcome total + carried forward' } }
 * ```
 */
export interface RuleInfo {
  readonly code: string;
  /** The severity findings of this code have by default (CELL-BLANK: of its blank-total findings). */
  readonly severity: Severity;
  readonly description: Bilingual;
}

/**
 * A registry entry: the one way every registry (checks, readers, rollup, cross-year) writes one.
 * @internal
 */
export const rule = (code: string, severity: Severity, zh: string, en: string): RuleInfo => ({
  code,
  severity,
  description: { zh, en },
});

/**
 * Every finding code of the report checks.
 *
 * @example
 * ```ts
 * REPORT_RULES.map((r) => r.code); // ['T3-BALANCE', 'T3-OUTCOME-SUM', …]
 * ```
 */
export const REPORT_RULES: readonly RuleInfo[] = [
  rule(
    'T3-BALANCE',
    'error',
    '表三每列：第一项加第二项之和等于第三项加第四项之和',
    'Table 3, per column: received + carried over = outcome total + carried forward',
  ),
  rule(
    'T3-OUTCOME-SUM',
    'error',
    '表三每列：（七）总计等于各项办理结果之和',
    'Table 3, per column: the outcome total equals the sum of the outcome rows',
  ),
  rule(
    'T3-ROW-TOTAL',
    'error',
    '表三每行：总计等于六个申请人列之和',
    'Table 3, per row: 总计 equals the sum of the six applicant columns',
  ),
  rule(
    'T4-TOTAL',
    'error',
    '表四每组：总计等于四项结果之和',
    'Table 4, per group: total equals the sum of the four outcomes',
  ),
  rule('CELL-INVALID', 'error', '单元格的值为负数或非整数件数', 'A cell holds a negative value or a fractional count'),
  rule(
    'CELL-BLANK',
    'warning',
    '空白单元格：空白总计而其组成部分不全为零（警告）；其余空白按 0 计算（提示）',
    'Blank cells: a blank total whose parts are not all zero (warning); other blanks count as 0 (info)',
  ),
  rule('FORMAT-YEAR-MISMATCH', 'error', '报告格式与报告年度不符', 'The format does not match the report year'),
  rule('SECTION-MISSING', 'error', '缺少六个部分之一或该部分为空', 'One of the six sections is missing or empty'),
  rule('TEXT-TABLE-MISMATCH', 'warning', '正文数字与表格不一致', 'A figure stated in the text contradicts the tables'),
  rule('LATE-PUBLICATION', 'warning', '晚于法定期限发布', 'Published after the legal deadline'),
  rule(
    'FEE-STATEMENT-MISSING',
    'warning',
    '2021 版格式报告第六部分未说明信息处理费',
    'A 2021-format report whose section 6 says nothing about 信息处理费',
  ),
  rule(
    'ASSESSMENT-MISSING',
    'warning',
    '人民政府报告未说明工作考核、社会评议和责任追究情况',
    "A people's government report without 工作考核、社会评议和责任追究",
  ),
];
