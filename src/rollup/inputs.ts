/**
 * Who went into a rollup: kept as columns while inputs are added, made into objects when read.
 *
 * A rollup of 100,000 reports that made a `{ index, agency, year, format }` object per input
 * spent more on those objects than on adding the inputs' 200 cells: every one of them outlives
 * the young generation, so the collector copies each twice among the inputs' millions of objects,
 * and the busier the machine, the more that costs. Columns of strings and numbers that already
 * exist allocate nothing per input, and a column whose entries are all the same holds one.
 *
 * @module
 */
import type { FormatVersion } from '../format/grid.js';
import type { ReadonlyReport } from '../model/types.js';

/**
 * Who went into a rollup, in order.
 *
 * @example
 * ```ts
 * rollup([finance, education], { agency: '某县人民政府' }).provenance.inputs[0];
 * // { index: 0, agency: '某县财政局', year: 2024, format: '2021' }
 * ```
 */
export interface RollupInput {
  /** Position among all inputs of the rollup (leaves, for a tree). */
  readonly index: number;
  readonly agency: string;
  readonly year: number;
  readonly format: FormatVersion;
}

/**
 * A column that holds one value while every entry is that value, and an array once they differ:
 * the inputs of a rollup nearly always share their year and format, and their positions follow on.
 */
class Column<T> {
  private first: T | undefined;
  private values: T[] | undefined;
  private count = 0;

  push(value: T): void {
    if (this.values) this.values.push(value);
    else if (this.count === 0) this.first = value;
    else if (!Object.is(value, this.first)) {
      this.values = new Array<T>(this.count).fill(this.first as T);
      this.values.push(value);
    }
    this.count++;
  }

  at(i: number): T {
    return (this.values ? this.values[i] : this.first) as T;
  }
}

/**
 * The inputs added to an accumulator, in order, as columns: the agency of each, and its year,
 * format and position among the inputs given, each held once while it does not change.
 * @internal
 */
export class InputLog {
  private readonly agencies: string[];
  private readonly years = new Column<number>();
  private readonly formats = new Column<FormatVersion>();
  /** Position among the inputs given, less position in the log: 0 until an input is left out. */
  private readonly skips = new Column<number>();
  private count = 0;

  /** @param capacity How many inputs to expect: an array of 100,000 grown by pushes costs ten times one made at its size. */
  constructor(capacity = 0) {
    this.agencies = new Array<string>(capacity);
  }

  /** How many inputs were added. */
  get length(): number {
    return this.count;
  }

  /** Notes an input added, at position `index` among the inputs given. */
  add(report: ReadonlyReport, index: number): void {
    this.note(report.meta.agency, report.meta.year, report.format, index - this.count);
  }

  /** Notes every input of another log after these, their positions following this log's. */
  append(other: InputLog): void {
    for (let i = 0; i < other.length; i++) {
      this.note(other.agencies[i] as string, other.years.at(i), other.formats.at(i), other.skips.at(i));
    }
  }

  private note(agency: string, year: number, format: FormatVersion, skip: number): void {
    // Within the capacity the array was made with, a slot is set; past it, the array grows.
    if (this.count < this.agencies.length) this.agencies[this.count] = agency;
    else this.agencies.push(agency);
    this.years.push(year);
    this.formats.push(format);
    this.skips.push(skip);
    this.count++;
  }

  /** The first `count` inputs as objects (the log may grow after a result took its count). */
  list(count = this.length): RollupInput[] {
    const inputs = new Array<RollupInput>(count);
    for (let i = 0; i < count; i++) {
      inputs[i] = {
        index: i + this.skips.at(i),
        agency: this.agencies[i] as string,
        year: this.years.at(i),
        format: this.formats.at(i),
      };
    }
    return inputs;
  }
}
