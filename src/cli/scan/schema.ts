/**
 * The corpus database's schema, written once: every table with its columns and their types, the
 * views for the common questions, and the schema version. The DuckDB tables, the Parquet files of
 * the shards, the rows the scan writes (typed from these columns) and the documentation's tables
 * all follow it. The schema is a contract, like the JSON form: a change of a column bumps
 * {@link SCHEMA_VERSION}.
 *
 * @module
 */
import { FORMAT_2019, FORMAT_2021 } from '../../format/index.js';
import { CROSS_YEAR } from '../../findings/cross-year.js';

/**
 * The version of the schema a database or a shard was written with, kept in its `meta` table.
 *
 * @example
 * ```ts
 * SCHEMA_VERSION; // 1
 * ```
 */
export const SCHEMA_VERSION = 1;

/**
 * The SQL types of the columns, and the JavaScript value each is written from: text, a number, a
 * decimal as its exact text (`'96171.6'`), a date as `YYYY-MM-DD`, a list of texts.
 *
 * @example
 * ```ts
 * const type: ColumnType = 'DECIMAL(38,6)';
 * ```
 */
export type ColumnType =
  | 'VARCHAR'
  | 'SMALLINT'
  | 'INTEGER'
  | 'BIGINT'
  | 'HUGEINT'
  | 'DOUBLE'
  | 'DECIMAL(38,6)'
  | 'DATE'
  | 'VARCHAR[]';

/**
 * The scale of the decimal columns: six places, a 分 of an amount in 万元. Counts are integers;
 * a value with more places cannot be stored exactly, and is not stored rounded.
 *
 * @example
 * ```ts
 * DECIMAL_SCALE; // 6
 * ```
 */
export const DECIMAL_SCALE = 6;

/**
 * A column: its name and type.
 *
 * @example
 * ```ts
 * const column: Column = { name: 'value', type: 'DECIMAL(38,6)' };
 * ```
 */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
}

/**
 * A column, typed by its name and type.
 *
 * @example
 * ```ts
 * const columns = [defineColumn('document', 'VARCHAR'), defineColumn('position', 'SMALLINT')] as const;
 * ```
 */
export const defineColumn = <N extends string, T extends ColumnType>(name: N, type: T) => ({ name, type }) as const;
const c = defineColumn;

/**
 * Where something was read in its source, as the readers give it (`SourceLoc`).
 *
 * @example
 * ```ts
 * SOURCE.map((c) => c.name); // ['source_line', 'source_column', …]
 * ```
 */
export const SOURCE = [
  c('source_line', 'INTEGER'),
  c('source_column', 'INTEGER'),
  c('source_page', 'INTEGER'),
  c('source_table', 'INTEGER'),
  c('source_row', 'INTEGER'),
  c('source_cell', 'INTEGER'),
  c('source_x', 'DOUBLE'),
  c('source_y', 'DOUBLE'),
] as const;

/**
 * Which cell of its format a cell is: its position in the format (the order of the interchange
 * CSV), the table, the official labels and the format's keys of its row and column.
 *
 * @example
 * ```ts
 * CELL_PLACE.map((c) => c.name); // ['position', 'table_id', 'row_label', 'column_label', 'row_key', 'column_key']
 * ```
 */
export const CELL_PLACE = [
  c('position', 'SMALLINT'),
  c('table_id', 'VARCHAR'),
  c('row_label', 'VARCHAR'),
  c('column_label', 'VARCHAR'),
  c('row_key', 'VARCHAR'),
  c('column_key', 'VARCHAR'),
] as const;

/**
 * Every table, its columns in order. `documents` holds one row per file content (its SHA-256),
 * the others reference it in `document`.
 *
 * @example
 * ```ts
 * TABLES.cells.map((c) => c.name); // ['document', 'position', 'table_id', 'row_label', …]
 * ```
 */
