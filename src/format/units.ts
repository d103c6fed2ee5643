/**
 * The units a cell of each value kind may carry when a report prints one: a count may say 件, 个
 * or 项; the 2021 fee column is in 万元 by its header (本年收费金额（单位：万元）); the 2019
 * 采购总金额, whose header states no unit, is in 元 or 万元.
 *
 * @module
 */
import type { ValueKind } from './grid.js';

/**
 * The units each value kind allows; the first of a `money` column is the unit its header states.
 *
 * @example
 * ```ts
 * UNITS.money; // ['万元']
 * ```
 */
export const UNITS: Readonly<Record<ValueKind, readonly string[]>> = {
  count: ['件', '个', '项'],
  signed: ['件', '个', '项'],
  money: ['万元'],
  amount: ['元', '万元'],
};

/**
 * Whether a unit fits a column of a kind: `'元'` on the 万元 fee column does not.
 *
 * @example
 * ```ts
 * unitFits('万元', 'money'); // true
 * unitFits('元', 'money'); // false
 * ```
 */
export function unitFits(unit: string, kind: ValueKind): boolean {
  return UNITS[kind].includes(unit);
}
