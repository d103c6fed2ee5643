/**
 * The arithmetic of one row as evidence of where its values stand: the format's relations whose
 * cells are all in one row (table 3's 总计 = the six applicant columns, table 4's 总计 of each
 * group), taken from the definitions.
 *
 * @module
 */
import type { ColumnDef, FormatDef } from '../format/grid.js';
import { readCell } from './cell-value.js';
import type { Cell } from './lines.js';

/** A relation inside one row: the total column and the columns it sums. */
export interface RowRelation {
  readonly total: string;
  readonly parts: readonly string[];
}

const cache = new WeakMap<FormatDef, ReadonlyMap<string, readonly RowRelation[]>>();

/**
 * The relations of each row (keyed `table/row`) whose every cell is in that row.
 *
 * @example
 * ```ts
 * rowRelations(getFormat('2021')).get('3/granted');
 * // [{ total: 'total', parts: ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg'] }]
 * ```
 */
export function rowRelations(format: FormatDef): ReadonlyMap<string, readonly RowRelation[]> {
  let byRow = cache.get(format);
  if (byRow) return byRow;
  const map = new Map<string, RowRelation[]>();
  for (const relation of format.relations) {
    for (const instance of relation.instances) {
      const cells = [...instance.left, ...instance.right];
      const first = cells[0];
      if (!first || instance.left.length !== 1 || !cells.every((c) => c.table === first.table && c.row === first.row))
        continue;
      const key = `${first.table}/${first.row}`;
      const list = map.get(key) ?? [];
      list.push({ total: (instance.left[0] as { column: string }).column, parts: instance.right.map((c) => c.column) });
      map.set(key, list);
    }
  }
  byRow = map;
  cache.set(format, byRow);
  return byRow;
}

/**
 * Whether a row placed on weak evidence reads as shifted by its own arithmetic: its total left
 * blank while the column just before the total holds the sum of the other values (a row that lost
 * a field but kept a separator: its 总计 landed one column early). Zero sums say nothing.
 */
export function looksShifted(
  cells: readonly (Cell | undefined)[],
  columns: readonly ColumnDef[],
  relations: readonly RowRelation[],
): boolean {
  const numberIn = (key: string): number | null | undefined => {
    const k = columns.findIndex((c) => c.key === key);
    const cell = cells[k];
    if (!cell || cell.empty) return null;
    const r = readCell(cell.text, (columns[k] as ColumnDef).kind);
    return r.kind === 'number' ? r.value : undefined;
  };
  return relations.some((relation) => {
    const before = relation.parts[relation.parts.length - 1];
    if (numberIn(relation.total) !== null || before === undefined) return false;
    const last = numberIn(before);
    if (typeof last !== 'number' || last === 0) return false;
    const others = relation.parts.slice(0, -1).map(numberIn);
    const rest = others.filter((v): v is number => typeof v === 'number');
    return rest.length > 0 && rest.reduce((a, b) => a + b, 0) === last;
  });
}
