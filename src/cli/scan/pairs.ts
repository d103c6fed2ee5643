/**
 * The cross-year step of a corpus database: each body's reports of consecutive years are paired
 * (as `check --cross-year` pairs them: by the body's name and the year, a body and year read twice
 * taking no part), and the later one is checked against the earlier with the library's cross-year
 * rules. The reports are rebuilt from the database, so a pair is checked whichever runs brought its
 * two documents in. Pairs are derived data: those no longer wanted are removed, the new ones added,
 * a batch per transaction.
 *
 * @module
 */
import { CROSS_YEAR } from '../../findings/cross-year.js';
import type { FormatVersion } from '../../format/grid.js';
import { emptyReport } from '../../model/empty.js';
import type { BodyLevel, Report, ReportScope, SectionKey } from '../../model/types.js';
import type { SourceLoc } from '../../parse/layout.js';
import type { SourceMap } from '../../parse/read-layout.js';
import { checkReport } from '../batch/process.js';
import { appendTable, type Database } from './duck.js';
import { findingRows, type RowSettings } from './rows.js';
import type { RowOf } from './schema.js';
import { column, inTransaction, sqlList } from './store.js';

/**
 * The pairs the documents call for: reports read (`checked`) with a body and a year, a body and year
 * held once, and the same body's year before held once.
 */
const WANTED = `
  WITH single AS (
    SELECT body, year, min(sha256) AS sha256 FROM documents
    WHERE status = 'checked' AND body IS NOT NULL AND year IS NOT NULL
    GROUP BY body, year HAVING count(*) = 1
  )
  SELECT later.sha256 AS document, earlier.sha256 AS previous, later.body, later.year
  FROM single later JOIN single earlier ON earlier.body = later.body AND earlier.year = later.year - 1`;

/** Pairs checked per transaction. */
const PAIRS_PER_BATCH = 64;

const CROSS_YEAR_CODES: ReadonlySet<string> = new Set(CROSS_YEAR.map((r) => r.code));

type Json = Record<string, string | number | null>;

async function objects(db: Database, sql: string): Promise<Json[]> {
  return (await db.connection.runAndReadAll(sql)).getRowObjectsJson() as Json[];
}

/** A location from the source columns of a row, with only the fields it has. */
function sourceOf(row: Json): SourceLoc | undefined {
  const loc: Record<string, number> = {};
  for (const field of ['line', 'column', 'page', 'table', 'row', 'cell', 'x', 'y'] as const) {
    const value = row[`source_${field}`];
    if (typeof value === 'number') loc[field] = value;
  }
  return Object.keys(loc).length ? (loc as SourceLoc) : undefined;
}

/**
 * The reports of documents, rebuilt from their rows (what `export` writes: meta, cells, units,
 * sections and sub-topics), with where each cell and heading was read.
 *
 * @example
 * ```ts
 * const reports = await rebuildReports(db, ['ab…']);
 * reports.get('ab…')?.report.table3.received.total;
 * ```
 */
export async function rebuildReports(
  db: Database,
  hashes: readonly string[],
): Promise<Map<string, { report: Report; sourceMap: SourceMap }>> {
  const out = new Map<string, { report: Report; sourceMap: SourceMap }>();
  if (hashes.length === 0) return out;
  const list = sqlList(hashes);
  for (const doc of await objects(
    db,
    `SELECT sha256, format, agency, year, level, scope, strftime(published, '%Y-%m-%d') AS published
     FROM documents WHERE sha256 IN (${list}) AND format IS NOT NULL`,
  )) {
    const report: Report = emptyReport({
      format: doc.format as FormatVersion,
      agency: (doc.agency as string | null) ?? '',
      year: (doc.year as number | null) ?? 0,
      level: doc.level as BodyLevel,
      scope: doc.scope as ReportScope,
      published: doc.published as string | null,
    }) as Report;
    out.set(doc.sha256 as string, { report, sourceMap: { cells: {}, sections: {}, meta: {} } });
  }
  for (const cell of await objects(
    db,
    `SELECT * EXCLUDE (value), value::VARCHAR AS value FROM cells WHERE document IN (${list})`,
  )) {
    const entry = out.get(cell.document as string);
    if (!entry) continue;
    const { report, sourceMap } = entry;
    const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
    const row = tables[`table${cell.table_id}`]?.[cell.row_key as string];
    if (row) row[cell.column_key as string] = cell.value === null ? null : Number(cell.value);
    if (cell.unit !== null) report.units[`${cell.row_key}/${cell.column_key}`] = cell.unit as string;
    const loc = sourceOf(cell);
    if (loc) sourceMap.cells[`${cell.table_id}/${cell.row_key}/${cell.column_key}`] = loc;
  }
  for (const section of await objects(db, `SELECT * FROM sections WHERE document IN (${list}) ORDER BY position`)) {
    const entry = out.get(section.document as string);
    if (!entry) continue;
    const { report, sourceMap } = entry;
    const key = section.section as SectionKey;
    if (section.topic !== null) {
      (report.topics as Record<string, string>)[section.topic as string] = section.text as string;
      continue;
    }
    report.sections[key] = { heading: section.printed_heading as string, text: section.text as string };
    const loc = sourceOf(section);
    if (loc) sourceMap.sections[key] = loc;
  }
  return out;
}

