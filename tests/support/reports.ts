/**
 * Reports consistent by construction, for tests and benchmarks: free cells are chosen by a
 * function, every derived cell (the 总计 column, (七)总计, 一、本年新收, table 4 总计) is computed
 * from them through the same grid the format definitions declare, so every relation holds.
 */
import { formatCells, getTable, SECTIONS, type CellDef, type FormatVersion } from '../../src/format/index.js';
import { emptyReport } from '../../src/model/empty.js';
import type { BodyLevel, Report, ReportOf } from '../../src/model/types.js';

type Grid = Record<string, Record<string, number | null>>;

/** The report type of a format, distributed over a union (`'2019' | '2021'` gives `Report`). */
export type ReportFor<F extends FormatVersion> = F extends FormatVersion ? ReportOf<F> : never;

/** The keys of table 3 rows by role, derived from the definition as the relations are. */
export function table3Rows(format: FormatVersion) {
  const rows = (getTable(format, '3').blocks[0]?.rows ?? []).map((r) => r.key);
  return {
    all: rows,
    outcomes: rows.slice(rows.indexOf('carriedOver') + 1, rows.indexOf('outcomeTotal')),
  };
}

/** Whether a cell is one the builder chooses (the others are derived from it). */
export function isFreeCell(cell: CellDef): boolean {
  if (cell.table === '2') return true;
  if (cell.column === 'total') return false;
  return cell.table === '4' || (cell.row !== 'received' && cell.row !== 'outcomeTotal');
}

/**
 * A report whose tables satisfy every relation. `pick` gives each free cell's value (table 2
 * values must suit the column's kind); `上年结转` is capped so that 一、本年新收 stays ≥ 0.
 */
export function consistentReport<F extends FormatVersion>(
  format: F,
  pick: (cell: CellDef) => number,
  meta: { agency?: string; year?: number; level?: BodyLevel } = {},
): ReportFor<F> {
  const report = emptyReport({
    format,
    agency: meta.agency ?? '某县财政局',
    year: meta.year ?? (format === '2021' ? 2024 : 2020),
    level: meta.level ?? 'department',
    scope: 'agency',
  });
  const tables = report as unknown as Record<'table2' | 'table3' | 'table4', Grid>;
  for (const cell of formatCells(format)) {
    if (isFreeCell(cell) && !(cell.table === '3' && cell.row === 'carriedOver')) {
      tables[`table${cell.table}`][cell.row]![cell.column] = pick(cell);
    }
  }
  const t3 = tables.table3;
  const { all, outcomes } = table3Rows(format);
  for (const cell of formatCells(format)) {
    if (cell.table !== '3' || cell.column === 'total' || cell.row !== 'carriedOver') continue;
    const c = cell.column;
    const outcomeTotal = outcomes.reduce((sum, row) => sum + (t3[row]![c] as number), 0);
    const carriedForward = t3.carriedForward![c] as number;
    const carriedOver = Math.min(pick(cell), outcomeTotal + carriedForward);
    t3.outcomeTotal![c] = outcomeTotal;
    t3.carriedOver![c] = carriedOver;
    t3.received![c] = outcomeTotal + carriedForward - carriedOver;
  }
  for (const row of all) {
    const cells = t3[row]!;
    cells.total = Object.entries(cells).reduce(
      (sum, [column, v]) => (column === 'total' ? sum : sum + (v as number)),
      0,
    );
  }
  for (const group of Object.values(tables.table4)) {
    group.total = Object.entries(group).reduce(
      (sum, [column, v]) => (column === 'total' ? sum : sum + (v as number)),
      0,
    );
  }
  return report as ReportFor<F>;
}

/** A small deterministic choice of free cells: varied, non-negative, integer except money. */
export function samplePick(cell: CellDef): number {
  const seed = [...`${cell.table}${cell.row}${cell.column}`].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) % 9973, 7);
  if (cell.columnDef.kind === 'money' || cell.columnDef.kind === 'amount') return (seed % 1000) / 10;
  if (cell.columnDef.kind === 'signed') return (seed % 7) - 3;
  return seed % 6;
}

/** Section texts that satisfy every narrative rule and state no figure. */
export function plainSections(): ReportOf<FormatVersion>['sections'] {
  const text: Record<string, string> = {
    overview: '本机关认真贯彻落实《条例》，将政务公开纳入年度考核。',
    proactive: '',
    requests: '',
    appeals: '',
    problems: '公开内容的深度和广度仍需提升，下一步将加强培训。',
    other: '本年度未收取信息处理费。',
  };
  return Object.fromEntries(SECTIONS.map((s) => [s.key, { heading: s.heading, text: text[s.key] ?? '' }]));
}

/** A consistent report with sections: no finding at all. */
export function cleanReport<F extends FormatVersion>(format: F, meta: { level?: BodyLevel } = {}): ReportFor<F> {
  const report = consistentReport(format, samplePick, meta);
  report.sections = plainSections();
  return report;
}

/** A clean report whose every cell is 0: the canvas for hand-written rule cases. */
export function zeroReport<F extends FormatVersion>(
  format: F,
  meta: { level?: BodyLevel; year?: number } = {},
): ReportFor<F> {
  const report = consistentReport(format, () => 0, meta);
  report.sections = plainSections();
  return report;
}

/**
 * A copy of a report with some cells set, addressed as `table3.received.natural`.
 */
export function withCells<R>(report: R, cells: Record<string, unknown>): R {
  const copy = structuredClone(report) as Record<string, Record<string, Record<string, unknown>>>;
  for (const [path, value] of Object.entries(cells)) {
    const [table, row, column] = path.split('.') as [string, string, string];
    const target = copy[table]?.[row];
    if (!target || !(column in target)) throw new Error(`no cell ${path}`);
    target[column] = value;
  }
  return copy as R;
}

/** The three tables of a report (or `null`), for comparing what a reader read with what was written. */
export const tablesOf = (r: Pick<Report, 'table2' | 'table3' | 'table4'> | null) =>
  r ? { table2: r.table2, table3: r.table3, table4: r.table4 } : null;

/** A copy of the report with every cell of the given tables blank, as a CSV without their rows reads. */
export function blankTables<R extends Report>(report: R, ...tables: ('2' | '3' | '4')[]): R {
  const copy = structuredClone(report);
  for (const table of tables) {
    const rows = copy[`table${table}`] as unknown as Record<string, Record<string, unknown>>;
    for (const row of Object.values(rows)) for (const column of Object.keys(row)) row[column] = null;
  }
  return copy;
}
