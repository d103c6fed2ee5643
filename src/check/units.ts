/**
 * CELL-UNIT-MISMATCH: a unit given for a cell (`report.units`, from a cell printed `5000元` or a
 * CSV `unit` line) that its column does not allow, such as 元 on the 2021 fee column, whose header
 * says 万元. The figure is then in doubt by a factor of 10,000 either way, so it is reported and
 * never converted; `rollup` refuses to add it (ROLLUP-UNIT-MISMATCH).
 *
 * @module
 */
import { cellPlace, placeParams } from '../findings/place.js';
import type { RawFinding } from '../findings/types.js';
import { formatCells, getFormat, VALUE_KINDS } from '../format/index.js';
import type { ReadonlyReport } from '../model/types.js';

/** CELL-UNIT-MISMATCH, for every unit its cell's column does not allow. @internal */
export function checkUnits(report: ReadonlyReport): RawFinding[] {
  const out: RawFinding[] = [];
  const format = getFormat(report.format);
  for (const cell of formatCells(format)) {
    const unit = report.units[`${cell.row}/${cell.column}`];
    const allowed = VALUE_KINDS[cell.columnDef.kind].units;
    if (unit === undefined || allowed.includes(unit)) continue;
    const place = cellPlace(format, cell);
    out.push({
      code: 'CELL-UNIT-MISMATCH',
      ...place,
      path: ['units', `${cell.row}/${cell.column}`],
      params: { ...placeParams(place), unit, allowed: allowed.join('、') },
    });
  }
  return out;
}
