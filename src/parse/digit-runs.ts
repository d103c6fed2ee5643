/**
 * Rows whose cells a crawler or a copy joined with no separator (`行政规范性文件5845546`,
 * `（一）予以公开220000022`): one run of digits for several columns. A run is split only where the
 * report's own arithmetic says how: the row's relations (table 3's 总计 = the six applicant
 * columns) first, then the table's (the column relations of table 3) across every joined row at
 * once. Exactly one way that fits is read, and said so; several are listed, never guessed.
 *
 * @module
 */
import type { ColumnDef, FormatDef } from '../format/grid.js';
import type { Report } from '../model/types.js';
import { type Cell, cellOf } from './lines.js';
import type { RowRelation } from './row-arithmetic.js';

/** The splits of a run tried at most: longer runs are left as found (a finding, never a guess). */
const MAX_SPLITS = 20_000;
/** Combinations of the joined rows' splits tried against the table's relations at most. */
const MAX_COMBINATIONS = 20_000;
/** Splits quoted in a finding. */
export const MAX_LISTED = 6;

/**
 * The ways to cut a run of digits into `width` numbers as a count is printed (no leading zero but
 * in `0` itself), or `undefined` when there are more than can be tried.
 *
 * @example
 * ```ts
 * digitSplits('1023', 3); // [['1', '0', '23'], ['10', '2', '3']]
 * ```
 */
export function digitSplits(run: string, width: number): string[][] | undefined {
  const out: string[][] = [];
  const parts: string[] = [];
  let tried = 0;
  const cut = (at: number): boolean => {
    if (++tried > MAX_SPLITS) return false;
    const left = width - parts.length;
    if (left === 1) {
      const last = run.slice(at);
      if (last.length > 0 && (last.length === 1 || last[0] !== '0')) out.push([...parts, last]);
      return true;
    }
    // Each part takes one digit at least, and a part starting with 0 is `0` alone.
    const longest = run[at] === '0' ? 1 : run.length - at - (left - 1);
    for (let n = 1; n <= longest; n++) {
      parts.push(run.slice(at, at + n));
      const ok = cut(at + n);
      parts.pop();
      if (!ok) return false;
    }
    return true;
  };
  if (width < 1 || run.length < width) return [];
  return cut(0) ? out : undefined;
}

/**
 * A test of whether the numbers of a split keep a row's relations (each a 总计 and the columns it
 * sums, all in the row).
 *
 * @example
 * ```ts
 * keepsRowRelations(T3_COLUMNS, rowRelations(getFormat('2021')).get('3/granted') ?? [])(['1', '0', '0', '0', '0', '0', '1']); // true
 * ```
 */
export function keepsRowRelations(
  columns: readonly ColumnDef[],
  relations: readonly RowRelation[],
): (split: readonly string[]) => boolean {
  const index = (key: string): number => columns.findIndex((c) => c.key === key);
  const sums = relations.map((r) => ({ total: index(r.total), parts: r.parts.map(index) }));
  return (split) =>
    sums.every(({ total, parts }) => parts.reduce((sum, p) => sum + Number(split[p]), 0) === Number(split[total]));
}

/** A row of tables 2–3 printed as one run of digits, with the splits its own relations leave. */
export interface JoinedRow {
  readonly table: '2' | '3';
  readonly rowKey: string;
  readonly rowLabel: string;
  readonly columns: readonly ColumnDef[];
  readonly run: Cell;
  /** The splits that keep the row's relations, or `undefined` when too many to try. */
  readonly splits: readonly (readonly string[])[] | undefined;
}

/** How the joined rows of a table were decided: a split for each, or the splits left open. */
export type JoinedDecision =
  | { readonly row: JoinedRow; readonly split: readonly string[] }
  | { readonly row: JoinedRow; readonly open: readonly (readonly string[])[] | undefined };

/** A term of a relation as the search sees it: a joined row's column, or a value read elsewhere. */
type Term = { readonly row: number; readonly column: number; readonly sign: number } | { readonly fixed: number };

/** A relation over the joined rows: its terms, and the last joined row it needs (when it can be checked). */
interface Check {
  readonly terms: readonly Term[];
  readonly ready: number;
}

/**
 * Chooses a split for each joined row: the splits of every combination that keeps each relation
 * of the format whose cells are all known (read, or in a joined row) are gathered, and a row on
 * which they all agree is decided. The rest are left open, with the splits that fit. A search
 * that runs past its budget decides only rows whose own relations leave one split.
 */
