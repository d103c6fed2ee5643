/**
 * The corpus database on disk: created with its schema and views in one transaction, checked
 * when reopened (a corpus database, of this schema version, built with the same `--rule`
 * settings), asked which contents it already holds, and written a batch of whole documents per
 * transaction, so that a process killed at any moment leaves only whole documents behind.
 *
 * @module
 */
import type { Lang, RuleSetting } from '../../findings/types.js';
import { cliText } from '../i18n.js';
import { LoadError } from '../load.js';
import { createStaging, insertStagedCells, prepareCells, STAGED_CELLS, STAGED_DOCUMENTS, STAGING } from './cells.js';
import { appendTable, type Database, type DuckDB, openAppender, openDatabase, type TableAppender } from './duck.js';
import type { DocumentRows } from './rows.js';
import {
  createTable,
  DOCUMENT_TABLES,
  ident,
  literal,
  SCHEMA_VERSION,
  TABLES,
  type TableName,
  VIEWS,
} from './schema.js';

/**
 * What a database is built with, kept in its `meta` table: a database answers one set of
 * `--rule` settings, so that every document in it was checked alike.
 *
 * @example
 * ```ts
 * const settings: CorpusSettings = { version: '0.1.0', rules: { 'CELL-BLANK': 'off' } };
 * ```
 */
export interface CorpusSettings {
  /** The version of zfxxgk writing it. */
  version: string;
  rules?: Readonly<Record<string, RuleSetting>> | undefined;
}

/**
 * The `--rule` settings as `meta` keeps them: JSON with the codes in order.
 *
 * @example
 * ```ts
 * rulesText({ 'X-JUMP': 'off', 'CELL-BLANK': 'info' }); // '{"CELL-BLANK":"info","X-JUMP":"off"}'
 * ```
 */
