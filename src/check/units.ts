/**
 * CELL-UNIT-MISMATCH: a unit given for a cell (`report.units`, from a cell printed `5000元` or a
 * CSV `unit` line) that its column does not allow, such as 元 on the 2021 fee column, whose header
 * says 万元. The figure is then in doubt by a factor of 10,000 either way, so it is reported and
 * never converted; `rollup` refuses to add it (ROLLUP-UNIT-MISMATCH).
 *
 * @module
 */
import { formatCells, getFormat, unitFits, UNITS } from '../format/index.js';
import type { RawFinding } from '../findings/types.js';
import type { Report } from '../model/types.js';

/** CELL-UNIT-MISMATCH, for every unit its cell's column does not allow. @internal */
export function checkUnits(report: Report): RawFinding[] {
  const out: RawFinding[] = [];
  const format = getFormat(report.format);
  for (const cell of formatCells(format)) {
    const unit = report.units[`${cell.row}/${cell.column}`];
    if (unit === undefined || unitFits(unit, cell.columnDef.kind)) continue;
    const [row, column] = [cell.rowDef.label, cell.columnDef.label];
    out.push({
      code: 'CELL-UNIT-MISMATCH',
      table: cell.table,
      row,
      column,
      cells: [{ table: cell.table, row: cell.row, column: cell.column }],
      path: ['units', `${cell.row}/${cell.column}`],
      params: { table: cell.table, row, column, unit, allowed: UNITS[cell.columnDef.kind].join('、') },
    });
  }
  return out;
}
