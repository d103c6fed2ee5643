/**
 * `zfxxgk query DATABASE "SQL"`: runs a query on a corpus database (opened read-only) or on the
 * Parquet files of `zfxxgk scan --out` (read as the same tables), and writes the result as a table
 * for people, or as CSV or JSON. See docs/corpus-db.md.
 *
 * @module
 */
import type { Lang } from '../../findings/types.js';
import type { CliCommand, CliIO } from '../command.js';
import { cliText } from '../i18n.js';
import { LoadError } from '../load.js';
import { langOption, oneOf, parseCommandArgs, UsageError } from '../options.js';
import {
  csvHeader,
  csvLines,
  formatTable,
  isNumericType,
  jsonRow,
  type ResultColumn,
  type ResultValue,
} from '../output/query.js';
import { type Database, loadDuckDB, openDatabase } from '../scan/duck.js';
import { hasTable, readParquet } from '../scan/parquet.js';
import { DOCUMENT_TABLES, ident, VIEWS } from '../scan/schema.js';

const OUTPUTS = ['table', 'csv', 'json'] as const;

function usage(lang: Lang): string {
  const zh = lang === 'zh';
  return [
    'zfxxgk query DATABASE|FOLDER SQL [--format table|csv|json] [--lang zh|en]',
    '',
    zh
      ? '  DATABASE             zfxxgk scan --db 建立的数据库（只读打开）'
      : '  DATABASE             a database built by zfxxgk scan --db (opened read-only)',
    zh
      ? '  FOLDER               或 zfxxgk scan --out 写出的 Parquet 文件夹（各分片合并读取）'
      : '  FOLDER               or a folder of Parquet files written by zfxxgk scan --out (its shards read as one)',
    zh ? '  SQL                  DuckDB 的 SQL 查询' : '  SQL                  a query in DuckDB SQL',
    zh
      ? '  --format F           table（默认）：对齐的表格；csv：带表头的 CSV；json：每行一个对象的数组'
      : '  --format F           table (default): an aligned table; csv: CSV with a header; json: an array of objects',
    zh
      ? '  --lang zh|en         提示与错误的语言（默认 zh）'
      : '  --lang zh|en         language of the messages (default zh)',
    '',
    zh ? '退出状态：0 已输出；2 用法错误或查询失败。' : 'Exit status: 0 written; 2 usage errors or a failed query.',
  ].join('\n');
}

/** Opens what the query runs on: the database file read-only, or a Parquet folder as its tables. */
async function openSource(path: string, io: CliIO, lang: Lang): Promise<Database> {
  const text = cliText(lang);
  const kind = (await io.stat(path))?.kind;
  if (kind !== 'file' && kind !== 'directory') throw new LoadError([text.query.notFound(path)]);
  const duckdb = await loadDuckDB(lang);
  try {
    if (kind === 'file') return await openDatabase(duckdb, path, { readOnly: true });
  } catch (err) {
    throw new LoadError([text.scan.cannotOpen(path, (err as Error).message)]);
  }
  const db = await openDatabase(duckdb, ':memory:', { readOnly: false });
  for (const table of ['meta', ...DOCUMENT_TABLES]) {
    if (hasTable(path, table))
      await db.connection.run(`CREATE VIEW ${ident(table)} AS SELECT * FROM ${readParquet(path, table)}`);
  }
  // The views whose tables the shards hold (pairs are made when shards are merged into a database).
  for (const [name, sql] of Object.entries(VIEWS)) {
    await db.connection.run(`CREATE VIEW ${ident(name)} AS ${sql}`).catch(() => undefined);
  }
  return db;
}

/**
 * The `query` subcommand.
 *
 * @example
 * ```ts
 * await queryCommand.run(['corpus.duckdb', 'SELECT count(*) FROM documents', '--format', 'csv'], io);
 * ```
 */
export const queryCommand: CliCommand = {
  name: 'query',
  summary: {
    zh: '在语料库数据库（或 Parquet 分片）上运行 SQL 查询',
    en: 'run an SQL query on a corpus database (or its Parquet shards)',
  },
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { lang: { type: 'string' }, format: { type: 'string' } });
    const lang = langOption(values.lang);
    const text = cliText(lang);
    const output = oneOf('format', values.format, OUTPUTS, 'table', lang);
    if (positionals.length !== 2) throw new UsageError(text.errors.inputCount(2, positionals.length));
    const [path, sql] = positionals as [string, string];
    const db = await openSource(path, io, lang);
    try {
      let result: Awaited<ReturnType<typeof db.connection.stream>>;
      try {
        result = await db.connection.stream(sql);
      } catch (err) {
        throw new LoadError([text.query.failed((err as Error).message)]);
      }
      const columns: ResultColumn[] = result.columnNames().map((name, i) => ({
        name,
        numeric: isNumericType(String(result.columnTypes()[i])),
      }));
      const table: ResultValue[][] = [];
      let count = 0;
      if (output === 'csv') io.stdout(`${csvHeader(columns)}\n`);
      if (output === 'json') io.stdout('[');
      for (let chunk = await result.fetchChunk(); chunk && chunk.rowCount > 0; chunk = await result.fetchChunk()) {
        const rows = chunk.convertRows(db.duckdb.JsonDuckDBValueConverter) as ResultValue[][];
        if (output === 'table') table.push(...rows);
        else if (output === 'csv') io.stdout(`${csvLines(columns, rows).join('\n')}\n`);
        else io.stdout(rows.map((row, i) => `${count + i ? ',' : ''}\n  ${jsonRow(columns, row)}`).join(''));
        count += rows.length;
      }
      if (output === 'json') io.stdout(count ? '\n]\n' : ']\n');
      if (output === 'table') io.stdout(`${formatTable(columns, table)}\n${text.query.rows(count)}\n`);
    } finally {
      db.close();
    }
    return 0;
  },
};
