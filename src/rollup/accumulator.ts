/**
 * The engine under `rollup`: a plan compiled once per pair of formats, and an accumulator that
 * adds reports into flat typed arrays and builds the report only at the end.
 *
 * Counts are summed as integers in a `Float64Array` (exact below 2^53). Money is summed exactly as
 * decimals: a value with at most six decimal places is added as an integer number of millionths;
 * any other value is kept aside and added with `sumDecimal` at the end.
 *
 * @module
 */
import { formatCells, getFormat, mapFormat, VALUE_KINDS, type CellDef } from '../format/index.js';
import type { CellRef, FormatVersion } from '../format/grid.js';
import { sumDecimal } from '../model/decimal.js';
import type { ReadonlyReport } from '../model/types.js';
import { readerFor, type BadCell, type CellToRead, type CountReader, type Tables } from '../model/cell-reader.js';
import { InputLog } from './inputs.js';

/** Money is accumulated in millionths of its unit. */
const SCALE = 1e6;

/** A cell to read by its keys, the table as the report names it (`table2`). */
interface CellRead {
  readonly table: string;
  readonly row: string;
  readonly column: string;
}

/** A money cell read like for like (money is summed apart, exactly). */
interface MoneyRead extends CellRead {
  readonly target: number;
}

/** A target cell that is the sum of several source cells (the 2019 （六） row from 2021 input). */
interface DerivedRead {
  readonly target: number;
  readonly sources: readonly CellRead[];
}

const cellRead = (c: CellRef): CellRead => ({ table: `table${c.table}`, row: c.row, column: c.column });

interface Plan {
  /** Adds the count cells, like for like. */
  readonly readCounts: CountReader;
  readonly money: readonly MoneyRead[];
  /**
   * Reads the money cells of an input: the value of `money[j]` into slot j of one scratch array,
   * a blank into slot j of another (generated code, as the counts' reader: read by their keys,
   * the money cells cost a fifth of adding the counts).
   */
  readonly readMoney: CountReader;
  /** Per unit cell of the target grid (as {@link Accumulator.unitCells}), its index in `money`, or -1 where the plan has none. */
  readonly moneyOfUnitCell: readonly number[];
  readonly derived: readonly DerivedRead[];
  /** Source cells this plan does not read (not comparable with the target format). */
  readonly unused: readonly CellRef[];
  /** Target cells this plan leaves without a source. */
  readonly missing: ReadonlySet<number>;
}

const isMoney = (c: CellDef): boolean => VALUE_KINDS[c.columnDef.kind].decimal;

/**
 * Plans by input format, grid and reader. A plan depends on the format definitions only, so it is
 * made once per process: its reader is generated code that the engine optimises only after many
 * calls (seconds on a busy machine), and a new one for every rollup would start over each time.
 */
const plans = new Map<string, Plan>();

function planFor(from: FormatVersion, to: FormatVersion, compile: boolean): Plan {
  const key = `${from}>${to}${compile ? '' : ' walking'}`;
  let plan = plans.get(key);
  if (!plan) {
    plan = compilePlan(from, to, compile);
    plans.set(key, plan);
  }
  return plan;
}

