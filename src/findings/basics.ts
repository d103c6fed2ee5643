/**
 * The words findings are made of: severities, languages, bilingual texts and message parameters.
 *
 * @module
 */

/**
 * Severity of a finding: `'error'`, `'warning'` or `'info'`.
 *
 * @example
 * ```ts
 * check(report, { rules: { 'TEXT-TABLE-MISMATCH': 'error' } }).filter((f) => f.severity === 'error');
 * ```
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * A rule's configured severity, or `'off'` to skip it (as in ESLint).
 *
 * @example
 * ```ts
 * check(report, { rules: { 'SECTION-MISSING': 'off', 'TEXT-TABLE-MISMATCH': 'error' } });
 * ```
 */
export type RuleSetting = Severity | 'off';

/**
 * The languages messages are written in: `'zh'` (the default) or `'en'`.
 *
 * @example
 * ```ts
 * check(report, { lang: 'en' });
 * ```
 */
export type Lang = 'zh' | 'en';

/**
 * A text in both languages the library speaks.
 *
 * @example
 * ```ts
 * REPORT_RULES[0]?.description;
 * // { zh: '表三每列：第一项加第二项之和等于第三项加第四项之和',
 * //   en: 'Table 3, per column: received + carried over = outcome total + carried forward' }
 * ```
 */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * The values a message template is written from.
 *
 * @example
 * ```ts
 * const params: MessageParams = { table: '3', row: '一、本年新收政府信息公开申请数量', expected: 5 };
 * ```
 */
export type MessageParams = Readonly<Record<string, string | number | null | undefined>>;
