/**
 * Running `dist/cli.js` for the corpus tests, and a corpus to scan: the real reports of
 * tests/corpus and examples/, with generated reports of bodies over several years (so that there
 * are pairs across years, carry-over and stock that do not follow, copied text), variants of a real
 * text report, a duplicate, and files that are not reports.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { DuckDBInstance } from '@duckdb/node-api';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CellDef } from '../../../src/format/index.js';
import { writeCsv } from '../../../src/interchange/csv.js';
import type { Report } from '../../../src/model/types.js';
import { cleanReport, consistentReport, samplePick, withCells } from '../../support/reports.js';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const cliPath = join(root, 'dist', 'cli.js');

/** Builds the package when `dist/` is missing (a fresh clone running one test file). */
export function ensureBuilt(): void {
  if (!existsSync(cliPath)) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
}

/** Runs the command line in a folder. */
export function zfxxgk(args: readonly string[], cwd: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The rows of a query on a database or a Parquet folder, through `zfxxgk query --format json`. */
export function query<T = Record<string, unknown>>(source: string, sql: string, cwd: string): T[] {
  const run = zfxxgk(['query', source, sql, '--format', 'json'], cwd);
  if (run.code !== 0) throw new Error(`query failed (${run.code}): ${run.err}`);
  return JSON.parse(run.out) as T[];
}

/** A report of a body for a year, in the 2021 format, every relation holding, sections written. */
function yearly(agency: string, year: number, seed: number): Report {
  const pick = (cell: CellDef) => (cell.columnDef.kind === 'count' ? (samplePick(cell) + seed) % 9 : samplePick(cell));
  const report = consistentReport('2021', pick, { agency, year });
  report.sections = cleanReport('2021').sections;
  report.meta.published = `${year + 1}-01-20`;
  return report;
}

/** Writes the corpus into `dir`: 27 files, 26 contents (one is there twice). */
export function writeCorpus(dir: string): void {
  const put = (name: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  };
  // Real reports as published.
  mkdirSync(join(dir, 'real'), { recursive: true });
  for (const name of readdirSync(join(root, 'tests/corpus'))) {
    if (/\.(txt|html|pdf)$/.test(name)) copyFileSync(join(root, 'tests/corpus', name), join(dir, 'real', name));
  }
  for (const sub of ['partial', 'templates']) {
    mkdirSync(join(dir, 'real', sub), { recursive: true });
    for (const name of readdirSync(join(root, 'tests/corpus', sub)))
      copyFileSync(join(root, 'tests/corpus', sub, name), join(dir, 'real', sub, name));
  }
  // The two years of the examples, under a body of their own: X-STOCK and X-TEXT-REUSE.
  for (const name of ['beiguan-2023.csv', '2024-beiguan-yjglj.csv']) {
    put(
      `examples/${name}`,
      readFileSync(join(root, 'examples', name), 'utf8').replaceAll('北关区应急管理局', '北关区示例局'),
    );
  }
  // A body over three years; 2023 does not carry over what 2022 carried forward (X-CARRYOVER).
  const y2022 = yearly('甲县财政局', 2022, 1);
  const y2023 = withCells(yearly('甲县财政局', 2023, 2), {
    'table3.carriedOver.natural': (y2022.table3.carriedForward.natural as number) + 4,
  });
  put('jiaxian/2022.json', `${JSON.stringify(y2022)}\n`);
  put('jiaxian/2023.csv', writeCsv(y2023));
  put('jiaxian/2024.json', `${JSON.stringify(yearly('甲县财政局', 2024, 3))}\n`);
  // Across the format change: a 2020 report (2019 format) and 2021 (X-JUMP where a figure jumps).
  const y2020 = consistentReport('2019', samplePick, { agency: '乙县司法局', year: 2020 });
  const y2021 = withCells(consistentReport('2021', samplePick, { agency: '乙县司法局', year: 2021 }), {
    'table2.penalty.decisions': 400,
  });
  put('yixian/2020.csv', writeCsv(y2020));
  put('yixian/2021.csv', writeCsv(y2021));
  // A money amount with decimals, and a report whose arithmetic fails.
  put(
    'money.json',
    `${JSON.stringify(withCells(yearly('丙县发改局', 2024, 5), { 'table2.fees.feeAmount': 96171.6 }))}\n`,
  );
  const unbalanced = yearly('丁县教育局', 2024, 4);
  put('unbalanced.csv', writeCsv(withCells(unbalanced, { 'table3.received.natural': 99 })));
  put('copies/unbalanced-again.csv', writeCsv(withCells(unbalanced, { 'table3.received.natural': 99 })));
  // Variants of a real text report: other bodies, one figure changed.
  const text = readFileSync(join(root, 'tests/corpus/2024-beiguan-yjglj.txt'), 'utf8');
  for (let i = 1; i <= 3; i++)
    put(`variants/${i}.txt`, text.replaceAll('北关区应急管理局', `北关区第${i}局`).replace(/\t0\t/, `\t${i}\t`));
  // Files that are not reports.
  put('other/scan.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  put('other/empty.txt', '');
  put('other/notes.txt', '会议纪要\n今天讨论了办公用品采购。\n');
}

/** Creates a fresh folder under `parent`. */
export function folder(parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Writes `bodies` bodies' reports of 2023 and 2024 into `dir` (CSV and JSON, every relation
 * holding, figures varying), and `texts` variants of a real text report: many documents, many
 * pairs across years, quick to read.
 */
export function writeGenerated(dir: string, bodies: number, texts: number): void {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < bodies; i++) {
    const agency = `第${i}县财政局`;
    writeFileSync(join(dir, `${i}-2023.csv`), writeCsv(yearly(agency, 2023, i)));
    writeFileSync(join(dir, `${i}-2024.json`), JSON.stringify(yearly(agency, 2024, i + 1)));
  }
  const text = readFileSync(join(root, 'tests/corpus/2024-beiguan-yjglj.txt'), 'utf8');
  for (let i = 0; i < texts; i++) {
    writeFileSync(
      join(dir, `text-${i}.txt`),
      text.replaceAll('北关区应急管理局', `北关区第${i}局`).replace(/\t0\t/, `\t${i % 7}\t`),
    );
  }
}

/** Columns that differ from run to run: how long reading took. */
const TIMINGS = ['read_ms', 'parse_ms', 'check_ms', 'total_ms'];

/** Runs a query, giving its rows as objects. */
export type Rows = (sql: string) => Promise<Record<string, unknown>[]>;

/**
 * Queries a database file in this process (read-only; no rows at all when there is no file yet),
 * closing it afterwards, so that a scan can open it again.
 */
export async function withDatabase<T>(path: string, use: (rows: Rows) => Promise<T>): Promise<T> {
  if (!existsSync(path)) return use(async () => []);
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    return await use(
      async (sql) => (await connection.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[],
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Queries a database or a Parquet folder through `zfxxgk query`, as a user would. */
export const cliRows =
  (source: string, cwd: string): Rows =>
  async (sql) =>
    query(source, sql, cwd);

/** A row as JSON with its keys in order, whatever order its columns came in. */
const canonical = (row: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.keys(row)
      .sort()
      .map((key) => [key, row[key]]),
  );

/**
 * Everything a corpus holds but the timings (and the partition column `year` of Parquet), by
 * document and by pair: for each document its row and the rows of every table about it (but the
 * cross-year findings), for each pair across years its row and its findings, in a canonical order,
 * as JSON (without `pairs`, no pairs: shards have none). Two corpora with equal contents give equal
 * maps; a database whose documents and pairs are each whole gives a part of the full map.
 */
export async function contents(
  rows: Rows,
  options: { pairs: boolean } = { pairs: true },
): Promise<Map<string, string>> {
  const entries = new Map<string, Record<string, unknown[]>>();
  const add = (key: string, table: string, row: Record<string, unknown>) => {
    const entry = entries.get(key) ?? {};
    (entry[table] ??= []).push(canonical(row));
    entries.set(key, entry);
  };
  const pairKey = (row: Record<string, unknown>) => `pair ${row.document} ${row.previous}`;
  const tables = new Set(
    (await rows('SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views()')).map(
      (r) => r.table_name,
    ),
  );
  if (!tables.has('documents')) return new Map();
  for (const row of await rows(`SELECT * EXCLUDE (${TIMINGS.join(', ')}) FROM documents`))
    add(row.sha256 as string, 'documents', row);
  for (const table of ['cells', 'findings', 'sections']) {
    // Parquet files carry the document's year as their partition; the database's tables do not.
    const columns = tables.has('pairs') ? '*' : '* EXCLUDE (year)';
    for (const row of await rows(`SELECT ${columns} FROM ${table} ORDER BY ALL`)) {
      if (row.stage !== 'cross-year') add(row.document as string, table, row);
      else if (options.pairs) add(pairKey(row), table, row);
    }
  }
  if (options.pairs) for (const row of await rows('SELECT * FROM pairs ORDER BY ALL')) add(pairKey(row), 'pairs', row);
  return new Map([...entries].map(([key, tables]) => [key, JSON.stringify(tables)]));
}
