/**
 * zfxxgk: the typed model of the 政府信息公开工作年度报告, its checks, and the interchange table.
 *
 * This entry is pure (no Node built-ins, no I/O) and does not load zod; the zod schemas live in
 * `zfxxgk/schema`, the document readers in `zfxxgk/parse`.
 *
 * @example
 * ```ts
 * import { check, readCsv } from 'zfxxgk';
 * const findings = check(readCsv(csvText), { lang: 'en' });
 * ```
 *
 * @module zfxxgk
 */
export {
  FORMAT_2019,
  FORMAT_2021,
  FORMATS,
  FORMAT_VERSIONS,
  OUTCOME_ROLES,
  OVERVIEW_TOPICS,
  SECTIONS,
  VALUE_KINDS,
  cellLabels,
  columnsWithRole,
  columnWithRole,
  findRow,
  formatCells,
  formatForYear,
  getFormat,
  getTable,
  rowsWithRole,
  rowWithRole,
  valueProblem,
  type BlockDef,
  type ColumnRole,
  type FormatOf,
  type KeysWithRole,
  type KindDef,
  type OutcomeRole,
  type RelationTerm,
  type RowRole,
  type CellDef,
  type CellRef,
  type ColumnDef,
  type FormatDef,
  type FormatVersion,
  type RelationAxis,
  type RelationDef,
  type RelationInstance,
  type RowDef,
  type SectionDef,
  type TableDef,
  type TableId,
  type ValueKind,
} from './format/index.js';
export type {
  BodyLevel,
  CellValue,
  DeepReadonly,
  ReadonlyReport,
  OverviewTopicKey,
  Report,
  Report2019,
  Report2021,
  ReportMeta,
  ReportOf,
  ReportScope,
  Section,
  SectionKey,
  Table2,
  Table3,
  Table4,
} from './model/types.js';
export { emptyReport, type EmptyReportInput } from './model/empty.js';
export {
  createReport,
  validateReport,
  safeValidateReport,
  ReportInputError,
  type InputIssue,
  type ValidateReportOptions,
  type ValidateReportResult,
} from './model/validate.js';
export { sumDecimal, subtractDecimal } from './model/decimal.js';
export type {
  Bilingual,
  Finding,
  Lang,
  RuleCategory,
  RuleCode,
  RuleInfo,
  RuleSetting,
  RuleSettings,
  Severity,
} from './findings/index.js';
export { check, hasErrors, publicationDeadline, REPORT_RULES, type CheckOptions } from './check/index.js';
export { CSV_HEADER, InterchangeError, readCsv, writeCsv, type CsvIssue } from './interchange/csv.js';
export { JsonInputError, readJson, type JsonIssue } from './interchange/json.js';
export {
  compareWithParts,
  comparablePairs,
  comparisonGrid,
  mapFormat,
  rollup,
  rollupTree,
  RollupInputError,
  ROLLUP_RULES,
  type BlankCounts,
  type BodyNode,
  type ComparablePair,
  type FormatMapping,
  type MappedCell,
  type RollupInput,
  type RollupMeta,
  type RollupOptions,
  type RollupProvenance,
  type RollupResult,
  type RollupTreeNode,
  type RollupTreeOptions,
} from './rollup/index.js';
export {
  CROSS_YEAR_RULES,
  diff,
  diffToText,
  JUMP_PARAMETERS,
  TEXT_REUSE_PARAMETERS,
  textReuse,
  type CellChange,
  type CellLabels,
  type ChangeKind,
  type DiffSide,
  type DiffTextOptions,
  type NotComparableCell,
  type ReportDiff,
  type TableDiff,
  type TextReuse,
} from './diff/index.js';
export {
  CaseInputError,
  fromCases,
  type AppealCase,
  type AppealKind,
  type AppealResult,
  type ApplicantKey,
  type ApplicationCase,
  type CaseIssue,
  type CaseRegister,
  type FromCasesOptions,
  type OutcomeKey,
} from './cases/index.js';
