/**
 * `diff`: every cell's change between two reports (one body in consecutive years, or two bodies
 * in one year), across the format change where the cells are comparable.
 *
 * @module
 */
import {
  cellLabels,
  comparablePairs,
  formatCells,
  getTable,
  mapFormat,
  VALUE_KINDS,
  type CellDef,
} from '../format/index.js';
import type { CellRef, FormatVersion, TableId } from '../format/grid.js';
import { sumOfCells } from '../model/cells.js';
import { subtractDecimal } from '../model/decimal.js';
import type { ReadonlyReport } from '../model/types.js';

/**
 * How a cell changed: `unchanged`, `changed` (both numbers, different), `fromBlank` (blank, then
 * a number), `toBlank` (a number, then blank), `blank` (blank in both), or `unitsDiffer` (the
 * 2019 采购总金额 in different units: the numbers are not compared).
 *
 * @example
 * ```ts
 * diff(report2023, report2024).counts;
 * // { unchanged: 189, changed: 11, fromBlank: 0, toBlank: 0, blank: 0, unitsDiffer: 0 }
 * ```
 */
export type ChangeKind = 'unchanged' | 'changed' | 'fromBlank' | 'toBlank' | 'blank' | 'unitsDiffer';

/**
 * The official labels of a cell in the comparison grid.
 *
 * @example
 * ```ts
 * const labels: CellLabels = { row: '规章', column: '本年新制作数量', caption: '第二十条第（一）项' };
 * ```
 */
export interface CellLabels {
  row: string;
  column: string;
  /** The block caption of a table 2 cell (`第二十条第（六）项`). */
  caption?: string;
}

/**
 * One cell's change.
 *
 * @example
 * ```ts
 * // 自然人 applications: 2 in 2023, none in 2024
 * diff(report2023, report2024).tables[1]?.cells[0];
 * // { table: '3', row: 'received', column: 'natural',
 * //   labels: { row: '一、本年新收政府信息公开申请数量', column: '自然人' },
 * //   from: 2, to: 0, kind: 'changed', absolute: -2, relative: -1 }
 * ```
 */
export interface CellChange {
  table: TableId;
  row: string;
  column: string;
  labels: CellLabels;
  from: number | null;
  to: number | null;
  kind: ChangeKind;
  /** `to − from`, exact, when both are numbers. */
  absolute: number | null;
  /** `(to − from) / from` when both are numbers and `from` is not 0. */
  relative: number | null;
  /**
   * Where one side's value is a derived sum of several cells of its own format (the three 2021
   * （六） sub-rows against the single 2019 row), those cells.
   */
  derivedFrom?: { side: 'from' | 'to'; cells: CellRef[] };
}

/**
 * The changes of one table, in the grid's reading order.
 *
 * @example
 * ```ts
 * diff(report2023, report2024).tables.map((t) => [t.table, t.title]);
 * // [['2', '主动公开政府信息情况'], ['3', '收到和处理政府信息公开申请情况'], ['4', '政府信息公开行政复议、行政诉讼情况']]
 * ```
 */
export interface TableDiff {
  table: TableId;
  title: string;
  cells: CellChange[];
}

/**
 * A cell of one side that has no comparable counterpart on the other side.
 *
 * @example
 * ```ts
 * diff(report2020, report2021).notComparable[0];
 * // { side: 'from', format: '2019', table: '2', row: 'rules', column: 'newlyMade',
 * //   labels: { row: '规章', column: '本年新制作数量', caption: '第二十条第（一）项' } }
 * ```
 */
export interface NotComparableCell extends CellRef {
  side: 'from' | 'to';
  format: FormatVersion;
  labels: CellLabels;
}

/**
 * Which report a side of the diff is.
 *
 * @example
 * ```ts
 * diff(report2023, report2024).from; // { agency: '北关区应急管理局', year: 2023, format: '2021' }
 * ```
 */
export interface DiffSide {
  agency: string;
  year: number;
  format: FormatVersion;
}

/**
 * The whole diff: walkable by a program, printable by `diffToText`.
 *
 * @example
 * ```ts
 * const d = diff(report2020, report2021);
 * d.grid; // '2019': the 2021 （六） sub-rows are compared as their sum
 * d.notComparable.length; // 26
 * ```
 */
export interface ReportDiff {
  from: DiffSide;
  to: DiffSide;
  /** The format whose grid the cells are compared in. */
  grid: FormatVersion;
  tables: TableDiff[];
  /** Cells left out because the other format has nothing comparable (spec/format.md §2.4). */
  notComparable: NotComparableCell[];
  /** How many compared cells are of each kind. */
  counts: Record<ChangeKind, number>;
}

