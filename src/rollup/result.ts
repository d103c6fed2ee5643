/**
 * Turns a filled accumulator into the rolled-up report, its provenance and its findings.
 *
 * @module
 */
import { VALUE_KINDS, type CellDef } from '../format/index.js';
import type { CellRef, FormatVersion } from '../format/grid.js';
import { cellPlace, placeParams } from '../findings/place.js';
import { ROLLUP } from '../findings/rollup.js';
import type { Finding, Lang, RawFinding, RuleSettings } from '../findings/types.js';
import { findingWriter } from '../findings/write.js';
import { blankTables, emptyReport } from '../model/empty.js';
import type { BodyLevel, ReportOf, ReportScope } from '../model/types.js';
import type { Accumulator } from './accumulator.js';
import type { InputLog, RollupInput } from './inputs.js';

/**
 * Who the rolled-up report is for. `agency` is required; the rest defaults from the inputs.
 *
 * @example
 * ```ts
 * rollup(departmentReports, { agency: '某县人民政府', year: 2024, level: 'government', scope: 'region', published: '2025-03-28' });
 * ```
 */
export interface RollupMeta {
  /** The body the total is published for, e.g. `某县人民政府`. */
  agency: string;
  /** The report year; required when the inputs' years differ or there are no inputs. */
  year?: number;
  /** The grid of the result; defaults to the inputs' format (or, for a comparable rollup, the grid they share most cells in). */
  format?: FormatVersion;
  /** Default `government`. */
  level?: BodyLevel;
  /** Default `region`: a total over a region's bodies. */
  scope?: ReportScope;
  published?: string | null;
}

/**
 * Options of `rollup`.
 *
 * @example
 * ```ts
 * const { provenance } = rollup([report2020, report2021], { agency: '某县人民政府', year: 2021 }, { comparable: true, lang: 'en' });
 * provenance.notComparable.map((n) => [n.format, n.cells.length]); // [['2019', 19], ['2021', 7]]
 * ```
 */
export interface RollupOptions {
  /**
   * Sum reports of different formats or years, keeping only the cells comparable across all
   * inputs (spec/format.md §2.4); the rest are left blank and listed in `notComparable`.
   * Default `false`: such inputs are refused.
   */
  comparable?: boolean;
  /** Language of the findings' messages (default `zh`). */
  lang?: Lang;
  /** Per-code severity overrides, or `'off'`, as for `check` (`'off'` hides the finding only). */
  rules?: RuleSettings;
}

/**
 * Per cell of the result, how many inputs were blank there; shaped like the report's tables.
 *
 * @example
 * ```ts
 * // two reports: 自然人 filled in both, 商业企业 in one, the rest in neither
 * rollup([finance, education], { agency: '某县人民政府' }).provenance.blankInputs.table3.received;
 * // { natural: 0, commercial: 1, research: 2, publicInterest: 2, legalService: 2, otherOrg: 2, total: 2 }
 * ```
 */
export type BlankCounts = Record<'table2' | 'table3' | 'table4', Record<string, Record<string, number>>>;

/**
 * What went into a rollup.
 *
 * @example
 * ```ts
 * const { provenance } = rollup([finance, education], { agency: '某县人民政府' });
 * provenance.inputs.map((i) => i.agency); // ['某县财政局', '某县教育局']
 * provenance.notComparable; // [] (one format, one year)
 * ```
 */
export interface RollupProvenance {
  /** Every input report, in order (for a tree: every report below the node, depth first). */
  inputs: RollupInput[];
  /** Per cell, how many inputs were blank. */
  blankInputs: BlankCounts;
  /** Cells of each format that were not summed because they are not comparable across the inputs. */
  notComparable: { format: FormatVersion; cells: CellRef[] }[];
}

/**
 * The result of a rollup: the total report, where it came from, and what to know about it.
 *
 * @example
 * ```ts
 * // 某县财政局 received 3 applications from 自然人; 某县教育局 2 from 自然人 and 1 from 商业企业
 * const { report, findings } = rollup([finance, education], { agency: '某县人民政府' }, { lang: 'en' });
 * report.table3.received.natural; // 5
 * findings[0]?.code; // 'ROLLUP-PARTLY-BLANK': 商业企业 was blank in 1 of the 2 reports
 * ```
 */
