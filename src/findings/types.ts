/**
 * Findings: what checks and readers report, as plain data.
 *
 * @module
 */
import type { CellRef, TableId } from '../format/grid.js';
import type { MessageParams, RuleSetting, Severity } from './basics.js';
import type { RuleCode } from './catalog.js';

export type { Bilingual, Lang, MessageParams, RuleSetting, Severity } from './basics.js';

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
