/**
 * The relation engine: evaluates every sum relation of a format (Σ left = Σ right) on a report,
 * the way an XBRL calculation linkbase is checked by one generic engine. Also reports invalid and
 * blank cells, since both are found while reading the same cells.
 *
 * Blank cells count as 0. A blank total whose parts are not all zero is not an arithmetic error:
 * it is reported (CELL-BLANK, warning) with the value it should have, and that value stands in for
 * it in the relations it is a part of (the Shanghai 2019 report leaves the 总计 column blank for
 * every outcome row; its (七)总计 is then the sum of the values those blanks stand for).
 *
 * @module
 */
import { cellLabels, formatCells, getFormat } from '../format/index.js';
import type { CellRef, FormatDef, FormatVersion, RelationDef, RelationInstance, TableId } from '../format/grid.js';
import type { RuleCode } from '../findings/index.js';
import type { Finding, RawFinding } from '../findings/types.js';
import { readerFor, type CountReader, type Tables } from '../model/cell-reader.js';
import type { Report } from '../model/types.js';

interface Slot {
  readonly table: 'table2' | 'table3' | 'table4';
  readonly row: string;
  readonly column: string;
  readonly ref: CellRef;
  /** Unique id within the format, for the blank-inference map. */
  readonly id: string;
}

interface CompiledInstance {
  readonly relation: RelationDef;
  readonly instance: RelationInstance;
  readonly alongLabel: string;
  readonly left: readonly Slot[];
  readonly right: readonly Slot[];
}

interface Compiled {
  readonly instances: readonly CompiledInstance[];
  /**
   * Reads every cell of tables 2–4 into `values` (blank and non-numbers left 0), in format order,
   * and reports a cell that is not a valid value of its column.
   */
  readonly readCells: CountReader;
  /** Per instance i: its left terms are `terms[bounds[2i] .. bounds[2i+1])`, its right terms run to `bounds[2i+2]`. */
  readonly terms: Int32Array;
  readonly bounds: Int32Array;
  /** Scratch space for the cell values of one report (checks run synchronously, one at a time). */
  readonly values: Float64Array;
  /** Scratch space: 1 where the cell is blank. */
  readonly blanks: Uint32Array;
  /** Table 2 cells with their kinds, validated separately (no relation runs through them). */
  readonly table2: readonly (Slot & { kind: string })[];
  /** Every table 3 and 4 cell once, for locating blanks and invalid values. */
  readonly counted: readonly Slot[];
}

// The keys only: a cell definition passed as `ref` brings its block and column definitions, which
// findings would otherwise carry into their `cells`.
const slotOf = ({ table, row, column }: CellRef): Slot => ({
  table: `table${table}` as Slot['table'],
  row,
  column,
  ref: { table, row, column },
  id: `${table}/${row}/${column}`,
});

const compiledCache = new Map<FormatDef, Compiled>();

function alongLabel(format: FormatDef, instance: RelationInstance): string {
  const first = instance.left[0] as CellRef;
  const labels = cellLabels(format, first);
  return instance.axis === 'column' ? labels.column : labels.row;
}

function compile(format: FormatDef): Compiled {
  let compiled = compiledCache.get(format);
  if (compiled) return compiled;
  const cells = formatCells(format);
  const indexOf = new Map<string, number>(cells.map((cell, i) => [slotOf(cell).id, i]));
  const terms: number[] = [];
  const bounds: number[] = [0];
  for (const relation of format.relations) {
    for (const instance of relation.instances) {
      for (const ref of instance.left) terms.push(indexOf.get(slotOf(ref).id) as number);
      bounds.push(terms.length);
      for (const ref of instance.right) terms.push(indexOf.get(slotOf(ref).id) as number);
      bounds.push(terms.length);
    }
  }
  compiled = {
    // Straight-line code where allowed: `check` reads 200 cells per report, and constant keys
    // make those reads as cheap as a hand-written function's (see `bench/check.bench.ts`).
    readCells: readerFor(
      cells.map((c, i) => ({ table: c.table, row: c.row, column: c.column, target: i, kind: c.columnDef.kind })),
    ),
    terms: Int32Array.from(terms),
    bounds: Int32Array.from(bounds),
    values: new Float64Array(cells.length),
    blanks: new Uint32Array(cells.length),
    instances: format.relations.flatMap((relation) =>
      relation.instances.map((instance) => ({
        relation,
        instance,
        alongLabel: alongLabel(format, instance),
        left: instance.left.map(slotOf),
        right: instance.right.map(slotOf),
      })),
    ),
    table2: cells.filter((c) => c.table === '2').map((c) => ({ ...slotOf(c), kind: c.columnDef.kind })),
    counted: cells.filter((c) => c.table !== '2').map(slotOf),
  };
  compiledCache.set(format, compiled);
  return compiled;
}

