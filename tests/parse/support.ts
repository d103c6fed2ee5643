/** Helpers of the reader tests: the cells of a report by key, and what findings say about a row. */
import { formatCells, type FormatVersion } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import type { ParseFinding } from '../../src/parse/index.js';

/** Every cell of tables 2–4, keyed `table/row/column`, blanks included. */
export function cellsOf(report: Report): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  for (const c of formatCells(report.format))
    out[`${c.table}/${c.row}/${c.column}`] = tables[`table${c.table}`]?.[c.row]?.[c.column] ?? null;
  return out;
}

/** The keys of a row's cells. */
export function rowCellKeys(format: FormatVersion, table: string, row: string): string[] {
  return formatCells(format)
    .filter((c) => c.table === table && c.row === row)
    .map((c) => `${c.table}/${c.row}/${c.column}`);
}

/** Whether some finding is about a row (its official label, or table 4 as a whole). */
export function rowHasFinding(findings: readonly ParseFinding[], table: string, rowLabel: string): boolean {
  return findings.some(
    (f) =>
      (f.table === table && (f.row === rowLabel || (table === '4' && f.row !== undefined))) ||
      (f.code === 'PARSE-TABLE-MISSING' && f.table === table),
  );
}
