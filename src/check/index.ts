/**
 * `check`: every rule of the report, as findings.
 *
 * @module
 */
import { CROSS_YEAR } from '../findings/cross-year.js';
import { REPORT } from '../findings/report.js';
import type { RuleCode } from '../findings/index.js';
import type { Finding, Lang, RuleSettings } from '../findings/types.js';
import { FindingSink, findingWriter } from '../findings/write.js';
import { FORMAT_VERSIONS } from '../format/index.js';
import type { ReadonlyReport } from '../model/types.js';
import { ReportInputError, safeValidateReport } from '../model/validate.js';
import { checkCrossYear } from './cross-year.js';
import { checkRelations, type CheckContext } from './relations.js';
import {
  checkAssessment,
  checkFeeStatement,
  checkFormatYear,
  checkPublication,
  checkSections,
} from './report-rules.js';
import { checkTextAgainstTables } from './text-table.js';
import type { UnreadCell } from './unread.js';
import { checkUnits } from './units.js';

/**
 * Options of {@link check}.
 *
 * @example
 * ```ts
 * check(report2024, { lang: 'en', rules: { 'SECTION-MISSING': 'off' }, previous: report2023 });
 * ```
 */
export interface CheckOptions {
  /** Language of the messages: `'zh'` (default) or `'en'`. */
  lang?: Lang;
  /**
   * Per-code severity overrides, or `'off'`, as in ESLint:
   * `{ 'SECTION-MISSING': 'off', 'LATE-PUBLICATION': 'error' }`.
   */
  rules?: RuleSettings;
  /**
   * The same body's report of the year before: runs the cross-year rules too (X-CARRYOVER,
   * X-STOCK, X-TEXT-REUSE, X-JUMP; see `CROSS_YEAR_RULES`). Must be about `report.meta.year − 1`
   * (another year is a mistake of the caller: `check` throws a `TypeError` naming both years).
   */
  previous?: ReadonlyReport;
  /**
   * Cells the reader could not read (see {@link unreadCells}): blank in the report but unknown,
   * so no relation through them is evaluated; each such relation is one RELATION-UNCHECKED
   * finding instead of an arithmetic error of the report.
   */
  unread?: readonly UnreadCell[];
}

/** A rule and, where it emits one code only, that code (so an `'off'` skips running it). */
interface RuleEntry {
  readonly code?: RuleCode;
  /** Adds the rule's findings to the sink. */
  readonly run: (report: ReadonlyReport, context: CheckContext, sink: FindingSink) => void;
}

/** The rules {@link check} runs, in the order their findings are listed. */
const RULES: readonly RuleEntry[] = [
  { code: 'FORMAT-YEAR-MISMATCH', run: checkFormatYear },
  { run: checkRelations },
  { code: 'CELL-UNIT-MISMATCH', run: checkUnits },
  { run: checkSections },
  { code: 'TEXT-TABLE-MISMATCH', run: checkTextAgainstTables },
  { code: 'LATE-PUBLICATION', run: checkPublication },
  { code: 'FEE-STATEMENT-MISSING', run: checkFeeStatement },
  { code: 'ASSESSMENT-MISSING', run: checkAssessment },
];

const write = findingWriter([...REPORT, ...CROSS_YEAR]);

/**
 * Checks a report against every rule of its format: the sum relations of tables 3 and 4, cell
 * validity and blanks, the format for the year, the sections, the narrative against the tables,
 * the publication deadline, the fee statement and the assessment paragraph. Never throws on bad
 * data: every problem is a finding. A value that is not a report at all (`{ format: '2021' }`,
 * `null`) is a mistake of the caller: `check` throws a `ReportInputError` (a `TypeError`) listing
 * what is missing, with the path of each part.
 *
 * @example
 * ```ts
 * import { check, emptyReport } from 'zfxxgk';
 * const report = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
 * report.table3.received.natural = 2;
 * check(report, { lang: 'en' }).filter((f) => f.severity === 'error').map((f) => f.code);
 * // ['TABLE-BLANK', 'T3-BALANCE', 'T3-BALANCE']
 * ```
 */
export function check(report: ReadonlyReport, options: CheckOptions = {}): Finding[] {
  assertReport(report, 'report');
  if (options.previous !== undefined) assertReport(options.previous, 'previous');
  const sink = new FindingSink(write, options);
  const context: CheckContext = { unread: options.unread ?? [] };
  for (const rule of RULES) {
    if (rule.code && options.rules?.[rule.code] === 'off') continue;
    rule.run(report, context, sink);
  }
  if (options.previous) sink.raw(checkCrossYear(report, options.previous, options.rules, context.unread));
  return sink.out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Whether the parts of a report every rule reads are objects; a value without them is not a
 * report at all. Read by name, each part costs what a report's own field does.
 */
const hasParts = (v: Record<string, unknown>): boolean =>
  isObject(v.meta) &&
  isObject(v.sections) &&
  isObject(v.topics) &&
  isObject(v.table2) &&
  isObject(v.table3) &&
  isObject(v.table4) &&
  isObject(v.units);

/**
 * Throws a {@link ReportInputError} listing what is wrong when `value` (from untyped code, or
 * parsed JSON not validated) is not a report: check's rules would otherwise fail on the first part
 * they read with a bare `TypeError`. Only the shape is looked at here; the cells are the rules'.
 */
function assertReport(value: unknown, name: string): asserts value is ReadonlyReport {
  if (isObject(value) && FORMAT_VERSIONS.includes(value.format as never) && hasParts(value)) return;
  const result = safeValidateReport(value);
  const issues = result.success ? [{ path: [], message: 'not a report' }] : result.issues;
  throw new ReportInputError(issues.map((i) => ({ ...i, path: [name, ...i.path] })));
}

/**
 * Whether findings include any of severity `error`.
 *
 * @example
 * ```ts
 * hasErrors(check(report)); // false for a consistent report
 * ```
 */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

export { REPORT_RULES } from '../findings/report.js';
export type { RuleInfo } from '../findings/define.js';
export type { Finding, Lang, RuleSetting, RuleSettings } from '../findings/types.js';
export { publicationDeadline } from './report-rules.js';
export { unreadCells, type UnreadCell } from './unread.js';
export { UNREAD_CODES, type UnreadCode } from '../findings/reading.js';
