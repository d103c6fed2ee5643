/**
 * `rollup`: adds reports of the same format cell by cell into one report, with provenance.
 *
 * @module
 */
import { comparisonGrid, FORMAT_VERSIONS, formatForYear } from '../format/index.js';
import type { FormatVersion } from '../format/grid.js';
import type { DeepReadonly, ReadonlyReport, ReportOf } from '../model/types.js';
import { Accumulator } from './accumulator.js';
import { DuplicateInputs } from './duplicates.js';
import { buildResult, type RollupMeta, type RollupOptions, type RollupResult } from './result.js';

/**
 * Thrown when reports cannot be rolled up together as asked; the message says which and why.
 *
 * @example
 * ```ts
 * try {
 *   rollup([report2019, report2021], { agency: '合计' });
 * } catch (err) {
 *   if (err instanceof RollupInputError) console.error(err.message); // '… differ in format; pass { comparable: true } …'
 * }
 * ```
 */
export class RollupInputError extends TypeError {
  constructor(message: string) {
    super(message);
    this.name = 'RollupInputError';
  }
}

const describe = (r: ReadonlyReport, i: number): string =>
  `input ${i} (${r.meta.agency}, ${r.meta.year}, ${r.format} format)`;

/**
 * Settles the grid and year of a rollup from its inputs and meta, refusing mixed inputs unless
 * a comparable rollup was asked for.
 * @internal
 */
export function settleTarget(
  reports: readonly ReadonlyReport[],
  meta: RollupMeta,
  comparable: boolean,
): { format: FormatVersion; year: number } {
  if (!meta || typeof meta.agency !== 'string' || meta.agency.trim() === '') {
    throw new RollupInputError('rollup needs meta.agency: the body the total is published for');
  }
  // One pass over the inputs: each checked to be a report (the first that is not is named), the
  // first whose format or year differs from the first input's noted, and the formats seen. Callbacks,
  // a set of the years or an array of every input's format cost a quarter of adding 100,000 inputs up.
  const first = reports[0];
  const formats: readonly unknown[] = FORMAT_VERSIONS;
  const firstFormat = first?.format;
  const firstYear = first?.meta?.year;
  let formatOff = -1;
  /** The formats of the inputs, in the order they first come (the first input's, then others). */
  const seenFormats: FormatVersion[] = first ? [first.format] : [];
  let yearOff = -1;
  let oneYear = true;
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i] as ReadonlyReport;
    // An input in the format of the first (which was tested) needs no look in the list of formats.
    const known = i > 0 && r?.format === firstFormat;
    if (!r || typeof r !== 'object' || !(known || formats.includes(r.format)) || !r.meta) {
      throw new RollupInputError(
        `input ${i} is not a report (expected an object with format "2019" or "2021" and meta)`,
      );
    }
    if (!known && i > 0) {
      if (formatOff < 0) formatOff = i;
      if (!seenFormats.includes(r.format)) seenFormats.push(r.format);
    }
    if (r.meta.year !== firstYear) {
      if (yearOff < 0) yearOff = i;
      // The year of the total is settled as a set of the years would: NaN is one year there.
      if (!(Number.isNaN(r.meta.year) && Number.isNaN(firstYear))) oneYear = false;
    }
  }
  if (!comparable && first) {
    if (formatOff >= 0) {
      throw new RollupInputError(
        `${describe(first, 0)} and ${describe(reports[formatOff] as ReadonlyReport, formatOff)} differ in format; pass { comparable: true } to sum only the cells comparable across formats`,
      );
    }
    if (yearOff >= 0) {
      throw new RollupInputError(
        `${describe(first, 0)} and ${describe(reports[yearOff] as ReadonlyReport, yearOff)} are about different years; pass { comparable: true } to add them anyway`,
      );
    }
    if (meta.year !== undefined && meta.year !== first.meta.year) {
      throw new RollupInputError(
        `meta.year is ${meta.year} but the inputs are about ${first.meta.year}; pass { comparable: true } to add them anyway`,
      );
    }
    if (meta.format && meta.format !== first.format) {
      throw new RollupInputError(
        `meta.format is ${meta.format} but the inputs are in the ${first.format} format; pass { comparable: true } to map them`,
      );
    }
  }
  const year = meta.year ?? (first && oneYear ? first.meta.year : undefined);
  if (year === undefined) {
    const years = new Set(reports.map((r) => r.meta.year));
    throw new RollupInputError(
      years.size === 0
        ? 'rollup of no reports needs meta.year (and meta.format unless the year decides it)'
        : `the inputs are about ${[...years].sort().join(', ')}: give meta.year for the total`,
    );
  }
  const format = meta.format ?? (first ? comparisonGrid(seenFormats) : formatForYear(year));
  if (!format) throw new RollupInputError(`no national format applies to ${year}; give meta.format`);
  return { format, year };
}

/**
 * Adds reports cell by cell into one report of their format (the 本级政府 total of its
 * departments and townships), walking the format's cells. Blank stays blank: a cell blank in
 * every input is blank in the total; a cell blank in some inputs is the sum of the others, with a
 * `ROLLUP-PARTLY-BLANK` finding. A body given twice is a `ROLLUP-DUPLICATE` finding: the same
 * report again is counted once; another report of the same agency and year is added, as an
 * error. Money is summed exactly; 2019 采购总金额 in different units is
 * refused for that cell (`ROLLUP-UNIT-MISMATCH`). Reports of different formats or years throw a
 * {@link RollupInputError} unless `{ comparable: true }`, which sums only the cells comparable
 * across them and lists the rest in `provenance.notComparable`. Inputs are never mutated.
 *
 * @example
 * ```ts
 * import { rollup } from 'zfxxgk';
 * const { report, provenance, findings } = rollup(departmentReports, { agency: '某县人民政府' });
 * report.table3.received.total; // the county's total of new applications
 * provenance.inputs.length; // how many reports went in
 * ```
 */
export function rollup<F extends FormatVersion>(
  reports: readonly DeepReadonly<ReportOf<F>>[],
  meta: RollupMeta & { format?: F },
  options?: RollupOptions,
): RollupResult<F>;
export function rollup(reports: readonly ReadonlyReport[], meta: RollupMeta, options?: RollupOptions): RollupResult;
// The implementation takes what any caller may pass: each input is checked to be a report.
export function rollup(input: readonly unknown[], meta: RollupMeta, options: RollupOptions = {}): RollupResult {
  if (!Array.isArray(input)) throw new RollupInputError('rollup expects an array of reports');
  const reports = input as readonly ReadonlyReport[];
  const { format, year } = settleTarget(reports, meta, options.comparable ?? false);
  const acc = new Accumulator(format, { capacity: reports.length });
  const duplicates = new DuplicateInputs(reports);
  for (let index = 0; index < reports.length; index++) {
    if (!duplicates.repeats(index)) acc.add(reports[index] as ReadonlyReport, index);
  }
  duplicates.release();
  return buildResult(acc, { ...meta, year }, options, duplicates.findings);
}
