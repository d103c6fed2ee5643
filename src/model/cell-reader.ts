/**
 * The hot loop of `rollup` and `check`: adding the count cells of one report into flat arrays.
 *
 * Two readers do the same thing. The generic one walks the plan and reads each cell by a key that
 * changes from cell to cell; V8 cannot cache such property loads, so it spends most of its time
 * looking properties up. The compiled one is the same walk written out once per pair of formats
 * as straight-line code, one constant key per property load, which V8 caches like the loads of a
 * hand-written loop (about three times faster on 100,000 reports; see `bench/rollup.bench.ts`).
 * Its source is generated from the format definitions only: keys are emitted as JSON string
 * literals and slots as integers, never from report data. Where code generation is not allowed
 * (a Content-Security-Policy without `unsafe-eval`), the generic reader is used.
 *
 * @module
 */

import type { TableId, ValueKind } from '../format/grid.js';
import { fitsKindSource, valueProblem } from '../format/kinds.js';

/** The tables of a report, as read by key. @internal */
export type Tables = Record<string, Record<string, Record<string, unknown>> | undefined>;

/**
 * One row of a source report to read, and the target slot of each of its columns; with `kinds`,
 * a number that cannot stand in its column (a negative or fractional count, NaN, ±Infinity) is
 * passed to `bad` too, after it is added. @internal
 */
export interface RowRead {
  readonly table: string;
  readonly row: string;
  readonly columns: readonly string[];
  readonly targets: readonly number[];
  readonly kinds?: readonly ValueKind[];
}

/**
 * Called with a cell that is neither a number nor blank, or (where the row has `kinds`) a number
 * its column cannot hold; `column` is `''` for a row that is not an object, whose cells are then
 * skipped. `rollup` throws; `check` notes it and goes on. @internal
 */
export type BadCell = (table: string, row: string, column: string, value: unknown) => void;

/**
 * Adds the cells of one report: a number (any, NaN included: the caller tests the sums) into
 * `sums`, a blank into `blanks`, anything else to `bad`. @internal
 */
export type CountReader = (tables: Tables, sums: Float64Array, blanks: Uint32Array, bad: BadCell) => void;

/**
 * The reader that walks the plan, for any environment.
 * @internal
 */
export function genericReader(rows: readonly RowRead[]): CountReader {
  return (tables, sums, blanks, bad) => {
    for (let r = 0; r < rows.length; r++) {
      const read = rows[r] as RowRead;
      const row = tables[read.table]?.[read.row];
      if (typeof row !== 'object' || row === null) {
        bad(read.table, read.row, '', row);
        continue;
      }
      const { columns, targets, kinds } = read;
      for (let j = 0; j < columns.length; j++) {
        const v = row[columns[j] as string];
        if (typeof v === 'number') {
          sums[targets[j] as number]! += v;
          if (kinds && valueProblem(v, kinds[j] as ValueKind)) bad(read.table, read.row, columns[j] as string, v);
        } else if (v === null) blanks[targets[j] as number]!++;
        else bad(read.table, read.row, columns[j] as string, v);
      }
    }
  };
}

/**
 * The plan written out as straight-line code, or `undefined` where code generation is refused.
 * @internal
 */
export function compiledReader(rows: readonly RowRead[]): CountReader | undefined {
  const q = (s: string) => JSON.stringify(s);
  const lines = ['let row, v;'];
  for (const read of rows) {
    lines.push(
      `row = tables[${q(read.table)}]?.[${q(read.row)}];`,
      `if (typeof row !== 'object' || row === null) bad(${q(read.table)}, ${q(read.row)}, '', row); else {`,
    );
    read.columns.forEach((column, j) => {
      const slot = read.targets[j] as number;
      if (!Number.isSafeInteger(slot)) throw new TypeError(`bad slot ${slot}`);
      const kind = read.kinds?.[j];
      const where = `${q(read.table)}, ${q(read.row)}, ${q(column)}`;
      const misfit = kind ? ` if (!(${fitsKindSource(kind)})) bad(${where}, v);` : '';
      lines.push(
        `v = row[${q(column)}];`,
        `if (typeof v === 'number') { sums[${slot}] += v;${misfit} } else if (v === null) blanks[${slot}]++; else bad(${where}, v);`,
      );
    });
    lines.push('}');
  }
  try {
    return new Function('tables', 'sums', 'blanks', 'bad', lines.join('\n')) as CountReader;
  } catch {
    return undefined;
  }
}

/** A cell of a source report to read into a target slot; with `kind`, its value is tested too. @internal */
export interface CellToRead {
  readonly table: TableId;
  readonly row: string;
  readonly column: string;
  readonly target: number;
  readonly kind?: ValueKind;
}

/**
 * The reader of a list of cells: consecutive cells of one row are grouped so that the row is
 * looked up once; the compiled reader where allowed (and `compile` is not `false`), else the
 * generic one.
 * @internal
 */
export function readerFor(cells: readonly CellToRead[], compile = true): CountReader {
  const rows: { table: string; row: string; columns: string[]; targets: number[]; kinds?: ValueKind[] }[] = [];
  for (const cell of cells) {
    const table = `table${cell.table}`;
    let last = rows.at(-1);
    if (!last || last.table !== table || last.row !== cell.row) {
      last = { table, row: cell.row, columns: [], targets: [], ...(cell.kind && { kinds: [] }) };
      rows.push(last);
    }
    last.columns.push(cell.column);
    last.targets.push(cell.target);
    if (cell.kind) last.kinds?.push(cell.kind);
  }
  return (compile ? compiledReader(rows) : undefined) ?? genericReader(rows);
}
