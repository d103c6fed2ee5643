/**
 * The relations of a report: every sum relation of its format, evaluated by the relation engine,
 * with the invalid and blank cells found while reading the same cells.
 *
 * Blank cells count as 0. A blank total whose parts are not all zero is not an arithmetic error:
 * it is reported (CELL-BLANK, warning) with the value it should have, and that value stands in for
 * it in the relations it is a part of (the Shanghai 2019 report leaves the 总计 column blank for
 * every outcome row; its (七)总计 is then the sum of the values those blanks stand for).
 *
 * @module
 */
import { cellLabels, formatCells, getFormat, valueProblem, type CellDef } from '../format/index.js';
import type { CellRef, FormatDef, FormatVersion, TableId } from '../format/grid.js';
import type { RuleCode } from '../findings/catalog.js';
import { cellPlace, placeParams } from '../findings/place.js';
import type { RawFinding } from '../findings/types.js';
import { readerFor, type CountReader, type Tables } from '../model/cell-reader.js';
import { cellValue } from '../model/cells.js';
import type { ReadonlyReport } from '../model/types.js';
import { allHold, compileRelations, sides, type CompiledRelations } from './engine.js';

interface Compiled {
  readonly cells: readonly CellDef[];
  /**
   * Each cell's address, frozen: findings that name many cells (every blank cell of a partial
   * report) share these instead of making one object per cell on every check.
   */
  readonly refs: readonly CellRef[];
  readonly relations: CompiledRelations;
  /** Per instance: the label of the column, row or group it runs along. */
  readonly alongLabels: readonly string[];
  /**
   * Reads every cell of tables 2–4 into `values` (blank and non-numbers left 0), in format order,
   * and reports a cell that is not a valid value of its column.
   */
  readonly readCells: CountReader;
  /** Scratch space for the cell values of one report (checks run synchronously, one at a time). */
  readonly values: Float64Array;
  /** Scratch space: 1 where the cell is blank. */
  readonly blanks: Uint32Array;
}

const cellId = (c: CellRef): string => `${c.table}/${c.row}/${c.column}`;
const compiledCache = new Map<FormatDef, Compiled>();

function compile(format: FormatDef): Compiled {
  let compiled = compiledCache.get(format);
  if (compiled) return compiled;
  const cells = formatCells(format);
  const indexOf = new Map<string, number>(cells.map((cell, i) => [cellId(cell), i]));
  const relations = compileRelations(format.relations, (term) => {
    const slot = indexOf.get(cellId(term));
    return slot === undefined ? undefined : { cell: cells[slot] as CellDef, slot };
  });
  compiled = {
    cells,
    refs: cells.map(({ table, row, column }) => Object.freeze({ table, row, column })),
    relations,
    alongLabels: relations.instances.map(({ instance }) => {
      const labels = cellLabels(format, instance.left[0] as CellRef);
      return instance.axis === 'column' ? labels.column : labels.row;
    }),
    // Straight-line code where allowed: `check` reads 200 cells per report, and constant keys
    // make those reads as cheap as a hand-written function's (see `bench/check.bench.ts`).
    readCells: readerFor(
      cells.map((c, i) => ({ table: c.table, row: c.row, column: c.column, target: i, kind: c.columnDef.kind })),
    ),
    values: new Float64Array(cells.length),
    blanks: new Uint32Array(cells.length),
  };
  compiledCache.set(format, compiled);
  return compiled;
}

/** Set by the cell reader when a cell is not a valid value of its column (reported later, in full). */
let sawBadCell = false;
const noteBadCell = (): void => {
  sawBadCell = true;
};

/**
 * Evaluates every relation of the report's format, with invalid and blank cells.
 * @internal
 */
export function checkRelations(report: ReadonlyReport): RawFinding[] {
  const format = getFormat(report.format as FormatVersion);
  const compiled = compile(format);
  const { readCells, values, blanks, relations, cells } = compiled;

  // Fast path: read every cell once into the scratch array (blank and invalid as 0), then sum
  // every instance over it. A report that passes allocates nothing more than its result.
  values.fill(0);
  blanks.fill(0);
  sawBadCell = false;
  readCells(report as unknown as Tables, values, blanks, noteBadCell);
  const sawInvalid = sawBadCell;
  // NaN and ±Infinity were added like any number; in the sums they count as 0.
  if (sawInvalid) for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) values[i] = 0;
  let sawBlank = false;
  for (let i = 0; i < blanks.length && !sawBlank; i++) sawBlank = blanks[i] !== 0;
  const hold = allHold(relations, values);
  const findings: RawFinding[] = [];
  if (!sawInvalid && hold && !sawBlank) return findings;

  if (sawInvalid) findings.push(...invalidCells(format, report, cells));
  if (!hold) findings.push(...failures(format, report, compiled));
  if (sawBlank) findings.push(...blankSummary(compiled.refs, blanks));
  return findings;
}

