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
import { type CellDef, type FormatDef, formatCells, getFormat, VALUE_KINDS } from '../format/index.js';
import type { ReadonlyReport } from '../model/types.js';
import type { FindingSink } from '../findings/write.js';
import type { CheckContext } from './relations.js';

/** A cell a unit may be given for, with its place in its format's order of cells. */
interface UnitCell {
  readonly cell: CellDef;
  readonly order: number;
}

/** Per format, its cells by their key in `report.units` (`row/column`), made once. */
const unitCells = new WeakMap<FormatDef, ReadonlyMap<string, readonly UnitCell[]>>();

function unitCellsOf(format: FormatDef): ReadonlyMap<string, readonly UnitCell[]> {
  let byKey = unitCells.get(format);
  if (!byKey) {
    const map = new Map<string, UnitCell[]>();
    formatCells(format).forEach((cell, order) => {
      const key = `${cell.row}/${cell.column}`;
      map.set(key, [...(map.get(key) ?? []), { cell, order }]);
    });
    unitCells.set(format, (byKey = map));
  }
  return byKey;
}

/**
 * CELL-UNIT-MISMATCH, for every unit its cell's column does not allow, in the format's order of
 * cells. Only the units the report gives are looked at (most reports give none or one), not every
 * cell of the format. @internal
 */
export function checkUnits(report: ReadonlyReport, _context: CheckContext, sink: FindingSink): void {
  const out: RawFinding[] = [];
  const given = Object.keys(report.units);
  if (given.length === 0) return;
  const format = getFormat(report.format);
  const byKey = unitCellsOf(format);
  const mismatched: (UnitCell & { unit: string; allowed: readonly string[] })[] = [];
  for (const key of given) {
    const unit = report.units[key];
    if (unit === undefined) continue;
    for (const entry of byKey.get(key) ?? []) {
      const allowed = VALUE_KINDS[entry.cell.columnDef.kind].units;
      if (!allowed.includes(unit)) mismatched.push({ ...entry, unit, allowed });
    }
  }
  mismatched.sort((a, b) => a.order - b.order);
  for (const { cell, unit, allowed } of mismatched) {
    const place = cellPlace(format, cell);
    out.push({
      code: 'CELL-UNIT-MISMATCH',
      ...place,
      path: ['units', `${cell.row}/${cell.column}`],
      params: { ...placeParams(place), unit, allowed: allowed.join('、') },
    });
  }
  // Met on a few reports only: written by the finding writer.
  sink.raw(out);
}