function labelsOf(format: FormatVersion, cell: CellRef): CellLabels {
  const l = cellLabels(format, cell);
  return l.caption ? { row: l.row, column: l.column, caption: l.caption } : { row: l.row, column: l.column };
}

function changeOf(
  from: number | null,
  to: number | null,
  unitsDiffer: boolean,
): Pick<CellChange, 'kind' | 'absolute' | 'relative'> {
  if (from === null || to === null) {
    const kind = from === null && to === null ? 'blank' : from === null ? 'fromBlank' : 'toBlank';
    return { kind, absolute: null, relative: null };
  }
  if (unitsDiffer) return { kind: 'unitsDiffer', absolute: null, relative: null };
  const absolute = subtractDecimal(to, from);
  return { kind: absolute === 0 ? 'unchanged' : 'changed', absolute, relative: from === 0 ? null : absolute / from };
}

const ref = (c: CellDef): CellRef => ({ table: c.table, row: c.row, column: c.column });

/**
 * Compares two reports cell by cell. In one format every cell is compared. Across the 2020→2021
 * format change only comparable cells are: table 3 (the 2021 （六） sub-rows as their derived sum
 * against the 2019 （六）其他处理 row), table 4, and in table 2 only 处理决定数量 ↔ 本年处理决定数量;
 * every other cell is listed in `notComparable` rather than mapped by guesswork.
 *
 * @example
 * ```ts
 * import { diff, diffToText } from 'zfxxgk';
 * const d = diff(report2023, report2024);
 * d.tables[1]?.cells.filter((c) => c.kind === 'changed').map((c) => [c.labels.row, c.from, c.to]);
 * console.log(diffToText(d));
 * ```
 */
export function diff(a: ReadonlyReport, b: ReadonlyReport): ReportDiff {
  const { grid, pairs } = comparablePairs(a.format, b.format);
  const counts: Record<ChangeKind, number> = {
    unchanged: 0,
    changed: 0,
    fromBlank: 0,
    toBlank: 0,
    blank: 0,
    unitsDiffer: 0,
  };
  const byTable = new Map<TableId, CellChange[]>();
  for (const { target, from: sources, to: other } of pairs) {
    const from = sumOfCells(a, sources);
    const to = sumOfCells(b, other);
    const unitKey = `${target.row}/${target.column}`;
    const unitsDiffer =
      VALUE_KINDS[target.columnDef.kind].unitInCell && (a.units[unitKey] ?? '') !== (b.units[unitKey] ?? '');
    const change: CellChange = {
      ...ref(target),
      labels: labelsOf(grid, target),
      from,
      to,
      ...changeOf(from, to, unitsDiffer),
    };
    if (sources.length > 1) change.derivedFrom = { side: 'from', cells: sources.map(ref) };
    if (other.length > 1) change.derivedFrom = { side: 'to', cells: other.map(ref) };
    counts[change.kind]++;
    const list = byTable.get(target.table) ?? [];
    list.push(change);
    byTable.set(target.table, list);
  }
  const compared = new Set<CellDef>(pairs.map((p) => p.target));
  const fromMap = mapFormat(a.format, grid);
  const toMap = mapFormat(b.format, grid);
  const notComparable: NotComparableCell[] = [];
  const leftOut = (side: 'from' | 'to', report: ReadonlyReport, cells: readonly CellDef[]) => {
    for (const c of cells)
      notComparable.push({ side, format: report.format, ...ref(c), labels: labelsOf(report.format, c) });
  };
  // A side in the grid format loses the grid cells the other side cannot fill; a side in another
  // format loses the cells that map onto nothing.
  for (const [side, report, mapping] of [
    ['from', a, fromMap],
    ['to', b, toMap],
  ] as const) {
    if (report.format === grid)
      leftOut(
        side,
        report,
        formatCells(grid).filter((c) => !compared.has(c)),
      );
    else leftOut(side, report, mapping.unused);
  }
  const tables = (['2', '3', '4'] as const).map((table) => ({
    table,
    title: getTable(grid, table).title,
    cells: byTable.get(table) ?? [],
  }));
  const side = (r: ReadonlyReport): DiffSide => ({ agency: r.meta.agency, year: r.meta.year, format: r.format });
  return { from: side(a), to: side(b), grid, tables, notComparable, counts };
}
