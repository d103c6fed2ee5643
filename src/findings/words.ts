/**
 * How values are written in messages: a blank cell is 空白 / blank, not `null`.
 *
 * @module
 */

type Value = string | number | null | undefined;

/**
 * A value in a Chinese message: 空白 for a blank cell.
 *
 * @example
 * ```ts
 * zhValue(null); // '空白'
 * ```
 */
export const zhValue = (v: Value): string => (v === null || v === undefined ? '空白' : String(v));

/**
 * A value in an English message: blank for a blank cell.
 *
 * @example
 * ```ts
 * enValue(3); // '3'
 * ```
 */
export const enValue = (v: Value): string => (v === null || v === undefined ? 'blank' : String(v));