function compilePlan(from: FormatVersion, to: FormatVersion, compile: boolean): Plan {
  const targets = formatCells(getFormat(to));
  const indexOf = new Map<CellDef, number>(targets.map((c, i) => [c, i]));
  const mapping = mapFormat(from, to);
  const counts: CellToRead[] = [];
  const money: MoneyRead[] = [];
  const moneyCells: CellToRead[] = [];
  const derived: DerivedRead[] = [];
  for (const { target, sources } of mapping.mapped) {
    const index = indexOf.get(target) as number;
    const source = sources[0] as CellDef;
    if (sources.length > 1) {
      // Derived sums are the （六） rows of table 3: counts. Money is never split across rows.
      if (isMoney(target))
        throw new TypeError(
          `cannot derive the money cell ${target.table}/${target.row}/${target.column} from several cells`,
        );
      derived.push({ target: index, sources: sources.map(cellRead) });
      continue;
    }
    if (isMoney(target)) {
      moneyCells.push({ table: source.table, row: source.row, column: source.column, target: money.length });
      money.push({ ...cellRead(source), target: index });
      continue;
    }
    counts.push({ table: source.table, row: source.row, column: source.column, target: index });
  }
  return {
    readCounts: readerFor(counts, compile),
    money,
    readMoney: readerFor(moneyCells, compile),
    moneyOfUnitCell: targets.flatMap((c, i) => (isMoney(c) ? [money.findIndex((m) => m.target === i)] : [])),
    derived,
    // Frozen: results of every rollup share them.
    unused: mapping.unused.map(({ table, row, column }) => Object.freeze({ table, row, column })),
    missing: new Set(mapping.missing.map((c) => indexOf.get(c) as number)),
  };
}

/** The units seen in one amount cell, with how many inputs gave each (`''` for none stated). */
export type UnitTally = Map<string, number>;

/**
 * Adds reports cell by cell into the grid of one format.
 * @internal
 */
export class Accumulator {
  readonly format: FormatVersion;
  readonly cells: readonly CellDef[];
  /** Integer sums of counts; money in millionths. */
  readonly sums: Float64Array;
  /** How many inputs were blank in each cell. */
  readonly blanks: Uint32Array;
  /** 1 where some input's format has nothing comparable to the cell: the cell is dropped. */
  readonly dropped: Uint8Array;
  /** Money values that do not fit the scaled sum, added exactly at the end. */
  readonly extra: (number[] | undefined)[];
  /** Units read from amount cells, by target index (see {@link Accumulator.unitTallies}). */
  private readonly units = new Map<number, UnitTally>();
  /**
   * Per unit cell (as {@link Accumulator.unitCells}), the unit the last input that had the cell
   * stated, and how many inputs in a row stated it since it was last put in its tally: nearly all
   * inputs state the unit the one before stated, and counting them here spares four map
   * operations an input.
   */
  private readonly lastUnits: (string | undefined)[];
  private readonly pendingUnits: Uint32Array;
  /** Scratch of {@link Plan.readMoney}: the money cells of the input being added, and which are blank. */
  private readonly moneyValues: Float64Array;
  private readonly moneyBlanks: Uint32Array;
  /** Who was added, in order (provenance). */
  readonly inputs: InputLog;
  /** Cells of input formats that were not comparable with this grid, by format. */
  readonly unused = new Map<FormatVersion, readonly CellRef[]>();
  private readonly money: Uint8Array;
  private readonly compile: boolean;
  /** The reading plan of each input format, compiled on first use. */
  private readonly plans: Partial<Record<FormatVersion, Plan>> = {};
  /**
   * Cells whose unit an input may state (the 2019 采购总金额, whose header states none, and the
   * 2021 fee column in 万元, `header`), with their target index and their key in `report.units`
   * (made once, not per input): inputs in different units are not added.
   */
  private readonly unitCells: readonly { target: number; header: string; key: string }[];
  /**
   * The report being added and its index, named when one of its cells is bad (two fields, not one
   * object: an object per input added is garbage for the collector).
   */
  private currentReport: ReadonlyReport | undefined;
  private currentIndex = 0;
  private readonly fail: BadCell = (table, row, column, value) => {
    const report = this.currentReport as ReadonlyReport;
    const index = this.currentIndex;
    throw badCell(report, index, table, row, column, value);
  };

