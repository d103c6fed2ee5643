/**
 * DuckDB for the corpus commands: `@duckdb/node-api` loaded on demand (an optional dependency:
 * the library and the other commands never load it), a database opened with its limits, and the
 * rows of a table appended in data chunks, the fastest way in.
 *
 * @module
 */
import type { DuckDBAppender, DuckDBConnection, DuckDBInstance, DuckDBType, DuckDBValue } from '@duckdb/node-api';
import type { Lang } from '../../findings/types.js';
import { cliText } from '../i18n.js';
import { LoadError } from '../load.js';
import { decimalUnits } from './decimal.js';
import { type Column, type ColumnType, DECIMAL_SCALE, type RowOf, TABLES, type TableName } from './schema.js';

/**
 * The `@duckdb/node-api` module.
 *
 * @example
 * ```ts
 * const duckdb: DuckDB = await loadDuckDB('zh');
 * ```
 */
export type DuckDB = typeof import('@duckdb/node-api');

/**
 * Loads `@duckdb/node-api`; when it is not installed, a load error that says how to install it.
 *
 * @example
 * ```ts
 * const duckdb = await loadDuckDB('en');
 * ```
 */
export async function loadDuckDB(lang: Lang): Promise<DuckDB> {
  try {
    return await import('@duckdb/node-api');
  } catch (err) {
    throw new LoadError([cliText(lang).scan.duckdbMissing((err as Error).message)]);
  }
}

/**
 * An open database and its connection.
 *
 * @example
 * ```ts
 * const db = await openDatabase(duckdb, 'corpus.duckdb', { readOnly: true });
 * db.close();
 * ```
 */
export interface Database {
  duckdb: DuckDB;
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  close(): void;
}

/**
 * Opens (or creates) a database file, or an in-memory one for `':memory:'`. A scan's workers read
 * on every core, so DuckDB gets few threads and a bounded memory of its own.
 *
 * @example
 * ```ts
 * const db = await openDatabase(duckdb, 'corpus.duckdb', { readOnly: false });
 * ```
 */
