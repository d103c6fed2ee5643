/**
 * Table 4's values printed out of its columns' order. A converter that writes one cell a line
 * (`pdftotext` without options) follows its own reading order through the table: a group's four
 * outcomes, then another group's, then the first group's 总计… The runs of values between header
 * words are then pieces of the fifteen columns whose place is not printed. They are put back only
 * when exactly one way fits what the table itself says:
 *
 * - a run is a piece of consecutive columns, and within a group the pieces come in column order
 *   (values are read left to right);
 * - a run printed after a header that names groups starts in the first group it names (a header
 *   names its groups left to right, and the values under it start with the leftmost);
 * - each group's 总计 is the sum of its four outcomes.
 *
 * @module
 */
import type { ColumnDef } from '../format/grid.js';
import { readCell } from './cell-value.js';
import type { Cell } from './lines.js';
import type { RowRelation } from './row-arithmetic.js';

/** A run of values, and the groups named before it (by index, in the table's order). */
export interface OrderRun {
  readonly fields: readonly Cell[];
  readonly groups: ReadonlySet<number>;
}

/** The outcome: the cells of the fifteen columns when exactly one way fits, else how many fit (0 or 2). */
export type Reordered = { readonly ways: 1; readonly cells: readonly Cell[] } | { readonly ways: 0 | 2 };

/** More runs than this are not searched (a run of one value each at most is fifteen). */
const MAX_RUNS = 16;
/**
 * Placements tried at most. Runs of one value each whose sums all hold (zeros, say) fit many ways
 * that give the same cells; past this many the question is left open (no answer, never a guess).
 */
const MAX_STEPS = 20_000;

/**
 * Puts runs of table 4's values back into its `groups × columns.length` columns, when exactly one
 * way fits (see the module's rules). `relations[g]` are group g's (its 总计 and the columns it sums).
 *
 * @example
 * ```ts
 * // 72 64 178 37 | 12 1 1 6 | 351 | 13 4 8 1 26 | 20, the first run after a header naming 行政复议:
 * reorderTable4(runs, 3, T4_COLUMNS, relations); // { ways: 1, cells: [72, 64, 178, 37, 351, 13, …, 20] }
 * ```
 */
export function reorderTable4(
  runs: readonly OrderRun[],
  groups: number,
  columns: readonly ColumnDef[],
  relations: readonly (readonly RowRelation[])[],
): Reordered {
  const width = columns.length;
  const total = groups * width;
  const count = runs.reduce((n, r) => n + r.fields.length, 0);
  if (count !== total || runs.length > MAX_RUNS || runs.some((r) => r.fields.length === 0)) return { ways: 0 };
  const sumChecks = relations.map((list) =>
    list.map((r) => ({
      total: columns.findIndex((c) => c.key === r.total),
      parts: r.parts.map((p) => columns.findIndex((c) => c.key === p)),
    })),
  );
  const placed: (Cell | undefined)[] = new Array(total);
  const values: (number | null | undefined)[] = new Array(total);
  const full = (1 << total) - 1;
  let found: Cell[] | undefined;
  let ways = 0;
  let steps = 0;

  /** Whether a group whose columns are all placed keeps its sums (a blank or unreadable cell proves nothing). */
  const groupHolds = (g: number): boolean =>
    (sumChecks[g] ?? []).every(({ total: t, parts }) => {
      const at = (k: number) => values[g * width + k];
      const sum = at(t);
      if (typeof sum !== 'number') return true;
      let s = 0;
      for (const p of parts) {
        const v = at(p);
        if (typeof v !== 'number') return true;
        s += v;
      }
      return s === sum;
    });

  const search = (r: number, covered: number): void => {
    if (ways > 1) return;
    if (r === runs.length) {
      if (covered !== full) return;
      const cells = placed as Cell[];
      if (!found) {
        found = [...cells];
        ways = 1;
      } else if (cells.some((c, k) => c.norm !== (found as Cell[])[k]?.norm)) {
        ways = 2;
      }
      return;
    }
    const run = runs[r] as OrderRun;
    const length = run.fields.length;
    const firstGroup = run.groups.size ? Math.min(...run.groups) : -1;
    // Within a group the pieces come in column order: a run starts where its group's placed columns end.
    for (let g = 0; g < groups; g++) {
      if (firstGroup >= 0 && g !== firstGroup) continue;
      const start = nextColumn(covered, g, width);
      const mask = ((1 << length) - 1) << start;
      if (
        start >= (g + 1) * width ||
        start + length > total ||
        covered & mask ||
        !inColumnOrder(covered, start, length, width)
      )
        continue;
      if (++steps > MAX_STEPS) {
        ways = 2;
        return;
      }
      for (let k = 0; k < length; k++) {
        placed[start + k] = run.fields[k];
        values[start + k] = numberOf(run.fields[k] as Cell, columns[(start + k) % width] as ColumnDef);
      }
      const now = covered | mask;
      let holds = true;
      for (let g = Math.floor(start / width); g <= Math.floor((start + length - 1) / width); g++) {
        const groupMask = ((1 << width) - 1) << (g * width);
        if ((now & groupMask) === groupMask && !groupHolds(g)) holds = false;
      }
      if (holds) search(r + 1, now);
      for (let k = 0; k < length; k++) placed[start + k] = undefined;
    }
  };
  search(0, 0);
  return ways === 1 && found ? { ways: 1, cells: found } : { ways: ways === 0 ? 0 : 2 };
}

/** The first column of group `g` not yet placed (the first of the next group when all are). */
function nextColumn(covered: number, g: number, width: number): number {
  let c = g * width;
  while (c < (g + 1) * width && covered & (1 << c)) c++;
  return c;
}

/** Whether columns `start…start+length-1` all come after every column of their group already placed. */
function inColumnOrder(covered: number, start: number, length: number, width: number): boolean {
  for (let c = start; c < start + length; c++) {
    const group = Math.floor(c / width);
    const later = ((1 << ((group + 1) * width)) - 1) & ~((1 << (c + 1)) - 1);
    if (covered & later) return false;
  }
  return true;
}

/** A cell's number, `null` for blank, `undefined` for text that is no number of its column. */
function numberOf(cell: Cell, column: ColumnDef): number | null | undefined {
  if (cell.empty) return null;
  const r = readCell(cell.text, column.kind);
  return r.kind === 'number' ? r.value : r.kind === 'marker' ? null : undefined;
}