/**
 * The cross-year findings of pairs, as rows: each later report checked against its earlier one.
 *
 * @example
 * ```ts
 * const rows = await crossYearRows(db, [{ document: 'ab…', previous: 'cd…', body, year }], settings);
 * ```
 */
export async function crossYearRows(
  db: Database,
  pairs: readonly RowOf<'pairs'>[],
  settings: RowSettings,
): Promise<RowOf<'findings'>[]> {
  const reports = await rebuildReports(db, [...new Set(pairs.flatMap((p) => [p.document, p.previous] as string[]))]);
  const rows: RowOf<'findings'>[] = [];
  for (const pair of pairs) {
    const later = reports.get(pair.document as string);
    const earlier = reports.get(pair.previous as string);
    if (!later || !earlier) continue;
    const findings = checkReport(
      later.report,
      later.sourceMap,
      { lang: settings.lang, bilingual: true },
      earlier.report,
    );
    const crossYear = findings.filter((f) => CROSS_YEAR_CODES.has(f.code));
    rows.push(...findingRows(pair.document as string, 'cross-year', crossYear, settings, pair.previous));
  }
  return rows;
}

/**
 * What the cross-year step changed.
 *
 * @example
 * ```ts
 * const { pairs, added, removed } = await updatePairs(db, settings);
 * ```
 */
export interface PairsUpdate {
  /** Pairs in the database now. */
  pairs: number;
  added: number;
  removed: number;
}

/**
 * Brings the pairs and their cross-year findings up to date with the documents.
 *
 * @example
 * ```ts
 * await updatePairs(db, { lang: 'zh' });
 * ```
 */
export async function updatePairs(db: Database, settings: RowSettings): Promise<PairsUpdate> {
  const stale = await column<string>(
    db,
    `SELECT p.document || '/' || p.previous FROM pairs p ANTI JOIN (${WANTED}) w USING (document, previous)`,
  );
  if (stale.length) {
    await inTransaction(db, async () => {
      const list = sqlList(stale);
      await db.connection.run(
        `DELETE FROM findings WHERE stage = 'cross-year' AND document || '/' || previous IN (${list})`,
      );
      await db.connection.run(`DELETE FROM pairs WHERE document || '/' || previous IN (${list})`);
    });
  }
  const missing = (await objects(
    db,
    `SELECT w.* FROM (${WANTED}) w ANTI JOIN pairs p USING (document, previous) ORDER BY w.document`,
  )) as unknown as RowOf<'pairs'>[];
  for (let start = 0; start < missing.length; start += PAIRS_PER_BATCH) {
    const batch = missing.slice(start, start + PAIRS_PER_BATCH);
    const findings = await crossYearRows(db, batch, settings);
    await inTransaction(db, async () => {
      await appendTable(db, 'pairs', batch);
      await appendTable(db, 'findings', findings);
    });
  }
  const [total] = await column<bigint>(db, 'SELECT count(*) FROM pairs');
  return { pairs: Number(total ?? 0), added: missing.length, removed: stale.length };
}