export const TABLES = {
  meta: [c('key', 'VARCHAR'), c('value', 'VARCHAR')],
  documents: [
    c('sha256', 'VARCHAR'),
    c('path', 'VARCHAR'),
    c('size', 'BIGINT'),
    c('medium', 'VARCHAR'),
    c('status', 'VARCHAR'),
    c('failure', 'VARCHAR'),
    c('problems', 'VARCHAR[]'),
    c('advice', 'VARCHAR'),
    c('format', 'VARCHAR'),
    c('agency', 'VARCHAR'),
    c('body', 'VARCHAR'),
    c('level', 'VARCHAR'),
    c('scope', 'VARCHAR'),
    c('year', 'SMALLINT'),
    c('published', 'DATE'),
    c('read_ms', 'DOUBLE'),
    c('parse_ms', 'DOUBLE'),
    c('check_ms', 'DOUBLE'),
    c('total_ms', 'DOUBLE'),
  ],
  cells: [c('document', 'VARCHAR'), ...CELL_PLACE, c('value', 'DECIMAL(38,6)'), c('unit', 'VARCHAR'), ...SOURCE],
  findings: [
    c('document', 'VARCHAR'),
    c('stage', 'VARCHAR'),
    c('position', 'INTEGER'),
    c('previous', 'VARCHAR'),
    c('code', 'VARCHAR'),
    c('severity', 'VARCHAR'),
    c('table_id', 'VARCHAR'),
    c('row_label', 'VARCHAR'),
    c('column_label', 'VARCHAR'),
    c('group_label', 'VARCHAR'),
    c('expected', 'DECIMAL(38,6)'),
    c('actual', 'DECIMAL(38,6)'),
    c('message_zh', 'VARCHAR'),
    c('message_en', 'VARCHAR'),
    c('cells', 'VARCHAR[]'),
    c('path', 'VARCHAR[]'),
    c('quote', 'VARCHAR'),
    ...SOURCE,
  ],
  sections: [
    c('document', 'VARCHAR'),
    c('position', 'SMALLINT'),
    c('section', 'VARCHAR'),
    c('topic', 'VARCHAR'),
    c('heading', 'VARCHAR'),
    c('printed_heading', 'VARCHAR'),
    c('text', 'VARCHAR'),
    ...SOURCE,
  ],
  pairs: [c('document', 'VARCHAR'), c('previous', 'VARCHAR'), c('body', 'VARCHAR'), c('year', 'SMALLINT')],
} as const satisfies Record<string, readonly Column[]>;

/**
 * The name of a table.
 *
 * @example
 * ```ts
 * const table: TableName = 'cells';
 * ```
 */
export type TableName = keyof typeof TABLES;

/** The JavaScript value a column of a type is written from (`null` for SQL NULL). */
type ValueOf<T extends ColumnType> = T extends 'VARCHAR' | 'DECIMAL(38,6)' | 'DATE'
  ? string | null
  : T extends 'VARCHAR[]'
    ? readonly string[] | null
    : T extends 'HUGEINT'
      ? bigint | null
      : number | null;

/**
 * A row of some columns, typed from them.
 *
 * @example
 * ```ts
 * const row: RowWith<typeof SOURCE> = { source_line: 39, source_column: 19, source_page: null, … };
 * ```
 */
export type RowWith<Columns extends readonly Column[]> = {
  [C in Columns[number] as C['name']]: ValueOf<C['type']>;
};

/**
 * A row of a table, typed from its columns.
 *
 * @example
 * ```ts
 * const row: RowOf<'pairs'> = { document: 'ab…', previous: 'cd…', body: '北关区应急管理局', year: 2024 };
 * ```
 */
export type RowOf<T extends TableName> = RowWith<(typeof TABLES)[T]>;

/**
 * The tables a scan writes per document, in the order they are written: what a shard's Parquet
 * holds (with `meta`), and what a merge reads back.
 *
 * @example
 * ```ts
 * DOCUMENT_TABLES; // ['documents', 'cells', 'findings', 'sections']
 * ```
 */