/** CELL-INVALID: each cell that is not a valid value of its kind, tables 3 and 4 before table 2. */
function invalidCells(format: FormatDef, report: ReadonlyReport, cells: readonly CellDef[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const cell of [...cells.filter((c) => c.table !== '2'), ...cells.filter((c) => c.table === '2')]) {
    const v = cellValue(report, cell);
    const reason = valueProblem(v, cell.columnDef.kind);
    if (!reason) continue;
    const place = cellPlace(format, cell);
    out.push({
      code: 'CELL-INVALID',
      ...place,
      actual: reason === 'type' ? null : (v as number),
      params: { ...placeParams(place), actual: String(v), reason },
    });
  }
  return out;
}

/** Slow path: infer the values blank totals stand for, then report what still fails. */
function failures(format: FormatDef, report: ReadonlyReport, compiled: Compiled): RawFinding[] {
  const { relations, values, blanks, alongLabels } = compiled;
  const { instances } = relations;
  // A fixed point: a blank total inferred from its row can be a part of a column total.
  const inferred = new Map<number, number>();
  for (let changed = true; changed; ) {
    changed = false;
    instances.forEach(({ subject }, i) => {
      if (subject === undefined || blanks[subject] === 0 || inferred.has(subject)) return;
      const parts = sides(relations, i, values)[1];
      if (parts === 0) return;
      values[subject] = parts;
      inferred.set(subject, parts);
      changed = true;
    });
  }

  const out: RawFinding[] = [];
  const reportedBlank = new Set<number>();
  instances.forEach(({ relation, instance, subject, cells }, i) => {
    const [left, right] = sides(relations, i, values);
    const alongLabel = alongLabels[i] as string;
    if (subject !== undefined && blanks[subject] === 1 && inferred.get(subject) === right) {
      // The blank total stands for the sum of its parts: say so once, not as an arithmetic error.
      if (!reportedBlank.has(subject)) {
        reportedBlank.add(subject);
        const place = cellPlace(format, cells[0] as CellRef);
        out.push({
          code: 'CELL-BLANK',
          ...place,
          cells: [...cells],
          expected: right,
          actual: null,
          params: { ...placeParams(place), expected: right },
        });
      }
      return;
    }
    if (left === right) return;
    const along =
      instance.axis === 'column'
        ? { column: alongLabel }
        : instance.axis === 'row'
          ? { row: alongLabel }
          : { group: alongLabel };
    // The format's relation codes are rules of the findings (a test keeps them in step).
    const base = { code: relation.code as RuleCode, cells: [...cells], table: (cells[0] as CellRef).table as TableId };
    if (subject !== undefined) {
      const printed = cellValue(report, cells[0] as CellRef);
      const actual = typeof printed === 'number' && Number.isFinite(printed) ? printed : null;
      out.push({ ...base, ...along, expected: right, actual, params: { along: alongLabel, expected: right, actual } });
    } else {
      out.push({ ...base, ...along, expected: left, actual: right, params: { along: alongLabel, left, right } });
    }
  });
  return out;
}

/**
 * CELL-BLANK (info): how many cells of each table are blank, counted as 0. The cells are in the
 * format's order, so each table's cells come together, tables in order.
 */
function blankSummary(refs: readonly CellRef[], blanks: Uint32Array): RawFinding[] {
  const byTable: CellRef[][] = [];
  for (let i = 0; i < refs.length; i++) {
    if (blanks[i] === 0) continue;
    const ref = refs[i] as CellRef;
    const last = byTable.at(-1);
    if (last?.[0]?.table === ref.table) last.push(ref);
    else byTable.push([ref]);
  }
  return byTable.map((cells) => {
    const { table } = cells[0] as CellRef;
    return {
      code: 'CELL-BLANK',
      severity: 'info',
      table,
      cells,
      path: [`table${table}`],
      messageKey: 'CELL-BLANK/cells',
      params: { table, count: cells.length },
    };
  });
}