const read = (report: Report, slot: Slot): unknown =>
  (report as unknown as Record<string, Record<string, Record<string, unknown>>>)[slot.table]?.[slot.row]?.[slot.column];

/** Only finite numbers enter a sum; anything else is reported as CELL-INVALID and counts as 0. */
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Set by the cell reader when a cell is not a valid value of its column (reported later, in full). */
let sawBadCell = false;
const noteBadCell = (): void => {
  sawBadCell = true;
};

function cellPlace(format: FormatDef, ref: CellRef): Pick<Finding, 'table' | 'row' | 'column' | 'group' | 'path'> {
  const labels = cellLabels(format, ref);
  const place = ref.table === '4' ? { group: labels.row } : { row: labels.row };
  return { table: ref.table, ...place, column: labels.column, path: [`table${ref.table}`, ref.row, ref.column] };
}

/**
 * Evaluates every relation of the report's format, with invalid and blank cells.
 * @internal
 */
export function checkRelations(report: Report): RawFinding[] {
  const format = getFormat(report.format as FormatVersion);
  const compiled = compile(format);
  const { instances, table2, counted } = compiled;
  const findings: RawFinding[] = [];

  // Fast path: read every cell once into the scratch array (blank and invalid as 0), then sum
  // every instance over it. A report that passes allocates nothing more than its result.
  const { readCells, terms, bounds, values, blanks } = compiled;
  values.fill(0);
  blanks.fill(0);
  sawBadCell = false;
  readCells(report as unknown as Tables, values, blanks, noteBadCell);
  const sawInvalid = sawBadCell;
  // NaN and ±Infinity were added like any number; in the sums they count as 0.
  if (sawInvalid) for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) values[i] = 0;
  let sawBlank = false;
  for (let i = 0; i < blanks.length && !sawBlank; i++) sawBlank = blanks[i] !== 0;
  let failed = false;
  for (let i = 0; i + 2 < bounds.length && !failed; i += 2) {
    let left = 0;
    let right = 0;
    const split = bounds[i + 1] as number;
    const end = bounds[i + 2] as number;
    for (let k = bounds[i] as number; k < split; k++) left += values[terms[k] as number] as number;
    for (let k = split; k < end; k++) right += values[terms[k] as number] as number;
    if (left !== right) failed = true;
  }
  if (!sawInvalid && !failed && !sawBlank) return findings;

  if (sawInvalid)
    findings.push(...invalidCells(format, report, [...counted.map((s) => ({ ...s, kind: 'count' })), ...table2]));
  if (failed) findings.push(...failures(format, report, instances));
  if (sawBlank) findings.push(...blankSummary(report, [...table2, ...counted]));
  return findings;
}

function invalidCells(format: FormatDef, report: Report, slots: readonly (Slot & { kind: string })[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const slot of slots) {
    const v = read(report, slot);
    if (v === null) continue;
    const reason =
      typeof v !== 'number' || !Number.isFinite(v)
        ? 'type'
        : slot.kind !== 'signed' && v < 0
          ? 'negative'
          : (slot.kind === 'count' || slot.kind === 'signed') && !Number.isInteger(v)
            ? 'fraction'
            : undefined;
    if (!reason) continue;
    const place = cellPlace(format, slot.ref);
    out.push({
      code: 'CELL-INVALID',
      ...place,
      cells: [slot.ref],
      actual: isFiniteNumber(v) ? v : null,
      params: { table: slot.ref.table, row: place.row ?? place.group, column: place.column, actual: String(v), reason },
    });
  }
  return out;
}