export const DOCUMENT_TABLES = ['documents', 'cells', 'findings', 'sections'] as const;

/** An identifier quoted for SQL. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A text as an SQL literal. */
export const literal = (text: string): string => `'${text.replaceAll("'", "''")}'`;

/**
 * The `CREATE TABLE` statement of a table.
 *
 * @example
 * ```ts
 * createTable('pairs'); // 'CREATE TABLE IF NOT EXISTS "pairs" ("document" VARCHAR, …)'
 * ```
 */
export function createTable(table: TableName): string {
  const columns = (TABLES[table] as readonly Column[]).map((col) => `${ident(col.name)} ${col.type}`);
  return `CREATE TABLE IF NOT EXISTS ${ident(table)} (${columns.join(', ')})`;
}

/** The codes of the sum relations of both formats (T3-BALANCE, T4-TOTAL, …), from their definitions. */
const RELATION_CODES = [...new Set([...FORMAT_2021.relations, ...FORMAT_2019.relations].map((r) => r.code))];

const CROSS_YEAR_CODES = CROSS_YEAR.map((r) => r.code);
const list = (codes: readonly string[]): string => codes.map(literal).join(', ');

/**
 * The views for the common questions, by name: their SQL reads only the tables above.
 *
 * @example
 * ```ts
 * Object.keys(VIEWS); // ['relations_failing', 'cross_year_pairs', 'cross_year_mismatches', 'text_reused']
 * ```
 */
export const VIEWS: Readonly<Record<string, string>> = {
  // Every sum relation that does not hold, with the document it is in.
  relations_failing: `
    SELECT d.agency, d.year, d.format, d.path, f.code, f.severity, f.table_id, f.row_label, f.column_label,
           f.group_label, f.expected, f.actual, f.message_zh, f.message_en, f.document
    FROM findings f JOIN documents d ON d.sha256 = f.document
    WHERE f.code IN (${list(RELATION_CODES)})`,
  // Every pair of a body's consecutive years, with how many findings of each cross-year rule it has.
  cross_year_pairs: `
    SELECT d.agency, p.year, d.path, prev.path AS previous_path,
           ${CROSS_YEAR_CODES.map(
             (code) =>
               `count(f.code) FILTER (WHERE f.code = ${literal(code)}) AS ${code.toLowerCase().replace(/^x-/, '').replaceAll('-', '_')}`,
           ).join(',\n           ')},
           p.document, p.previous
    FROM pairs p
    JOIN documents d ON d.sha256 = p.document
    JOIN documents prev ON prev.sha256 = p.previous
    LEFT JOIN findings f ON f.document = p.document AND f.previous = p.previous AND f.stage = 'cross-year'
    GROUP BY ALL`,
  // The carry-over and stock figures that do not follow from the year before.
  cross_year_mismatches: `
    SELECT d.agency, d.year, f.code, f.table_id, f.row_label, f.column_label, f.expected, f.actual,
           f.message_zh, f.message_en, d.path, prev.path AS previous_path, f.document, f.previous
    FROM findings f
    JOIN documents d ON d.sha256 = f.document
    JOIN documents prev ON prev.sha256 = f.previous
    WHERE f.stage = 'cross-year' AND f.code IN ('X-CARRYOVER', 'X-STOCK')`,
  // Narrative sections that largely repeat the same body's report of the year before.
  text_reused: `
    SELECT d.agency, d.year, f.path[2] AS section, f.quote, f.message_zh, f.message_en,
           d.path, prev.path AS previous_path, f.document, f.previous
    FROM findings f
    JOIN documents d ON d.sha256 = f.document
    JOIN documents prev ON prev.sha256 = f.previous
    WHERE f.stage = 'cross-year' AND f.code = 'X-TEXT-REUSE'`,
};