export async function openDatabase(
  duckdb: DuckDB,
  path: string,
  options: { readOnly: boolean; memoryLimit?: string; flushAbove?: string },
): Promise<Database> {
  const config: Record<string, string> = { threads: '2', memory_limit: options.memoryLimit ?? '1GB' };
  // DuckDB's allocator keeps what its threads freed for reuse unless a task's peak went over this
  // threshold (128 MB by default, above a writer's limit: never); below it, the memory a batch's
  // insert used is returned to the system when the task ends.
  if (options.flushAbove) config.allocator_flush_threshold = options.flushAbove;
  if (options.readOnly) config.access_mode = 'READ_ONLY';
  const instance = await duckdb.DuckDBInstance.create(path, config);
  const connection = await instance.connect();
  return {
    duckdb,
    instance,
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/**
 * Another connection to the same database, with a transaction of its own (closing it leaves the
 * database open).
 *
 * @example
 * ```ts
 * const other = await connectAgain(db);
 * other.close();
 * ```
 */
export async function connectAgain(db: Database): Promise<Database> {
  const connection = await db.instance.connect();
  return { ...db, connection, close: () => connection.closeSync() };
}

/** Rows per data chunk: DuckDB's vector size. */
const CHUNK_ROWS = 2048;

const DAY_MS = 86_400_000;

/** The node-api type of a column type, and how a row's value becomes a DuckDB value. */
function columnCodec(duckdb: DuckDB, type: ColumnType): { type: DuckDBType; value(v: unknown): DuckDBValue } {
  switch (type) {
    case 'VARCHAR':
      return { type: duckdb.VARCHAR, value: (v) => v as string | null };
    case 'SMALLINT':
      return { type: duckdb.SMALLINT, value: (v) => v as number | null };
    case 'INTEGER':
      return { type: duckdb.INTEGER, value: (v) => v as number | null };
    case 'DOUBLE':
      return { type: duckdb.DOUBLE, value: (v) => v as number | null };
    case 'BIGINT':
      return { type: duckdb.BIGINT, value: (v) => (v === null ? null : BigInt(v as number)) };
    case 'HUGEINT':
      return { type: duckdb.HUGEINT, value: (v) => v as bigint | null };
    case 'DECIMAL(38,6)':
      return {
        type: duckdb.DECIMAL(38, DECIMAL_SCALE),
        value: (v) => (v === null ? null : duckdb.decimalValue(decimalUnits(v as string), 38, DECIMAL_SCALE)),
      };
    case 'DATE':
      return {
        type: duckdb.DATE,
        value: (v) => (v === null ? null : duckdb.dateValue(Date.parse(`${v as string}T00:00:00Z`) / DAY_MS)),
      };
    case 'VARCHAR[]':
      return {
        type: duckdb.LIST(duckdb.VARCHAR),
        value: (v) => (v === null ? null : duckdb.listValue(v as string[])),
      };
  }
}

/**
 * An open appender of a table, in the connection's transaction, that takes rows one at a time and
 * hands them to DuckDB a data chunk at a time: no more than a chunk of rows is kept in JavaScript.
 *
 * @example
 * ```ts
 * const appender = await openAppender(db, 'pairs', TABLES.pairs);
 * appender.add({ document: 'ab…', previous: 'cd…', body: '某县财政局', year: 2024 });
 * appender.close();
 * ```
 */
export class TableAppender {
  private rows: Record<string, unknown>[] = [];
  private readonly codecs: ReturnType<typeof columnCodec>[];

  constructor(
    private readonly db: Database,
    private readonly columns: readonly Column[],
    private readonly appender: DuckDBAppender,
  ) {
    this.codecs = columns.map((col) => columnCodec(db.duckdb, col.type));
  }

  add(row: Record<string, unknown>): void {
    this.rows.push(row);
    if (this.rows.length >= CHUNK_ROWS) this.flushChunk();
  }

  /** Hands the rows kept to DuckDB, flushes and closes the appender. */
  close(): void {
    try {
      this.flushChunk();
      this.appender.flushSync();
    } finally {
      this.appender.closeSync();
    }
  }

  private flushChunk(): void {
    const rows = this.rows;
    if (rows.length === 0) return;
    this.rows = [];
    const chunk = this.db.duckdb.DuckDBDataChunk.create(
      this.codecs.map((codec) => codec.type),
      rows.length,
    );
    chunk.setColumns(
      this.columns.map((col, i) => {
        const codec = this.codecs[i] as ReturnType<typeof columnCodec>;
        return rows.map((row) => codec.value(row[col.name] ?? null));
      }),
    );
    this.appender.appendDataChunk(chunk);
  }
}

/**
 * Opens a {@link TableAppender} on a table.
 *
 * @example
 * ```ts
 * const appender = await openAppender(db, 'staged_cells', STAGED_CELLS);
 * ```
 */
export async function openAppender(db: Database, table: string, columns: readonly Column[]): Promise<TableAppender> {
  return new TableAppender(db, columns, await db.connection.createAppender(table));
}

/**
 * Appends rows to a table through an appender, in data chunks, in the connection's transaction.
 *
 * @example
 * ```ts
 * await appendRows(db, 'pairs', TABLES.pairs, [{ document: 'ab…', previous: 'cd…', body: '某县财政局', year: 2024 }]);
 * ```
 */
export async function appendRows(
  db: Database,
  table: string,
  columns: readonly Column[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const appender = await openAppender(db, table, columns);
  try {
    for (const row of rows) appender.add(row);
  } finally {
    appender.close();
  }
}

/**
 * Appends rows to one of the corpus tables.
 *
 * @example
 * ```ts
 * await appendTable(db, 'pairs', [{ document: 'ab…', previous: 'cd…', body: '某县财政局', year: 2024 }]);
 * ```
 */
export function appendTable<T extends TableName>(db: Database, table: T, rows: readonly RowOf<T>[]): Promise<void> {
  return appendRows(db, table, TABLES[table], rows);
}