  /**
   * @param options.compile Read with generated straight-line code where allowed (default); `false`
   *   walks the plan instead (the two are tested to agree).
   * @param options.capacity How many inputs to expect (see {@link InputLog}).
   */
  constructor(format: FormatVersion, options: { readonly compile?: boolean; readonly capacity?: number } = {}) {
    this.compile = options.compile ?? true;
    this.inputs = new InputLog(options.capacity);
    this.format = format;
    this.cells = formatCells(getFormat(format));
    this.sums = new Float64Array(this.cells.length);
    this.blanks = new Uint32Array(this.cells.length);
    this.dropped = new Uint8Array(this.cells.length);
    this.extra = new Array(this.cells.length);
    this.money = Uint8Array.from(this.cells, (c) => (isMoney(c) ? 1 : 0));
    // A money column whose header states its unit (万元) takes that unit for a cell stating none.
    this.unitCells = this.cells.flatMap((c, i) => {
      const kind = VALUE_KINDS[c.columnDef.kind];
      return kind.decimal
        ? [
            {
              target: i,
              header: kind.unitInCell ? '' : (kind.units[0] as string),
              key: `${c.row}/${c.column}`,
            },
          ]
        : [];
    });
    this.lastUnits = this.unitCells.map(() => undefined);
    this.pendingUnits = new Uint32Array(this.unitCells.length);
    // A plan's money cells are among the grid's decimal cells, as many as the unit cells at most.
    this.moneyValues = new Float64Array(this.unitCells.length);
    this.moneyBlanks = new Uint32Array(this.unitCells.length);
  }

  /**
   * Adds one report; its format must be this grid's or mappable onto it. `index` is its position
   * among the inputs given (which differs from the count added when an input was left out).
   */
  add(report: ReadonlyReport, index = this.inputs.length): void {
    const plan = (this.plans[report.format] ??= planFor(report.format, this.format, this.compile));
    const tables = report as unknown as Tables;
    const { sums, blanks } = this;
    this.currentReport = report;
    this.currentIndex = index;
    const fail = this.fail;
    plan.readCounts(tables, sums, blanks, fail);
    const { moneyValues, moneyBlanks } = this;
    const money = plan.money;
    if (money.length > 0) {
      // Set by hand: a call of fill() each costs more than the one or two cells it clears.
      for (let j = 0; j < money.length; j++) {
        moneyValues[j] = 0;
        moneyBlanks[j] = 0;
      }
      plan.readMoney(tables, moneyValues, moneyBlanks, fail);
      for (let j = 0; j < money.length; j++) {
        const m = money[j] as MoneyRead;
        const v = moneyValues[j] as number;
        if (moneyBlanks[j] !== 0) blanks[m.target]!++;
        else if (Number.isFinite(v)) this.addMoney(m.target, v);
        else fail(m.table, m.row, m.column, v);
      }
    }
    for (const { target, sources } of plan.derived) {
      let any = false;
      for (const c of sources) {
        const v = tables[c.table]?.[c.row]?.[c.column];
        if (v === null) continue;
        if (typeof v !== 'number') fail(c.table, c.row, c.column, v);
        sums[target]! += v as number;
        any = true;
      }
      if (!any) blanks[target]!++;
    }
    if (plan.missing.size > 0) for (const t of plan.missing) this.dropped[t] = 1;
    const { unitCells, lastUnits, pendingUnits } = this;
    const moneyOfUnitCell = plan.moneyOfUnitCell;
    for (let k = 0; k < unitCells.length; k++) {
      const cell = unitCells[k] as (typeof unitCells)[number];
      const j = moneyOfUnitCell[k] as number;
      // A unit is counted where the input has the cell, not blank. Each exists in one format only
      // (采购总金额 in 2019, the fee in 万元 in 2021), so a report that has it is read like for like.
      if (j < 0 || moneyBlanks[j] !== 0) continue;
      // No unit stated is the header's: 万元 for the fee column, none for 采购总金额.
      const unit = report.units[cell.key] ?? cell.header;
      if (unit === lastUnits[k]) {
        pendingUnits[k]!++;
        continue;
      }
      this.flushUnit(k);
      lastUnits[k] = unit;
      pendingUnits[k] = 1;
      // Put in the tally when first met, so that the tally lists units in the order they came.
      const tally = this.units.get(cell.target) ?? new Map<string, number>();
      if (!tally.has(unit)) tally.set(unit, 0);
      this.units.set(cell.target, tally);
    }
    if (plan.unused.length > 0) this.unused.set(report.format, plan.unused);
    this.inputs.add(report, index);
    this.currentReport = undefined;
  }

