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

/**
 * The two versions of the national format: 国办公开办函〔2019〕60号 and 〔2021〕30号.
 *
 * @example
 * ```ts
 * const version: FormatVersion | undefined = formatForYear(2024); // '2021'
 * ```
 */
export type FormatVersion = '2019' | '2021';

/**
 * The three tables of the report. `'2'` is 主动公开, `'3'` is 依申请公开, `'4'` is 复议/诉讼.
 *
 * @example
 * ```ts
 * getTable('2021', '3').title; // '收到和处理政府信息公开申请情况'
 * ```
 */
export type TableId = '2' | '3' | '4';

/**
 * What a cell may hold.
 * - `count`: a non-negative integer (件, 个).
 * - `signed`: an integer that may be negative (the 2019 本年增/减 column).
 * - `money`: a non-negative decimal in the unit the header states (万元 in 2021 table 2).
 * - `amount`: a non-negative decimal whose unit the header does not state (2019 采购总金额);
 *   the unit read from the cell is kept in the report's `units`.
 *
 * @example
 * ```ts
 * getTable('2021', '2').blocks[3]?.columns[0]?.kind; // 'money' (本年收费金额（单位：万元）)
 * getTable('2019', '2').blocks[1]?.columns[1]?.kind; // 'signed' (本年增/减)
 * ```
 */
export type ValueKind = 'count' | 'signed' | 'money' | 'amount';

/**
 * A column of a block: a stable key, the official label, its value kind and known variants.
 *
 * @example
 * ```ts
 * getTable('2021', '3').blocks[0]?.columns[0]; // { key: 'natural', label: '自然人', kind: 'count', parents: ['申请人情况'] }
 * ```
 */
export interface ColumnDef {
  readonly key: string;
  readonly label: string;
  readonly kind: ValueKind;
  /**
   * Labels of the merged header cells above this column, outermost first (table 3's 自然人:
   * `申请人情况`; its 商业企业: `申请人情况`, `法人或其他组织`). Consecutive columns with the same
   * parents share one merged cell.
   */
  readonly parents?: readonly string[];
  /** Other spellings seen in real reports, matched by the readers after normalisation. */
  readonly aliases?: readonly string[];
}

/**
 * A row of a block: a stable key, the official label, and the merged label cells above it.
 *
 * @example
 * ```ts
 * findRow('2021', '3', 'withheldStateSecret')?.row;
 * // { key: 'withheldStateSecret', label: '1.属于国家秘密', parents: ['三、本年度办理结果', '（三）不予公开'] }
 * ```
 */
export interface RowDef {
  readonly key: string;
  readonly label: string;
  /** Labels of the merged cells that group this row, outermost first (e.g. `三、本年度办理结果`). */
  readonly parents?: readonly string[];
  readonly aliases?: readonly string[];
}

/**
 * A block of rows sharing one set of columns.
 *
 * @example
 * ```ts
 * const block = getTable('2021', '2').blocks[0];
 * block?.caption; // '第二十条第（一）项'
 * block?.rows.map((r) => r.label); // ['规章', '行政规范性文件']
 * block?.columns.map((c) => c.label); // ['本年制发件数', '本年废止件数', '现行有效件数']
 * ```
 */
export interface BlockDef {
  readonly key: string;
  /** The caption row above the block (table 2: `第二十条第（一）项`). */
  readonly caption?: string;
  /**
   * The header cell over the row labels: `信息内容` in table 2, the 勾稽 note
   * `（本列数据的勾稽关系为：…）` in table 3. It names no cell.
   */
  readonly stubHead?: string;
  /**
   * True when the rows are printed across the page (table 4): each row is a group of columns
   * headed by its label (under its parents), and the values are one line under the headers.
   */
  readonly rowsAcross?: boolean;
  readonly columns: readonly ColumnDef[];
  readonly rows: readonly RowDef[];
}

/**
 * One table of a format.
 *
 * @example
 * ```ts
 * const table = getTable('2021', '4');
 * table.title; // '政府信息公开行政复议、行政诉讼情况'
 * table.blocks[0]?.rows.map((r) => r.label); // ['行政复议', '未经复议直接起诉', '复议后起诉']
 * ```
 */
export interface TableDef {
  readonly id: TableId;
  readonly title: string;
  readonly blocks: readonly BlockDef[];
}

/**
 * The address of one cell, by stable keys.
 *
 * @example
 * ```ts
 * const ref: CellRef = { table: '3', row: 'received', column: 'natural' };
 * cellLabels('2021', ref); // { row: '一、本年新收政府信息公开申请数量', column: '自然人', caption: undefined }
 * ```
 */
export interface CellRef {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
}

/**
 * The axis along which a relation is instantiated: a column of table 3 (`T3-BALANCE`), a row of
 * table 3 (`T3-ROW-TOTAL`) or a group of table 4 (`T4-TOTAL`).
 *
 * @example
 * ```ts
 * FORMAT_2021.relations.map((r) => [r.code, r.instances[0]?.axis]);
 * // [['T3-BALANCE', 'column'], ['T3-OUTCOME-SUM', 'column'], ['T3-ROW-TOTAL', 'row'], ['T4-TOTAL', 'group']]
 * ```
 */
export type RelationAxis = 'column' | 'row' | 'group';

/**
 * One instance of a sum relation: Σ left = Σ right.
 *
 * @example
 * ```ts
 * FORMAT_2021.relations[0]?.instances[0];
 * // { axis: 'column', along: 'natural',
 * //   left: [{ table: '3', row: 'received', column: 'natural' }, { table: '3', row: 'carriedOver', column: 'natural' }],
 * //   right: [{ table: '3', row: 'outcomeTotal', column: 'natural' }, { table: '3', row: 'carriedForward', column: 'natural' }] }
 * ```
 */
export interface RelationInstance {
  readonly axis: RelationAxis;
  /** The key of the row, column or group this instance is about. */
  readonly along: string;
  readonly left: readonly CellRef[];
  readonly right: readonly CellRef[];
}

/**
 * A family of sum relations that share a finding code, e.g. `T3-BALANCE` for every applicant
 * column. What the code means (its severity, title and message) is the rule's, in the findings.
 *
 * @example
 * ```ts
 * const balance = FORMAT_2021.relations.find((r) => r.code === 'T3-BALANCE');
 * balance?.instances.length; // 7: the six applicant columns and 总计
 * ```
 */
export interface RelationDef {
  /** The finding code a failing instance is reported under. */
  readonly code: string;
  readonly instances: readonly RelationInstance[];
}

/**
 * A narrative section of the report.
 *
 * @example
 * ```ts
 * FORMAT_2021.sections[4];
 * // { key: 'problems', heading: '五、存在的主要问题及改进情况',
 * //   aliases: ['五、存在问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况'] }
 * ```
 */
export interface SectionDef {
  readonly key: string;
  readonly heading: string;
  readonly aliases?: readonly string[];
  /** The table printed in this section (sections 2, 3 and 4 hold tables 2, 3 and 4). */
  readonly table?: TableId;
}

/**
 * A complete format version: sections, tables 2–4 and every relation between their cells.
 *
 * @example
 * ```ts
 * const format = getFormat('2019');
 * format.name; // '中华人民共和国政府信息公开工作年度报告格式（试行）'
 * format.tables.map((t) => t.id); // ['2', '3', '4']
 * ```
 */
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
