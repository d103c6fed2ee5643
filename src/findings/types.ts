/**
 * Findings: what checks and readers report, as plain data, and the words they are written in.
 *
 * @module
 */
import type { CellRef, TableId } from '../format/grid.js';
import type { RuleCode } from './index.js';

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
 * Severity overrides by finding code, or `'off'`, as in ESLint's `rules`: the `rules` option of
 * `check`, the readers and the rollup.
 *
 * @example
 * ```ts
 * const rules: RuleSettings = { 'SECTION-MISSING': 'off', 'LATE-PUBLICATION': 'error' };
 * check(report, { rules });
 * ```
 */
export type RuleSettings = Readonly<Partial<Record<RuleCode, RuleSetting>>>;

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
 * One thing a check or a reader found. Plain data: serialisable as JSON, a stable `code` (each
 * documented at `docs/rules/CODE.md`), official labels for the place it concerns.
 *
 * @example
 * ```ts
 * const report = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
 * report.table3.received.natural = 2;
 * check(report, { lang: 'en' }).find((f) => f.code === 'T3-BALANCE');
 * // {
 * //   code: 'T3-BALANCE',
 * //   severity: 'error',
 * //   message: 'Table 3, column "自然人": received + carried over = 2, but outcome total + carried forward = 0',
 * //   cells: [
 * //     { table: '3', row: 'received', column: 'natural' },
 * //     { table: '3', row: 'carriedOver', column: 'natural' },
 * //     { table: '3', row: 'outcomeTotal', column: 'natural' },
 * //     { table: '3', row: 'carriedForward', column: 'natural' },
 * //   ],
 * //   table: '3',
 * //   column: '自然人',
 * //   expected: 2,
 * //   actual: 0,
 * // }
 * ```
 */
export interface Finding {
  /** Stable identifier, e.g. `T3-BALANCE`. */
  code: RuleCode;
  severity: Severity;
  /** Human-readable message in the requested language (Chinese by default). */
  message: string;
  /** The table concerned, when the finding is about table cells. */
  table?: TableId;
  /** Official label of the row concerned (table 2, table 3). */
  row?: string;
  /** Official label of the column concerned. */
  column?: string;
  /** Official label of the table 4 group concerned (行政复议, 未经复议直接起诉, 复议后起诉). */
  group?: string;
  /** Every cell involved, by key (for a relation: both sides). */
  cells?: CellRef[];
  /** The value the relation requires. */
  expected?: number;
  /** The value printed (`null` when blank). */
  actual?: number | null;
  /** Where in the report JSON the finding points, as keys from the root. */
  path?: (string | number)[];
  /** The sentence or text the finding is about, quoted from the report. */
  quote?: string;
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

/**
 * A finding before its message is written and its severity settled: what an emitter returns.
 * `severity` is the rule's default unless given (a rule whose findings differ in severity, as
 * CELL-BLANK's, gives it); `messageKey` is the code, or `CODE/variant` for a rule with several
 * messages.
 *
 * @example
 * ```ts
 * const raw: RawFinding = { code: 'SECTION-MISSING', path: ['sections', 'other'], params: { heading: '六、其他需要报告的事项' } };
 * ```
 */
export interface RawFinding<C extends string = RuleCode> extends Omit<Finding, 'code' | 'message' | 'severity'> {
  code: C;
  severity?: Severity;
  messageKey?: C | `${C}/${string}`;
  params: MessageParams;
}
