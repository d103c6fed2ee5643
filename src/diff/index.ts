/**
 * Diff and the cross-year checks.
 *
 * @module
 */
export {
  diff,
  type CellChange,
  type CellLabels,
  type ChangeKind,
  type DiffSide,
  type NotComparableCell,
  type ReportDiff,
  type TableDiff,
} from './diff.js';
export { formatDiff, type FormatDiffOptions } from './format-text.js';
export { textReuse, TEXT_REUSE_PARAMETERS, type TextReuse } from './similarity.js';
export { JUMP_PARAMETERS } from './cross-year.js';
export { CROSS_YEAR_RULES } from './rules.js';
