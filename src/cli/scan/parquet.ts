/**
 * The corpus as Parquet, for many machines: a shard's tables written under a folder, partitioned
 * the Hive way by year (`cells/year=2024/shard-3-of-8_0.parquet`), which DuckDB, Spark, Trino or
 * BigQuery read as one table; and the shards of a folder merged into a database, where the
 * cross-year pairs are then made.
 *
 * @module
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../findings/types.js';
import { cliText } from '../i18n.js';
import { LoadError } from '../load.js';
import type { Database } from './duck.js';
import { DOCUMENT_TABLES, ident, literal, SCHEMA_VERSION, TABLES, type TableName } from './schema.js';
import type { Shard } from './select.js';
import { type CorpusSettings, column, inTransaction, metaRows, rulesText } from './store.js';

/**
 * The name of a shard's files: `shard-K-of-N`.
 *
 * @example
 * ```ts
 * shardName({ index: 3, count: 8 }); // 'shard-3-of-8'
 * ```
 */
export const shardName = (shard: Shard): string => `shard-${shard.index}-of-${shard.count}`;

/** The glob of a table's Parquet files under a folder. */
const filesOf = (dir: string, table: string): string =>
  join(dir, table, table === 'meta' ? '*.parquet' : '**/*.parquet');

/** How a folder's Parquet files of a table are read: partitions as columns, `year` a number. */
export const readParquet = (dir: string, table: string): string =>
  `read_parquet(${literal(filesOf(dir, table))}, hive_partitioning = ${table === 'meta' ? 'false' : 'true'}${
    table === 'meta' ? '' : ", hive_types = {'year': SMALLINT}"
  })`;

/** The files of a shard under a folder, from an earlier run of it (they are written anew). */
function removeShardFiles(dir: string, name: string): void {
  for (const table of ['meta', ...DOCUMENT_TABLES]) {
    const root = join(dir, table);
    if (!existsSync(root)) continue;
    for (const file of readdirSync(root, { recursive: true, encoding: 'utf8' })) {
      const base = file.slice(file.lastIndexOf('/') + 1);
      if (base === `${name}.parquet` || base.startsWith(`${name}_`)) rmSync(join(root, file));
    }
  }
}

/**
 * DuckDB's memory while a shard's Parquet files are written or shards are merged. The database was
 * opened with a writer's limit (64 MB), which a table's rows joined with their documents and
 * written a file per year do not fit in, nor the shards' rows read back: a shard of 5,000
 * documents, and the merge of two, failed with DuckDB's out of memory. No file is read meanwhile;
 * beyond this, DuckDB spills to disk.
 */
const BULK_MEMORY = '512MB';

/** Runs `work` with {@link BULK_MEMORY}, then gives the database its limit back. */
async function withBulkMemory<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const [limit] = await column<string>(db, `SELECT current_setting('memory_limit')`);
  await db.connection.run(`SET memory_limit = '${BULK_MEMORY}'`);
  try {
    return await work();
  } finally {
    await db.connection.run(`SET memory_limit = ${literal(String(limit))}`);
  }
}

/**
 * Writes the database's documents as a shard's Parquet files under `dir`: each table of
 * {@link DOCUMENT_TABLES} partitioned by the document's year, and `meta` with the shard's name.
 *
 * @example
 * ```ts
 * await writeShard(db, 'out', { index: 0, count: 4 }, settings);
 * ```
 */
export async function writeShard(db: Database, dir: string, shard: Shard, settings: CorpusSettings): Promise<void> {
  const name = shardName(shard);
  removeShardFiles(dir, name);
  mkdirSync(join(dir, 'meta'), { recursive: true });
  await withBulkMemory(db, () => exportShard(db, dir, name, shard, settings));
}

