/**
 * Which cells of one format can stand for which cells of another, derived from the definitions.
 *
 * A key names one concept in both formats (that is how the keys were chosen), so a cell with the
 * same table, row and column key in both formats is comparable: table 3 and table 4 outright, and
 * in table 2 only the 处理决定数量 ↔ 本年处理决定数量 cells (spec/format.md §2.4; every other table 2
 * column was renamed because its meaning changed). Where a row of the target format is printed as
 * the parent heading of several rows of the source format, the target cell is the derived sum of
 * those rows: the 2019 `（六）其他处理` row is the sum of the three 2021 （六） sub-rows. No other
 * mapping is invented.
 *
 * @module
 */
import type { FormatVersion } from './grid.js';
import { formatCells, getFormat, type CellDef } from './lookups.js';

/**
 * A cell of the target format and the source-format cells whose sum stands for it.
 *
 * @example
 * ```ts
 * const cell = mapFormat('2021', '2019').mapped.find((c) => c.sources.length > 1);
 * [cell?.target.row, cell?.target.column]; // ['otherHandling', 'natural']
 * cell?.sources.map((s) => s.row); // ['otherNoCorrection', 'otherNoFee', 'otherOther']
 * ```
 */
export interface MappedCell {
  readonly target: CellDef;
  /** One cell for a like-for-like match; several for a derived sum. */
  readonly sources: readonly CellDef[];
}

/**
 * How the cells of one format map onto the grid of another.
 *
 * @example
 * ```ts
 * const m = mapFormat('2021', '2019');
 * [m.mapped.length, m.missing.length, m.unused.length]; // [179, 19, 7]
 * ```
 */
export interface FormatMapping {
  readonly from: FormatVersion;
  readonly to: FormatVersion;
  /** Target cells that have a source, in the target's reading order. */
  readonly mapped: readonly MappedCell[];
  /** Target cells with no comparable source. */
  readonly missing: readonly CellDef[];
  /** Source cells that no target cell uses. */
  readonly unused: readonly CellDef[];
}

const cellKey = (c: { table: string; row: string; column: string }): string => `${c.table}/${c.row}/${c.column}`;
const cache = new Map<string, FormatMapping>();

/**
 * Maps the cells of format `from` onto the grid of format `to` (identity when they are equal).
 *
 * @example
 * ```ts
 * const m = mapFormat('2021', '2019');
 * m.mapped.find((c) => c.target.row === 'otherHandling')?.sources.map((s) => s.row);
 * // ['otherNoCorrection', 'otherNoFee', 'otherOther']
 * ```
 */
export function mapFormat(from: FormatVersion, to: FormatVersion): FormatMapping {
  const cached = cache.get(`${from}>${to}`);
  if (cached) return cached;
  const sources = formatCells(getFormat(from));
  const byKey = new Map(sources.map((c) => [cellKey(c), c]));
  const mapped: MappedCell[] = [];
  const missing: CellDef[] = [];
  const used = new Set<CellDef>();
  for (const target of formatCells(getFormat(to))) {
    const same = byKey.get(cellKey(target));
    const parts = same
      ? [same]
      : sources.filter(
          (s) =>
            s.table === target.table && s.column === target.column && s.rowDef.parents?.at(-1) === target.rowDef.label,
        );
    if (parts.length === 0) {
      missing.push(target);
      continue;
    }
    for (const p of parts) used.add(p);
    mapped.push({ target, sources: parts });
  }
  const mapping: FormatMapping = { from, to, mapped, missing, unused: sources.filter((s) => !used.has(s)) };
  cache.set(`${from}>${to}`, mapping);
  return mapping;
}

/**
 * The grid in which reports of the given formats are best compared: the format into which the
 * others map the most of their cells (for 2019 with 2021, the 2019 grid, where the three 2021
 * （六） sub-rows add up to the single 2019 row and nothing of table 3 is lost).
 *
 * @example
 * ```ts
 * comparisonGrid(['2021', '2019']); // '2019'
 * comparisonGrid(['2021']); // '2021'
 * ```
 */
export function comparisonGrid(formats: readonly FormatVersion[]): FormatVersion {
  const distinct = [...new Set(formats)];
  if (distinct.length === 0) throw new TypeError('comparisonGrid needs at least one format');
  let best = distinct[0] as FormatVersion;
  let bestUsed = -1;
  for (const candidate of distinct) {
    let usedCells = 0;
    for (const other of distinct) {
      const m = mapFormat(other, candidate);
      usedCells += formatCells(getFormat(other)).length - m.unused.length;
    }
    if (usedCells > bestUsed) {
      best = candidate;
      bestUsed = usedCells;
    }
  }
  return best;
}

/**
 * A cell of the comparison grid and, on each side, the cells whose sum stands for it.
 *
 * @example
 * ```ts
 * const pair = comparablePairs('2019', '2021').pairs.find((p) => p.target.row === 'otherHandling');
 * pair?.from.map((c) => c.row); // ['otherHandling']
 * pair?.to.map((c) => c.row); // ['otherNoCorrection', 'otherNoFee', 'otherOther']
 * ```
 */
export interface ComparablePair {
  readonly target: CellDef;
  readonly from: readonly CellDef[];
  readonly to: readonly CellDef[];
}

/**
 * The cells two formats can be compared on: the grid ({@link comparisonGrid}) and, per grid
 * cell, its sources in each format (one cell, or several for a derived sum).
 *
 * @example
 * ```ts
 * const { grid, pairs } = comparablePairs('2019', '2021');
 * grid; // '2019'
 * pairs.find((p) => p.target.row === 'otherHandling')?.to.length; // 3
 * ```
 */
export function comparablePairs(
  from: FormatVersion,
  to: FormatVersion,
): { grid: FormatVersion; pairs: ComparablePair[] } {
  const grid = from === to ? from : comparisonGrid([from, to]);
  const toSources = new Map(mapFormat(to, grid).mapped.map((m) => [m.target, m.sources]));
  const pairs: ComparablePair[] = [];
  for (const { target, sources } of mapFormat(from, grid).mapped) {
    const other = toSources.get(target);
    if (other) pairs.push({ target, from: sources, to: other });
  }
  return { grid, pairs };
}
