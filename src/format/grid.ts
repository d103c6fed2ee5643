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
 * The outcome groups of table 3's 三、本年度办理结果, in order: （一）予以公开, （二）部分公开,
 * （三）不予公开, （四）无法提供, （五）不予处理, （六）其他处理. Each outcome row has one as its role.
 *
 * @example
 * ```ts
 * rowsWithRole(getTable('2021', '3'), OUTCOME_ROLES).length; // 21: every outcome row
 * ```
 */
export const OUTCOME_ROLES = [
  'granted',
  'partlyGranted',
  'withheld',
  'unavailable',
  'notProcessed',
  'otherHandling',
] as const;

/**
 * An outcome group of table 3 (see {@link OUTCOME_ROLES}).
 *
 * @example
 * ```ts
 * const role: OutcomeRole = 'withheld'; // （三）不予公开: its eight rows
 * ```
 */
export type OutcomeRole = (typeof OUTCOME_ROLES)[number];

/**
 * The part a row plays, so that rules find rows by what they mean rather than by key. Table 3:
 * `received` (一、本年新收), `carriedOver` (二、上年结转), an {@link OutcomeRole} for each row of
 * 三、本年度办理结果, `outcomeTotal` (（七）总计), `carriedForward` (四、结转下年度继续办理). Table 4:
 * `review` (行政复议) and `litigation` (both rows of 行政诉讼).
 *
 * @example
 * ```ts
 * rowWithRole(getTable('2019', '3'), 'carriedForward').label; // '四、结转下年度继续办理'
 * ```
 */
export type RowRole =
  | 'received'
  | 'carriedOver'
  | OutcomeRole
  | 'outcomeTotal'
  | 'carriedForward'
  | 'review'
  | 'litigation';

/**
 * The part a column plays. Tables 3 and 4: `total` (总计) and its parts, `applicant` (table 3's
 * six applicant columns), `result` (table 4's 结果维持, 结果纠正, 其他结果) and `pending` (尚未审结).
 * The 2021 table 2 第二十条第（一）项: `issued` (本年制发件数), `repealed` (本年废止件数) and `inForce`
 * (现行有效件数), the stock of documents carried from year to year.
 *
 * @example
 * ```ts
 * columnsWithRole(getTable('2021', '3').blocks[0]!, 'applicant').map((c) => c.key);
 * // ['natural', 'commercial', 'research', 'publicInterest', 'legalService', 'otherOrg']
 * ```
 */
export type ColumnRole = 'applicant' | 'total' | 'result' | 'pending' | 'issued' | 'repealed' | 'inForce';

/**
 * A column of a block: a stable key, the official label, its value kind, its role and known variants.
 *
 * @example
 * ```ts
 * getTable('2021', '3').blocks[0]?.columns[0]; // { key: 'natural', label: '自然人', kind: 'count', role: 'applicant', parents: ['申请人情况'] }
 * ```
 */
export interface ColumnDef {
  readonly key: string;
  readonly label: string;
  readonly kind: ValueKind;
  /** What the column is, for the rules that need it (not every column has one). */
  readonly role?: ColumnRole;
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
 * A row of a block: a stable key, the official label, the merged label cells above it, its role.
 *
 * @example
 * ```ts
 * findRow('2021', '3', 'withheldStateSecret')?.row;
 * // { key: 'withheldStateSecret', label: '1.属于国家秘密', parents: ['三、本年度办理结果', '（三）不予公开'], role: 'withheld' }
 * ```
 */
export interface RowDef {
  readonly key: string;
  readonly label: string;
  /** Labels of the merged cells that group this row, outermost first (e.g. `三、本年度办理结果`). */
  readonly parents?: readonly string[];
  /** What the row is, for the rules that need it (table 2's rows have none). */
  readonly role?: RowRole;
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
 * A term of a relation: a cell, of this year's report or (in a cross-year relation) of the same
 * body's report of the year before, added or subtracted.
 *
 * @example
 * ```ts
 * // X-STOCK: 现行有效件数 = last year's 现行有效件数 + 本年制发件数 − 本年废止件数
 * const last: RelationTerm = { table: '2', row: 'rules', column: 'inForce', year: 'previous', required: true, name: 'last' };
 * const repealed: RelationTerm = { table: '2', row: 'rules', column: 'repealed', negate: true, name: 'repealed' };
 * ```
 */
export interface RelationTerm extends CellRef {
  /** `'previous'`: the cell of last year's report (only in {@link FormatDef.crossYear}). */
  readonly year?: 'previous';
  /** Subtracted from its side instead of added. */
  readonly negate?: boolean;
  /**
   * A blank here leaves the instance unchecked (a stock that was not stated cannot be carried
   * forward); any other blank term counts as 0.
   */
  readonly required?: boolean;
  /** The name under which the rule's message quotes this term's value. */
  readonly name?: string;
}

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
  readonly left: readonly RelationTerm[];
  readonly right: readonly RelationTerm[];
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
 * A section of the report.
 *
 * @example
 * ```ts
 * FORMAT_2021.sections[4];
 * // { key: 'problems', heading: '五、存在的主要问题及改进情况',
 * //   aliases: ['五、存在问题及改进情况', '五、政府信息公开工作存在的主要问题及改进情况'], narrative: true }
 * ```
 */
export interface SectionDef {
  readonly key: string;
  readonly heading: string;
  readonly aliases?: readonly string[];
  /**
   * Written as prose only. The other sections (2–4) may hold just their table, whose labels
   * repeat every year by design.
   */
  readonly narrative?: boolean;
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
  /** Every relation between the cells of a report. */
  readonly relations: readonly RelationDef[];
  /**
   * Every relation between a report and the same body's report of the year before (its terms of
   * last year have `year: 'previous'`); an instance with a term that last year's format does not
   * have is not checked.
   */
  readonly crossYear: readonly RelationDef[];
}

/** Cells of one block's row, for every column of the block, in column order. */
export function rowCells(table: TableId, block: BlockDef, row: string): CellRef[] {
  return block.columns.map((c) => ({ table, row, column: c.key }));
}

/** Cells of one block's column, for the named rows, in the order given. */
export function columnCells(table: TableId, column: string, rows: readonly string[]): CellRef[] {
  return rows.map((row) => ({ table, row, column }));
}