async function exportShard(
  db: Database,
  dir: string,
  name: string,
  shard: Shard,
  settings: CorpusSettings,
): Promise<void> {
  const meta = metaRows(settings, { shard: `${shard.index}/${shard.count}` })
    .map((row) => `SELECT ${literal(row.key)} AS key, ${literal(row.value)} AS value`)
    .join(' UNION ALL ');
  await db.connection.run(`COPY (${meta}) TO ${literal(join(dir, 'meta', `${name}.parquet`))} (FORMAT parquet)`);
  for (const table of DOCUMENT_TABLES) {
    const rows =
      table === 'documents'
        ? 'SELECT * FROM documents'
        : `SELECT t.*, d.year FROM ${ident(table)} t JOIN documents d ON d.sha256 = t.document`;
    await db.connection.run(
      `COPY (${rows}) TO ${literal(join(dir, table))} (FORMAT parquet, PARTITION_BY (year), ` +
        `FILENAME_PATTERN ${literal(`${name}_{i}`)}, OVERWRITE_OR_IGNORE true)`,
    );
  }
}

/**
 * Whether a folder holds a table's Parquet files.
 *
 * @example
 * ```ts
 * hasTable('out', 'cells'); // true after a shard was written there
 * ```
 */
export function hasTable(dir: string, table: string): boolean {
  const root = join(dir, table);
  return (
    existsSync(root) && readdirSync(root, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.parquet'))
  );
}

/**
 * Merges the shards under `dir` into the database: the documents it does not hold yet (or holds as
 * `failed`), with their rows, in one transaction. The shards must be of this schema version and built with the
 * database's `--rule` settings; a document in two shards means the folder mixes runs, and is
 * refused. Returns how many documents were added.
 *
 * @example
 * ```ts
 * await mergeShards(db, 'out', settings, 'zh'); // 10000
 * ```
 */
export async function mergeShards(db: Database, dir: string, settings: CorpusSettings, lang: Lang): Promise<number> {
  const text = cliText(lang).scan;
  if (!hasTable(dir, 'meta') || !hasTable(dir, 'documents')) throw new LoadError([text.notShardFolder(dir)]);
  for (const version of await column<string>(
    db,
    `SELECT DISTINCT value FROM ${readParquet(dir, 'meta')} WHERE key = 'schema_version'`,
  )) {
    if (version !== String(SCHEMA_VERSION)) throw new LoadError([text.schemaVersion(version, SCHEMA_VERSION)]);
  }
  for (const rules of await column<string>(
    db,
    `SELECT DISTINCT value FROM ${readParquet(dir, 'meta')} WHERE key = 'rules'`,
  )) {
    if (rules !== rulesText(settings.rules)) throw new LoadError([text.rulesDiffer(rules)]);
  }
  const [twice] = await column<bigint>(
    db,
    `SELECT count(*) - count(DISTINCT sha256) FROM ${readParquet(dir, 'documents')}`,
  );
  if (twice) throw new LoadError([text.twiceInShards(dir, Number(twice))]);
  return withBulkMemory(db, () => mergeRows(db, dir));
}

async function mergeRows(db: Database, dir: string): Promise<number> {
  return inTransaction(db, async () => {
    await db.connection.run(
      `CREATE OR REPLACE TEMP TABLE merging AS SELECT sha256 FROM ${readParquet(dir, 'documents')}
       WHERE sha256 NOT IN (SELECT sha256 FROM documents WHERE status <> 'failed')`,
    );
    for (const table of DOCUMENT_TABLES) {
      const key = table === 'documents' ? 'sha256' : 'document';
      // A document stored as failed gives way to the shard's reading of it.
      await db.connection.run(`DELETE FROM ${ident(table)} WHERE ${key} IN (SELECT sha256 FROM merging)`);
      if (!hasTable(dir, table)) continue;
      const columns = (TABLES[table as TableName] as readonly { name: string }[]).map((c) => ident(c.name)).join(', ');
      await db.connection.run(
        `INSERT INTO ${ident(table)} SELECT ${columns} FROM ${readParquet(dir, table)} WHERE ${key} IN (SELECT sha256 FROM merging)`,
      );
    }
    const [added] = await column<bigint>(db, 'SELECT count(*) FROM merging');
    await db.connection.run('DROP TABLE merging');
    return Number(added ?? 0);
  });
}