/** Slow path: infer the values blank totals stand for, then report what still fails. */
function failures(format: FormatDef, report: Report, instances: readonly CompiledInstance[]): RawFinding[] {
  const inferred = new Map<string, number>();
  const value = (slot: Slot): number => {
    const v = read(report, slot);
    return isFiniteNumber(v) ? v : (inferred.get(slot.id) ?? 0);
  };
  const sum = (slots: readonly Slot[]): number => slots.reduce((acc, s) => acc + value(s), 0);
  const totals = instances.filter((i) => i.left.length === 1);
  // A fixed point: a blank total inferred from its row can be a part of a column total.
  for (let changed = true; changed; ) {
    changed = false;
    for (const inst of totals) {
      const total = inst.left[0] as Slot;
      if (read(report, total) !== null || inferred.has(total.id)) continue;
      const parts = sum(inst.right);
      if (parts !== 0) {
        inferred.set(total.id, parts);
        changed = true;
      }
    }
  }

  const out: RawFinding[] = [];
  const reportedBlank = new Set<string>();
  for (const inst of instances) {
    const left = sum(inst.left);
    const right = sum(inst.right);
    const single = inst.left.length === 1 ? (inst.left[0] as Slot) : undefined;
    const inferredTotal = single && read(report, single) === null ? inferred.get(single.id) : undefined;
    if (single && inferredTotal !== undefined && inferredTotal === right) {
      // The blank total stands for the sum of its parts: say so once, not as an arithmetic error.
      if (!reportedBlank.has(single.id)) {
        reportedBlank.add(single.id);
        const place = cellPlace(format, single.ref);
        out.push({
          code: 'CELL-BLANK',
          ...place,
          cells: [single.ref, ...inst.right.map((s) => s.ref)],
          expected: right,
          actual: null,
          params: { table: single.ref.table, row: place.row ?? place.group, column: place.column, expected: right },
        });
      }
      continue;
    }
    if (left === right) continue;
    const cells = [...inst.left, ...inst.right].map((s) => s.ref);
    // The format's relation codes are rules of the findings (a test keeps them in step).
    const base = { code: inst.relation.code as RuleCode, cells };
    const along =
      inst.instance.axis === 'column'
        ? { column: inst.alongLabel }
        : inst.instance.axis === 'row'
          ? { row: inst.alongLabel }
          : { group: inst.alongLabel };
    const table: TableId = (inst.left[0] as Slot).ref.table;
    if (single) {
      const printed = read(report, single);
      const actual = isFiniteNumber(printed) ? printed : null;
      out.push({
        ...base,
        table,
        ...along,
        expected: right,
        actual,
        params: { along: inst.alongLabel, expected: right, actual },
      });
    } else {
      out.push({
        ...base,
        table,
        ...along,
        expected: left,
        actual: right,
        params: { along: inst.alongLabel, left, right },
      });
    }
  }
  return out;
}

function blankSummary(report: Report, slots: readonly Slot[]): RawFinding[] {
  const byTable = new Map<TableId, CellRef[]>();
  for (const slot of slots) {
    if (read(report, slot) !== null) continue;
    const list = byTable.get(slot.ref.table) ?? [];
    list.push(slot.ref);
    byTable.set(slot.ref.table, list);
  }
  return [...byTable.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([table, cells]) => ({
      code: 'CELL-BLANK' as const,
      severity: 'info' as const,
      table,
      cells,
      path: [`table${table}`],
      messageKey: 'CELL-BLANK/cells' as const,
      params: { table, count: cells.length },
    }));
}
