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
export { diffToText, type DiffTextOptions } from './text.js';
export { textReuse, TEXT_REUSE_PARAMETERS, type TextReuse } from '../check/similarity.js';
export { JUMP_PARAMETERS } from '../check/cross-year.js';
export { CROSS_YEAR_RULES } from '../findings/cross-year.js';