export function decideJoined(rows: readonly JoinedRow[], report: Report, format: FormatDef): JoinedDecision[] {
  if (rows.some((r) => r.splits === undefined || r.splits.length === 0))
    return rows.map((row) => alone(row, rows, report, format));
  const candidates = rows.map((r) => (r.splits as (readonly string[])[]).map((s) => s.map(Number)));
  const checks = checksOf(rows, report, format);
  const byReady = rows.map((_, r) => checks.filter((c) => c.ready === r));
  const picked = rows.map(() => new Set<number>());
  const choice = new Array<number>(rows.length).fill(0);
  const termValue = (t: Term): number =>
    'fixed' in t
      ? t.fixed
      : t.sign * (((candidates[t.row] as number[][])[choice[t.row] as number] as number[])[t.column] as number);
  let steps = 0;
  let undecided = 0;
  let complete = true;
  const walk = (r: number): void => {
    if (!complete || undecided === rows.length) return;
    if (r === rows.length) {
      choice.forEach((k, n) => {
        const set = picked[n] as Set<number>;
        if (!set.has(k) && set.add(k).size === 2) undecided++;
      });
      return;
    }
    const options = candidates[r] as number[][];
    for (let k = 0; k < options.length; k++) {
      if (++steps > MAX_COMBINATIONS) {
        complete = false;
        return;
      }
      choice[r] = k;
      if ((byReady[r] as Check[]).every((c) => Math.abs(c.terms.reduce((sum, t) => sum + termValue(t), 0)) < 1e-9))
        walk(r + 1);
    }
  };
  walk(0);
  if (!complete) return rows.map((row) => alone(row, rows, report, format));
  const fits = picked.some((p) => p.size > 0);
  return rows.map((row, r) => {
    const picks = [...(picked[r] as Set<number>)];
    const splits = row.splits as (readonly string[])[];
    if (picks.length === 1) return { row, split: splits[picks[0] as number] as readonly string[] };
    // No combination fits the table: the row's own splits are listed (the report or a split is wrong).
    return { row, open: fits ? picks.map((k) => splits[k] as readonly string[]) : splits };
  });
}

/** A row decided alone: when its own relations leave one split and the table's do not contradict it. */
function alone(row: JoinedRow, rows: readonly JoinedRow[], report: Report, format: FormatDef): JoinedDecision {
  if (row.splits?.length !== 1) return { row, open: row.splits };
  const split = (row.splits[0] as readonly string[]).map(Number);
  const mine = rows.indexOf(row);
  // Relations through other joined rows say nothing here: only those over this row and read cells.
  const contradicted = checksOf(rows, report, format).some(
    (c) =>
      c.terms.every((t) => 'fixed' in t || t.row === mine) &&
      c.terms.some((t) => !('fixed' in t)) &&
      Math.abs(c.terms.reduce((sum, t) => sum + ('fixed' in t ? t.fixed : t.sign * (split[t.column] as number)), 0)) >
        1e-9,
  );
  return contradicted ? { row, open: row.splits } : { row, split: row.splits[0] as readonly string[] };
}

/**
 * The relations of the report (not across years) with a cell in a joined row, as checks; a
 * relation through a cell that is blank or not read says nothing and is left out.
 */
function checksOf(rows: readonly JoinedRow[], report: Report, format: FormatDef): Check[] {
  const at = new Map<string, { row: number; column: number }>();
  rows.forEach((row, r) => {
    for (const [column, c] of row.columns.entries()) at.set(`${row.table}/${row.rowKey}/${c.key}`, { row: r, column });
  });
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  const checks: Check[] = [];
  for (const relation of format.relations) {
    for (const instance of relation.instances) {
      const terms: Term[] = [];
      let known = true;
      let joined = false;
      for (const [side, sign] of [
        [instance.left, 1],
        [instance.right, -1],
      ] as const) {
        for (const term of side) {
          const s = term.negate ? -sign : sign;
          const place = at.get(`${term.table}/${term.row}/${term.column}`);
          if (place) {
            terms.push({ ...place, sign: s });
            joined = true;
            continue;
          }
          const v = tables[`table${term.table}`]?.[term.row]?.[term.column] ?? null;
          if (v === null) known = false;
          else terms.push({ fixed: s * v });
        }
      }
      if (known && joined) checks.push({ terms, ready: Math.max(...terms.map((t) => ('fixed' in t ? -1 : t.row))) });
    }
  }
  return checks;
}

/** The cells of a decided split, each located at the run (its column offset when known). */
export function splitCells(run: Cell, split: readonly string[]): Cell[] {
  let offset = 0;
  return split.map((part) => {
    const column = run.loc.column;
    const cell = cellOf(part, column === undefined ? run.loc : { ...run.loc, column: column + offset });
    offset += part.length;
    return cell;
  });
}

/** Whether a cell is one run of ASCII digits, with no separator, sign or unit (however long). */
export function isDigitRun(cell: Cell): boolean {
  const text = cell.text.trim();
  if (text.length < 2) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
