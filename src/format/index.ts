/**
 * The format definitions and everything derived from them alone: lookups, cells, and how the
 * cells of one format map onto another's.
 *
 * @module
 */
export { FORMAT_2019 } from './format2019.js';
export { FORMAT_2021 } from './format2021.js';
export * from './lookups.js';
export * from './comparable.js';
export * from './grid.js';
export * from './roles.js';
export * from './kinds.js';
export { NARRATIVE_SECTIONS, OVERVIEW_TOPICS, SECTIONS } from './shared.js';
