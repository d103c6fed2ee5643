/**
 * Grid primitives: the vocabulary in which each format version is written down once, as data.
 *
 * A report's tables are grids of labelled rows and columns. Table 2 is made of blocks (one per
 * 条例第二十条 item), each with its own columns; tables 3 and 4 are single blocks. Every other
 * module (types, schemas, checks, rollup, diff, the interchange table, the readers) walks these
 * definitions instead of naming cells again.
 *
 * @module
 */

/** The two versions of the national format: 国办公开办函〔2019〕60号 and 〔2021〕30号. */
export type FormatVersion = '2019' | '2021';

/** The three tables of the report. `'2'` is 主动公开, `'3'` is 依申请公开, `'4'` is 复议/诉讼. */
export type TableId = '2' | '3' | '4';

/**
 * What a cell may hold.
 * - `count`: a non-negative integer (件, 个).
 * - `signed`: an integer that may be negative (the 2019 本年增/减 column).
 * - `money`: a non-negative decimal in the unit the header states (万元 in 2021 table 2).
 * - `amount`: a non-negative decimal whose unit the header does not state (2019 采购总金额);
 *   the unit read from the cell is kept in the report's `units`.
 */
export type ValueKind = 'count' | 'signed' | 'money' | 'amount';

/** A column of a block: a stable key, the official label, its value kind and known variants. */
export interface ColumnDef {
  readonly key: string;
  readonly label: string;
  readonly kind: ValueKind;
  /** Other spellings seen in real reports, matched by the readers after normalisation. */
  readonly aliases?: readonly string[];
}

/** A row of a block: a stable key, the official label, and the merged label cells above it. */
export interface RowDef {
  readonly key: string;
  readonly label: string;
  /** Labels of the merged cells that group this row, outermost first (e.g. `三、本年度办理结果`). */
  readonly parents?: readonly string[];
  readonly aliases?: readonly string[];
}

/** A block of rows sharing one set of columns. */
export interface BlockDef {
  readonly key: string;
  /** The caption row above the block (table 2: `第二十条第（一）项`). */
  readonly caption?: string;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
}

/** One table of a format. */
export interface TableDef {
  readonly id: TableId;
  readonly title: string;
  readonly blocks: readonly BlockDef[];
}

/** The address of one cell, by stable keys. */
export interface CellRef {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
}

/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** A message in both languages the library speaks. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * The axis along which a relation is instantiated: a column of table 3 (`T3-BALANCE`), a row of
 * table 3 (`T3-ROW-TOTAL`) or a group of table 4 (`T4-TOTAL`).
 */
export type RelationAxis = 'column' | 'row' | 'group';

/** One instance of a sum relation: Σ left = Σ right. */
export interface RelationInstance {
  readonly axis: RelationAxis;
  /** The key of the row, column or group this instance is about. */
  readonly along: string;
  readonly left: readonly CellRef[];
  readonly right: readonly CellRef[];
}

/** A family of sum relations that share a code, e.g. `T3-BALANCE` for every applicant column. */
export interface RelationDef {
  readonly code: string;
  readonly severity: Severity;
  readonly description: Bilingual;
  readonly instances: readonly RelationInstance[];
}

/** A narrative section of the report. */
export interface SectionDef {
  readonly key: string;
  readonly heading: string;
  readonly aliases?: readonly string[];
}

/** A complete format version: sections, tables 2–4 and every relation between their cells. */
export interface FormatDef {
  readonly version: FormatVersion;
  readonly name: string;
  readonly notice: string;
  /** The first report year this format applies to, and the last (inclusive, open when undefined). */
  readonly years: { readonly from: number; readonly to?: number };
  readonly sections: readonly SectionDef[];
  readonly tables: readonly [TableDef, TableDef, TableDef];
  readonly relations: readonly RelationDef[];
}

/** Cells of one block's row, for every column of the block, in column order. */
export function rowCells(table: TableId, block: BlockDef, row: string): CellRef[] {
  return block.columns.map((c) => ({ table, row, column: c.key }));
}

/** Cells of one block's column, for the named rows, in the order given. */
export function columnCells(table: TableId, column: string, rows: readonly string[]): CellRef[] {
  return rows.map((row) => ({ table, row, column }));
}