  /** Adds everything another accumulator of the same grid holds (for trees). */
  merge(other: Accumulator): void {
    if (other.format !== this.format)
      throw new TypeError(`cannot merge a ${other.format}-format rollup into a ${this.format}-format one`);
    for (let i = 0; i < this.sums.length; i++) {
      const sum = (this.sums[i] as number) + (other.sums[i] as number);
      if (this.money[i] === 1 && !Number.isSafeInteger(sum))
        (this.extra[i] ??= []).push((other.sums[i] as number) / SCALE);
      else this.sums[i] = sum;
      this.blanks[i] = (this.blanks[i] as number) + (other.blanks[i] as number);
      this.dropped[i] = (this.dropped[i] as number) | (other.dropped[i] as number);
      const extra = other.extra[i];
      if (extra) (this.extra[i] ??= []).push(...extra);
    }
    this.unitTallies();
    for (const [t, tally] of other.unitTallies()) {
      const mine = this.units.get(t) ?? new Map<string, number>();
      for (const [unit, n] of tally) mine.set(unit, (mine.get(unit) ?? 0) + n);
      this.units.set(t, mine);
    }
    for (const [format, cells] of other.unused) this.unused.set(format, cells);
    this.inputs.append(other.inputs);
  }

  /** The value of a target cell: `null` when every input was blank there or the cell was dropped. */
  value(index: number): number | null {
    if (this.dropped[index] === 1 || this.blanks[index] === this.inputs.length) return null;
    const sum = this.sums[index] as number;
    // The hot loop adds numbers without testing each for NaN or ±Infinity; the sum shows it.
    if (!Number.isFinite(sum))
      throw new TypeError(
        `a rollup input holds a non-finite number in ${this.cells[index]?.table}/${this.cells[index]?.row}/${this.cells[index]?.column} (validate the inputs with validateReport first)`,
      );
    if (this.money[index] !== 1) return sum;
    const extra = this.extra[index];
    return extra ? sumDecimal([sum / SCALE, ...extra]) : sum / SCALE;
  }

  /** The units read from each amount cell, by target index, with how many inputs stated each, in the order they came. */
  unitTallies(): ReadonlyMap<number, UnitTally> {
    for (let k = 0; k < this.unitCells.length; k++) this.flushUnit(k);
    return this.units;
  }

  /** Puts the inputs counted in a row for unit cell `k` in its tally. */
  private flushUnit(k: number): void {
    const pending = this.pendingUnits[k] as number;
    if (pending === 0) return;
    const unit = this.lastUnits[k] as string;
    const tally = this.units.get((this.unitCells[k] as (typeof this.unitCells)[number]).target) as UnitTally;
    tally.set(unit, (tally.get(unit) as number) + pending);
    this.pendingUnits[k] = 0;
  }

  private addMoney(t: number, v: number): void {
    const units = Math.round(v * SCALE);
    const next = (this.sums[t] as number) + units;
    if (units / SCALE === v && Number.isSafeInteger(next)) this.sums[t] = next;
    else (this.extra[t] ??= []).push(v);
  }
}

function badCell(
  report: ReadonlyReport,
  index: number,
  table: string,
  row: string,
  column: string,
  value: unknown,
): TypeError {
  // An empty column names a whole row that is not an object of cells.
  const [where, expected] =
    column === '' ? [`${table}.${row}`, 'an object of cells'] : [`${table}.${row}.${column}`, 'a number or null'];
  return new TypeError(
    `rollup input ${index} (${report.meta?.agency ?? 'unnamed'}): ${where} is ${JSON.stringify(value) ?? String(value)}; expected ${expected} (validate the input with validateReport first)`,
  );
}
