/**
 * How the cells reach the database, the bulk of its rows (200 a report): the scan hands DuckDB only
 * what differs from report to report (the cell's position in its format, its value as exact units,
 * a unit, where it was read), into a staging table of the connection; one `INSERT … SELECT` then
 * adds the document, the labels and the keys from the grid of the format, inside DuckDB. Texts
 * repeated in every report are not converted 200 times a report, so that writing stays a small
 * part of a scan.
 *
 * @module
 */
import { formatCells } from '../../format/index.js';
import type { FormatVersion } from '../../format/grid.js';
import { appendRows, type Database } from './duck.js';
import {
  CELL_PLACE,
  type Column,
  DECIMAL_SCALE,
  defineColumn as c,
  ident,
  type RowWith,
  SOURCE,
  TABLES,
} from './schema.js';

/** The grid of both formats: each cell's labels and keys by its position. */
const GRID = [c('format', 'VARCHAR'), ...CELL_PLACE] as const;

/**
 * The documents of a batch, numbered: a document's cells are staged with its number.
 *
 * @example
 * ```ts
 * const staged = { batch_index: 0, document: 'ab…', format: '2021' };
 * ```
 */
export const STAGED_DOCUMENTS = [
  c('batch_index', 'INTEGER'),
  c('document', 'VARCHAR'),
  c('format', 'VARCHAR'),
] as const;

/**
 * A cell as the scan hands it over: the number of its document in the batch (set when the batch
 * is written), its position in its format, its value as units of the database's scale (`96171.6`
 * is `96171600000n`; NULL when blank), a unit stated in it, and its source columns.
 *
 * @example
 * ```ts
 * const cell: StagedCell = { batch_index: 0, position: 40, units: 13000000n, unit: null, ...sourceColumns(loc) };
 * ```
 */
export const STAGED_CELLS = [
  c('batch_index', 'INTEGER'),
  c('position', 'SMALLINT'),
  c('units', 'HUGEINT'),
  c('unit', 'VARCHAR'),
  ...SOURCE,
] as const;

/**
 * A staged cell.
 *
 * @example
 * ```ts
 * const cell: StagedCell = { batch_index: 0, position: 40, units: 13000000n, unit: null, source_line: 28, … };
 * ```
 */
export type StagedCell = RowWith<typeof STAGED_CELLS>;

const create = (table: string, columns: readonly Column[]) =>
  `CREATE OR REPLACE TEMP TABLE ${ident(table)} (${columns.map((col) => `${ident(col.name)} ${col.type}`).join(', ')})`;

/**
 * Creates the connection's grid of the formats (temporary, as the staging tables of each batch:
 * gone with the connection, never in the database file).
 *
 * @example
 * ```ts
 * await prepareCells(db);
 * ```
 */
export async function prepareCells(db: Database): Promise<void> {
  await db.connection.run(create('cell_grid', GRID));
  const grid = (['2019', '2021'] as const satisfies readonly FormatVersion[]).flatMap((format) =>
    formatCells(format).map((cell, position) => ({
      format,
      position,
      table_id: cell.table,
      row_label: cell.rowDef.label,
      column_label: cell.columnDef.label,
      row_key: cell.row,
      column_key: cell.column,
    })),
  );
  await appendRows(db, 'cell_grid', GRID, grid);
}

/** The columns of `cells`, as the insert computes them from the staged rows (`s`), documents (`d`) and grid (`g`). */
const CELL_COLUMNS: Readonly<Record<string, string>> = {
  document: 'd.document',
  value: `s.units::DECIMAL(38, 0) * ${(10 ** -DECIMAL_SCALE).toFixed(DECIMAL_SCALE)}::DECIMAL(${DECIMAL_SCALE + 1}, ${DECIMAL_SCALE})`,
};

/**
 * The staging tables, by what they hold.
 *
 * @example
 * ```ts
 * await openAppender(db, STAGING.cells, STAGED_CELLS);
 * ```
 */
export const STAGING = { documents: 'staged_documents', cells: 'staged_cells' } as const;

/**
 * Creates the connection's staging tables of a batch: its documents, numbered, and their cells.
 * Made anew for each batch: rows deleted from a table stay in it until DuckDB compacts it, and
 * each join would read every batch before.
 *
 * @example
 * ```ts
 * await createStaging(db);
 * ```
 */
export async function createStaging(db: Database): Promise<void> {
  await db.connection.run(create(STAGING.documents, STAGED_DOCUMENTS));
  await db.connection.run(create(STAGING.cells, STAGED_CELLS));
}

/**
 * Inserts the staged cells of a batch into `cells`, in the connection's transaction, and drops
 * the staging tables.
 *
 * @example
 * ```ts
 * await insertStagedCells(db);
 * ```
 */
export async function insertStagedCells(db: Database): Promise<void> {
  // The place of a cell comes from the grid, the rest from the staged row.
  const fromGrid = new Set<string>(CELL_PLACE.map((col) => col.name));
  const columns = TABLES.cells.map((col) => {
    const source = fromGrid.has(col.name) ? 'g' : 's';
    return `${CELL_COLUMNS[col.name] ?? `${source}.${ident(col.name)}`} AS ${ident(col.name)}`;
  });
  await db.connection.run(
    `INSERT INTO cells SELECT ${columns.join(', ')}
     FROM ${STAGING.cells} s
     JOIN ${STAGING.documents} d ON d.batch_index = s.batch_index
     JOIN cell_grid g ON g.format = d.format AND g.position = s.position`,
  );
  await db.connection.run(`DROP TABLE ${STAGING.cells}`);
  await db.connection.run(`DROP TABLE ${STAGING.documents}`);
}
