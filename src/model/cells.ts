/**
 * Reading cells of a report by their keys, as the format names them.
 *
 * @module
 */
import type { CellRef } from '../format/grid.js';
import { sumDecimal } from './decimal.js';
import type { ReadonlyReport } from './types.js';

type Tables = Readonly<Record<string, Readonly<Record<string, Readonly<Record<string, unknown>>>> | undefined>>;

/**
 * The value of one cell of a report: what the report holds there (`null` when blank, and
 * `undefined` where the report lacks the cell, as a report that was not validated may).
 *
 * @example
 * ```ts
 * cellValue(report, { table: '3', row: 'received', column: 'natural' }); // 3
 * ```
 */
export function cellValue(report: ReadonlyReport, ref: CellRef): unknown {
  return (report as unknown as Tables)[`table${ref.table}`]?.[ref.row]?.[ref.column];
}

/**
 * The value of a set of cells of a report: their exact sum, or `null` when all are blank.
 *
 * @example
 * ```ts
 * sumOfCells(report, [{ table: '3', row: 'otherNoFee', column: 'total' }]); // the cell itself
 * ```
 */
export function sumOfCells(report: ReadonlyReport, cells: readonly CellRef[]): number | null {
  const values: number[] = [];
  for (const c of cells) {
    const v = cellValue(report, c) ?? null;
    if (v !== null) values.push(v as number);
  }
  return values.length === 0 ? null : sumDecimal(values);
}