export interface RollupResult<F extends FormatVersion = FormatVersion> {
  /** The total, in format `F` (a `Report` of either format when `F` is not narrowed). */
  report: F extends FormatVersion ? ReportOf<F> : never;
  provenance: RollupProvenance;
  /** `ROLLUP-DUPLICATE`, `ROLLUP-PARTLY-BLANK` (info) and `ROLLUP-UNIT-MISMATCH` (error) findings. */
  findings: Finding[];
}

/**
 * The writer of the rollup's findings (`compareWithParts` too).
 * @internal
 */
export const writeRollupFindings = findingWriter(ROLLUP);

/** A finding about one cell of the total, named as the total's format prints it. */
const raw = (
  code: 'ROLLUP-UNIT-MISMATCH' | 'ROLLUP-PARTLY-BLANK',
  format: FormatVersion,
  cell: CellDef,
  params: RawFinding['params'],
  actual: number | null,
): RawFinding => {
  const place = cellPlace(format, cell);
  return { code, ...place, actual, params: { ...placeParams(place), ...params } };
};

/**
 * The provenance of a result, whose `inputs` become objects when first read (and are kept): a
 * caller that never reads them does not pay for an object per input, and 100,000 of them cost a
 * large rollup more than adding its cells up. The property is an enumerable getter, so JSON,
 * spreads and structured clones see the array as they see any other property.
 */
function provenanceOf(log: InputLog, rest: Omit<RollupProvenance, 'inputs'>): RollupProvenance {
  // An accumulator may take more inputs after a result is built from it: the result lists its own.
  const count = log.length;
  let inputs: RollupInput[] | undefined;
  return {
    get inputs(): RollupInput[] {
      return (inputs ??= log.list(count));
    },
    set inputs(value: RollupInput[]) {
      inputs = value;
    },
    ...rest,
  };
}

/**
 * Builds the result of an accumulator.
 * @internal
 */
export function buildResult(
  acc: Accumulator,
  meta: RollupMeta & { year: number },
  options: Pick<RollupOptions, 'lang' | 'rules'>,
  inputFindings: readonly RawFinding[] = [],
): RollupResult {
  const format = acc.format;
  const report = emptyReport({
    format,
    agency: meta.agency,
    year: meta.year,
    level: meta.level ?? 'government',
    scope: meta.scope ?? 'region',
    published: meta.published ?? null,
  }) as RollupResult['report'];
  const tables = report as unknown as Record<
    'table2' | 'table3' | 'table4',
    Record<string, Record<string, number | null>>
  >;
  const blankInputs = blankTables(format) as unknown as BlankCounts;
  const units = report.units as Record<string, string>;
  const findings: RawFinding[] = [...inputFindings];
  const total = acc.inputs.length;
  const notComparable: RollupProvenance['notComparable'] = [];
  const droppedHere: CellRef[] = [];
  const tallies = acc.unitTallies();
  acc.cells.forEach((cell, i) => {
    const name = `table${cell.table}` as const;
    (blankInputs[name][cell.row] as Record<string, number>)[cell.column] = acc.blanks[i] as number;
    if (acc.dropped[i] === 1) {
      droppedHere.push({ table: cell.table, row: cell.row, column: cell.column });
      return;
    }
    const tally = tallies.get(i);
    if (tally && tally.size > 1) {
      const seen = [...tally].map(([unit, n]) => `${unit || '未注明'}×${n}`).join('、');
      const seenEn = [...tally].map(([unit, n]) => `${unit || 'none stated'} ×${n}`).join(', ');
      findings.push(raw('ROLLUP-UNIT-MISMATCH', format, cell, { units: seen, unitsEn: seenEn }, null));
      return;
    }
    const value = acc.value(i);
    (tables[name][cell.row] as Record<string, number | null>)[cell.column] = value;
    // The total keeps the unit its inputs stated where the header states none.
    const unit = tally ? [...tally.keys()][0] : undefined;
    if (unit && VALUE_KINDS[cell.columnDef.kind].unitInCell) units[`${cell.row}/${cell.column}`] = unit;
    const blanks = acc.blanks[i] as number;
    if (blanks > 0 && blanks < total) {
      findings.push(raw('ROLLUP-PARTLY-BLANK', format, cell, { blank: blanks, inputs: total }, value));
    }
  });
  if (droppedHere.length > 0) notComparable.push({ format, cells: droppedHere });
  for (const [other, cells] of acc.unused)
    if (other !== format) notComparable.push({ format: other, cells: [...cells] });
  return {
    report,
    provenance: provenanceOf(acc.inputs, { blankInputs, notComparable }),
    findings: writeRollupFindings(findings, options),
  };
}
