/**
 * Rollup: the 本级政府 total of many reports, over a list or a tree of bodies.
 *
 * @module
 */
export { rollup, RollupInputError } from './rollup.js';
export { rollupTree, type BodyNode, type RollupTreeNode, type RollupTreeOptions } from './tree.js';
export { compareWithParts } from './parts.js';
export {
  comparablePairs,
  comparisonGrid,
  mapFormat,
  type ComparablePair,
  type FormatMapping,
  type MappedCell,
} from '../format/comparable.js';
export type { RollupInput } from './inputs.js';
export type { BlankCounts, RollupMeta, RollupOptions, RollupProvenance, RollupResult } from './result.js';
export { ROLLUP_RULES } from '../findings/rollup.js';
