/**
 * Finding rows and columns by their role, so that no rule names a row or column key: the
 * definitions say which rows are 一、本年新收 or the outcome rows, and every rule asks them.
 *
 * @module
 */
import type { BlockDef, ColumnDef, ColumnRole, RowDef, RowRole, TableDef } from './grid.js';

const roleList = <R extends string>(roles: R | readonly R[]): readonly R[] =>
  typeof roles === 'string' ? [roles] : (roles as readonly R[]);

/**
 * The rows of a table with the given role (or any of the given roles), in table order.
 *
 * @example
 * ```ts
 * rowsWithRole(getTable('2021', '3'), 'withheld').length; // 8: the rows of （三）不予公开
 * rowsWithRole(getTable('2021', '4'), 'litigation').map((r) => r.label); // ['未经复议直接起诉', '复议后起诉']
 * ```
 */
export function rowsWithRole(table: TableDef, roles: RowRole | readonly RowRole[]): RowDef[] {
  const wanted = roleList(roles);
  return table.blocks.flatMap((b) => b.rows.filter((r) => r.role !== undefined && wanted.includes(r.role)));
}

/**
 * The one row of a table with the given role; throws a `TypeError` when there is not exactly one
 * (a mistake in a format definition).
 *
 * @example
 * ```ts
 * rowWithRole(getTable('2021', '3'), 'received').label; // '一、本年新收政府信息公开申请数量'
 * ```
 */
export function rowWithRole(table: TableDef, role: RowRole): RowDef {
  const rows = rowsWithRole(table, role);
  if (rows.length !== 1) throw new TypeError(`table ${table.id} has ${rows.length} rows with role ${role}, not one`);
  return rows[0] as RowDef;
}

/**
 * The columns of a block with the given role (or any of the given roles), in block order.
 *
 * @example
 * ```ts
 * columnsWithRole(getTable('2021', '4').blocks[0]!, 'result').map((c) => c.label); // ['结果维持', '结果纠正', '其他结果']
 * ```
 */
export function columnsWithRole(block: BlockDef, roles: ColumnRole | readonly ColumnRole[]): ColumnDef[] {
  const wanted = roleList(roles);
  return block.columns.filter((c) => c.role !== undefined && wanted.includes(c.role));
}

/**
 * The one column of a block with the given role; throws a `TypeError` when there is not exactly
 * one (a mistake in a format definition).
 *
 * @example
 * ```ts
 * columnWithRole(getTable('2021', '3').blocks[0]!, 'total').label; // '总计'
 * ```
 */
export function columnWithRole(block: BlockDef, role: ColumnRole): ColumnDef {
  const columns = columnsWithRole(block, role);
  if (columns.length !== 1)
    throw new TypeError(`block ${block.key} has ${columns.length} columns with role ${role}, not one`);
  return columns[0] as ColumnDef;
}

/**
 * The keys of the definitions with a given role, as a type: `KeysWithRole<typeof T3_COLUMNS,
 * 'applicant'>` is the union of the six applicant column keys.
 *
 * @example
 * ```ts
 * type Applicant = KeysWithRole<(typeof FORMAT_2021)['tables'][1]['blocks'][0]['columns'], 'applicant'>;
 * const key: Applicant = 'legalService';
 * ```
 */
export type KeysWithRole<
  D extends readonly { readonly key: string; readonly role?: string }[],
  R extends string,
> = Extract<D[number], { readonly role: R }>['key'];
