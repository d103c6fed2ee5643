/**
 * The format registry and the lookups every other module derives from the definitions.
 *
 * @module
 */
import { FORMAT_2019 } from './format2019.js';
import { FORMAT_2021 } from './format2021.js';
import type { BlockDef, CellRef, ColumnDef, FormatDef, FormatVersion, RowDef, TableDef, TableId } from './grid.js';

/**
 * Both format definitions, by version.
 *
 * @example
 * ```ts
 * FORMATS['2021'].notice; // '国办公开办函〔2021〕30号'
 * ```
 */
export const FORMATS: { readonly '2019': typeof FORMAT_2019; readonly '2021': typeof FORMAT_2021 } = {
  '2019': FORMAT_2019,
  '2021': FORMAT_2021,
};

/**
 * The definition of a format version as a type, with every key and label as a literal: the types
 * of the model derive from it.
 *
 * @example
 * ```ts
 * type Applicants = FormatOf<'2021'>['tables'][1]['blocks'][0]['columns'][number]['label']; // '自然人' | … | '总计'
 * ```
 */
export type FormatOf<F extends FormatVersion> = (typeof FORMATS)[F];

/**
 * The versions this library knows, oldest first.
 *
 * @example
 * ```ts
 * FORMAT_VERSIONS; // ['2019', '2021']
 * ```
 */
export const FORMAT_VERSIONS: readonly FormatVersion[] = ['2019', '2021'];

/**
 * The format definition of a version.
 *
 * @example
 * ```ts
 * getFormat('2021').tables[1].blocks[0].rows.length; // 25
 * ```
 */
export function getFormat(version: FormatVersion): FormatDef {
  const format = FORMATS[version] as FormatDef | undefined;
  if (!format) throw new TypeError(`unknown format version ${JSON.stringify(version)}; expected "2019" or "2021"`);
  return format;
}

/**
 * The format a report year is due in: 2019 for 2019–2020, 2021 from 2021 on (`undefined`
 * before 2019, when neither national format applied).
 *
 * @example
 * ```ts
 * formatForYear(2020); // '2019'
 * ```
 */
export function formatForYear(year: number): FormatVersion | undefined {
  if (year >= 2021) return '2021';
  if (year >= 2019) return '2019';
  return undefined;
}

/**
 * A cell of a format together with its definitions: the unit every derived module walks.
 *
 * @example
 * ```ts
 * const cell = formatCells('2021')[0];
 * [cell.table, cell.row, cell.column]; // ['2', 'rules', 'issued']
 * [cell.block.caption, cell.rowDef.label, cell.columnDef.label]; // ['第二十条第（一）项', '规章', '本年制发件数']
 * ```
 */
export interface CellDef extends CellRef {
  readonly block: BlockDef;
  readonly rowDef: RowDef;
  readonly columnDef: ColumnDef;
}

const cellCache = new WeakMap<FormatDef, readonly CellDef[]>();

/**
 * Every cell of tables 2, 3 and 4 of a format, in reading order (table, block, row, column).
 *
 * @example
 * ```ts
 * formatCells('2021').length; // 200
 * ```
 */
export function formatCells(version: FormatVersion | FormatDef): readonly CellDef[] {
  const format = typeof version === 'string' ? getFormat(version) : version;
  let cells = cellCache.get(format);
  if (!cells) {
    const list: CellDef[] = [];
    for (const table of format.tables) {
      for (const block of table.blocks) {
        for (const rowDef of block.rows) {
          for (const columnDef of block.columns) {
            list.push({ table: table.id, row: rowDef.key, column: columnDef.key, block, rowDef, columnDef });
          }
        }
      }
    }
    cells = Object.freeze(list);
    cellCache.set(format, cells);
  }
  return cells;
}

/**
 * The table definition with the given id.
 *
 * @example
 * ```ts
 * getTable('2019', '2').blocks.length; // 5
 * ```
 */
export function getTable(version: FormatVersion | FormatDef, id: TableId): TableDef {
  const format = typeof version === 'string' ? getFormat(version) : version;
  return format.tables[Number(id) - 2] as TableDef;
}

/**
 * Finds a row of a table by key, with the block it belongs to.
 *
 * @example
 * ```ts
 * findRow('2021', '3', 'received')?.row.label; // '一、本年新收政府信息公开申请数量'
 * ```
 */
export function findRow(
  version: FormatVersion | FormatDef,
  table: TableId,
  rowKey: string,
): { block: BlockDef; row: RowDef } | undefined {
  for (const block of getTable(version, table).blocks) {
    const row = block.rows.find((r) => r.key === rowKey);
    if (row) return { block, row };
  }
  return undefined;
}

/**
 * The official labels of a cell (row and column, and for table 2 the block caption).
 *
 * @example
 * ```ts
 * cellLabels('2021', { table: '4', row: 'review', column: 'total' });
 * // { row: '行政复议', column: '总计', caption: undefined }
 * ```
 */
export function cellLabels(
  version: FormatVersion | FormatDef,
  ref: CellRef,
): { row: string; column: string; caption: string | undefined } {
  const found = findRow(version, ref.table, ref.row);
  const column = found?.block.columns.find((c) => c.key === ref.column);
  if (!found || !column) {
    throw new TypeError(
      `no cell ${ref.table}/${ref.row}/${ref.column} in the ${typeof version === 'string' ? version : version.version} format`,
    );
  }
  return { row: found.row.label, column: column.label, caption: found.block.caption };
}