export function rulesText(rules: CorpusSettings['rules']): string {
  const entries = Object.entries(rules ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}

/**
 * The rows of the `meta` table of a database or a shard.
 *
 * @example
 * ```ts
 * metaRows({ version: '0.1.0' }); // [{ key: 'schema_version', value: '1' }, …]
 * ```
 */
export function metaRows(settings: CorpusSettings, extra: Record<string, string> = {}) {
  return Object.entries({
    schema_version: String(SCHEMA_VERSION),
    created_by: `zfxxgk ${settings.version}`,
    rules: rulesText(settings.rules),
    ...extra,
  }).map(([key, value]) => ({ key, value }));
}

/** Runs `work` in a transaction: all of it is committed, or none of it. */
export async function inTransaction<T>(db: Database, work: () => Promise<T>): Promise<T> {
  await db.connection.run('BEGIN TRANSACTION');
  try {
    const out = await work();
    await db.connection.run('COMMIT');
    return out;
  } catch (err) {
    await db.connection.run('ROLLBACK').catch(() => undefined);
    throw err;
  }
}

/** The values of a one-column query. */
export async function column<T>(db: Database, sql: string): Promise<T[]> {
  const reader = await db.connection.runAndReadAll(sql);
  return reader.getRows().map((row) => row[0] as T);
}

/** An SQL list of texts, for `IN (…)`. */
export const sqlList = (values: readonly string[]): string => values.map(literal).join(', ');

/**
 * Creates the tables, views and meta rows of a new database, in one transaction; checks those of
 * an existing one. Throws a {@link LoadError} that says what is wrong.
 *
 * @example
 * ```ts
 * await ensureSchema(db, { version: '0.1.0' }, 'zh');
 * ```
 */
export async function ensureSchema(db: Database, settings: CorpusSettings, lang: Lang): Promise<void> {
  const text = cliText(lang).scan;
  const tables = new Set(await column<string>(db, 'SELECT table_name FROM duckdb_tables()'));
  if (tables.size === 0) {
    await inTransaction(db, async () => {
      for (const table of Object.keys(TABLES) as TableName[]) await db.connection.run(createTable(table));
      for (const [name, sql] of Object.entries(VIEWS)) await db.connection.run(`CREATE VIEW ${ident(name)} AS ${sql}`);
      await appendTable(db, 'meta', metaRows(settings));
    });
    return;
  }
  if (!tables.has('meta')) throw new LoadError([text.notCorpus]);
  const meta = await readMeta(db);
  if (meta.schema_version !== String(SCHEMA_VERSION))
    throw new LoadError([text.schemaVersion(meta.schema_version ?? '?', SCHEMA_VERSION)]);
  if ((meta.rules ?? '{}') !== rulesText(settings.rules)) throw new LoadError([text.rulesDiffer(meta.rules ?? '{}')]);
}

/**
 * The `meta` table as an object.
 *
 * @example
 * ```ts
 * (await readMeta(db)).schema_version; // '1'
 * ```
 */
export async function readMeta(db: Database): Promise<Record<string, string>> {
  const reader = await db.connection.runAndReadAll('SELECT key, value FROM meta');
  return Object.fromEntries(reader.getRows().map(([key, value]) => [String(key), String(value)]));
}

/**
 * Opens or creates a corpus database for writing. Throws a {@link LoadError} when it cannot be
 * opened (another process is writing it, or it is not a database) or is not a corpus database
 * this version can write.
 *
 * @example
 * ```ts
 * const db = await openCorpus(duckdb, 'corpus.duckdb', { version: '0.1.0' }, 'zh');
 * ```
 */
export async function openCorpus(
  duckdb: DuckDB,
  path: string,
  settings: CorpusSettings,
  lang: Lang,
): Promise<Database> {
  let db: Database;
  try {
    // Writing needs little memory: a batch's rows are handed over a data chunk at a time, and
    // DuckDB spills what does not fit. A larger limit only lets its buffers grow with the scan
    // (256 MB: 697 MB peak for 10,000 files against 479 MB).
    db = await openDatabase(duckdb, path, { readOnly: false, memoryLimit: '64MB', flushAbove: '16MB' });
  } catch (err) {
    throw new LoadError([cliText(lang).scan.cannotOpen(path, (err as Error).message)]);
  }
  try {
    await ensureSchema(db, settings, lang);
    await prepareCells(db);
  } catch (err) {
    db.close();
    throw err;
  }
  return db;
}

/**
 * Of some contents (SHA-256), those the database holds, with whether each was stored as `failed`
 * (such a file is read again, and its rows replaced).
 *
 * @example
 * ```ts
 * const stored = await storedDocuments(db, hashes); // Map { 'ab…' => 'checked', … }
 * ```
 */
export async function storedDocuments(db: Database, hashes: readonly string[]): Promise<Map<string, string>> {
  if (hashes.length === 0) return new Map();
  const reader = await db.connection.runAndReadAll(
    `SELECT sha256, status FROM documents WHERE sha256 IN (${sqlList(hashes)})`,
  );
  return new Map(reader.getRows().map(([sha256, status]) => [String(sha256), String(status)]));
}

/**
 * Deletes the rows of documents (contents stored before as `failed`, read again), in one
 * transaction. A process stopped before they are stored again leaves them out of the database,
 * so that the next run reads them again.
 *
 * @example
 * ```ts
 * await deleteDocuments(db, ['ab…']);
 * ```
 */
export async function deleteDocuments(db: Database, documents: readonly string[]): Promise<void> {
  if (documents.length === 0) return;
  const list = sqlList(documents);
  await inTransaction(db, async () => {
    for (const table of DOCUMENT_TABLES) {
      const key = table === 'documents' ? 'sha256' : 'document';
      await db.connection.run(`DELETE FROM ${ident(table)} WHERE ${ident(key)} IN (${list})`);
    }
  });
}

/** The appenders of a batch: the tables a document's rows go to, its cells staged. */
interface BatchAppenders {
  documents: TableAppender;
  findings: TableAppender;
  sections: TableAppender;
  stagedDocuments: TableAppender;
  stagedCells: TableAppender;
}

/**
 * A batch of whole documents in one transaction: each document's rows are handed to DuckDB as it
 * is added (a data chunk at a time), so that what a batch holds is in DuckDB's storage, not in
 * rows kept in JavaScript; {@link DocumentBatch.commit} stores all of them, or none.
 *
 * @example
 * ```ts
 * const batch = await DocumentBatch.begin(db);
 * for (const rows of documents) batch.add(rows);
 * await batch.commit();
 * ```
 */
export class DocumentBatch {
  /** Documents added. */
  size = 0;
  /** Documents added with cells: the number the next one's cells are staged with. */
  private staged = 0;

  private constructor(
    private readonly db: Database,
    private readonly appenders: BatchAppenders,
  ) {}

  /** Begins a transaction on the connection and opens the batch's appenders. */
  static async begin(db: Database): Promise<DocumentBatch> {
    await db.connection.run('BEGIN TRANSACTION');
    try {
      await createStaging(db);
      const appenders: BatchAppenders = {
        documents: await openAppender(db, 'documents', TABLES.documents),
        findings: await openAppender(db, 'findings', TABLES.findings),
        sections: await openAppender(db, 'sections', TABLES.sections),
        stagedDocuments: await openAppender(db, STAGING.documents, STAGED_DOCUMENTS),
        stagedCells: await openAppender(db, STAGING.cells, STAGED_CELLS),
      };
      return new DocumentBatch(db, appenders);
    } catch (err) {
      await db.connection.run('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }

  /** Adds a document's rows. */
  add(rows: DocumentRows): void {
    const { appenders } = this;
    appenders.documents.add(rows.document);
    if (rows.cells.length) {
      const batch_index = this.staged++;
      appenders.stagedDocuments.add({
        batch_index,
        document: rows.document.sha256,
        format: rows.document.format ?? '',
      });
      for (const cell of rows.cells) {
        cell.batch_index = batch_index;
        appenders.stagedCells.add(cell);
      }
    }
    for (const finding of rows.findings) appenders.findings.add(finding);
    for (const section of rows.sections) appenders.sections.add(section);
    this.size += 1;
  }

  /** Stores every document added, in one commit; on an error, none of them. */
  async commit(): Promise<void> {
    try {
      for (const appender of Object.values(this.appenders)) appender.close();
      await insertStagedCells(this.db);
      await this.db.connection.run('COMMIT');
    } catch (err) {
      await this.db.connection.run('ROLLBACK').catch(() => undefined);
      throw err;
    }
  }
}
