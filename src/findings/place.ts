/**
 * Where a finding about a cell points: the table, the official labels of its row (or table 4
 * group) and column, the cell, and its path in the report JSON.
 *
 * @module
 */
import { cellLabels } from '../format/lookups.js';
import type { CellRef, FormatDef, FormatVersion } from '../format/grid.js';
import type { Finding } from './types.js';

/**
 * The place of a finding about one cell, named as the given format prints it.
 *
 * @example
 * ```ts
 * cellPlace('2021', { table: '4', row: 'review', column: 'total' });
 * // { table: '4', group: '行政复议', column: '总计', cells: [{ table: '4', row: 'review', column: 'total' }],
 * //   path: ['table4', 'review', 'total'] }
 * ```
 */
export function cellPlace(
  format: FormatVersion | FormatDef,
  ref: CellRef,
): Required<Pick<Finding, 'table' | 'column' | 'cells' | 'path'>> & Pick<Finding, 'row' | 'group'> {
  const labels = cellLabels(format, ref);
  return {
    table: ref.table,
    ...(ref.table === '4' ? { group: labels.row } : { row: labels.row }),
    column: labels.column,
    cells: [{ table: ref.table, row: ref.row, column: ref.column }],
    path: [`table${ref.table}`, ref.row, ref.column],
  };
}

/**
 * The parameters every message about a cell takes: its table, row (or group) and column labels.
 *
 * @example
 * ```ts
 * placeParams(cellPlace('2021', { table: '4', row: 'review', column: 'total' })); // { table: '4', row: '行政复议', column: '总计' }
 * ```
 */
export const placeParams = (place: Pick<Finding, 'table' | 'row' | 'group' | 'column'>) => ({
  table: place.table,
  row: place.row ?? place.group,
  column: place.column,
});
