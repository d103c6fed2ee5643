/**
 * The independent oracle of the reading properties: the test knows what was printed, so for every
 * cell it knows which values a reader may return without a word; any other value, or a blank
 * where a value was printed, must come with a finding naming that cell. Nothing here uses the
 * reader's own helpers: a finding names a cell when its `cells` list it, or when its `path` leads
 * to it (`['table3']`, `['table3', 'granted']`, `['table3', 'granted', 'natural']`).
 */
import { formatCells, type CellRef, type FormatVersion } from '../../src/format/index.js';
import type { Finding } from '../../src/findings/types.js';
import type { Report } from '../../src/model/types.js';

/**
 * The findings that say a cell was not read, or may have lost its value: the only ones that excuse
 * a blank where a value was printed (a label read through a variant does not).
 */
const UNREAD = new Set([
  'PARSE-TABLE-MISSING',
  'PARSE-ROW-MISSING',
  'PARSE-ROW-UNALIGNED',
  'PARSE-DIGITS-AMBIGUOUS',
  'PARSE-ROW-EMPTY',
  'PARSE-VALUE-INVALID',
  'PARSE-CELL-MARKER',
  'PARSE-PDF-PAGE-DAMAGED',
]);

/** Whether a finding names a cell. */
export function namesCell(finding: Finding, ref: CellRef): boolean {
  if (finding.cells?.some((c) => c.table === ref.table && c.row === ref.row && c.column === ref.column)) return true;
  const path = finding.path ?? [];
  if (path[0] !== `table${ref.table}`) return false;
  return (path.length < 2 || path[1] === ref.row) && (path.length < 3 || path[2] === ref.column);
}

/** A cell's key, `3/granted/natural`. */
export const cellKey = (ref: CellRef): string => `${ref.table}/${ref.row}/${ref.column}`;

/** The value a report holds in a cell (`undefined` when the cell is not in it). */
export function cellValue(report: Report, ref: CellRef): number | null | undefined {
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  return tables[`table${ref.table}`]?.[ref.row]?.[ref.column];
}

/**
 * The cells read wrong: a number `accepted` does not allow for the cell (a finding does not excuse
 * a wrong number: a reader unsure of a number leaves the cell blank), or a blank it does not allow
 * without a finding naming the cell as not read. A report not read at all (`null`) claims nothing, so nothing in
 * it is wrong (its findings say why it was not read).
 */
export function silentChanges(
  format: FormatVersion,
  read: { report: Report | null; findings: readonly Finding[] },
  accepted: (ref: CellRef) => readonly (number | null)[],
): string[] {
  if (!read.report) return [];
  const out: string[] = [];
  for (const cell of formatCells(format)) {
    const ref = { table: cell.table, row: cell.row, column: cell.column };
    const value = cellValue(read.report, ref) ?? null;
    if (accepted(ref).includes(value)) continue;
    if (value === null && read.findings.some((f) => UNREAD.has(f.code) && namesCell(f, ref))) continue;
    out.push(`${cellKey(ref)}: read ${value}, printed ${accepted(ref).join(' or ')}`);
  }
  return out;
}
