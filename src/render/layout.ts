/**
 * The official layout of tables 2, 3 and 4 as a grid of merged cells, derived from the format
 * definitions alone: every renderer (HTML, Markdown, text, DOCX) draws this grid, so a new format
 * version renders without new render code.
 *
 * The grid of a table: for each block, its caption row (table 2), its header rows (the stub head
 * over the row labels, the column labels under their merged parents), then its data rows (the row
 * labels under their merged parents, then the values). A block printed across (table 4) turns its
 * rows into column groups over the same columns, with the values on one line. Label paths of
 * different depths are balanced the way the official template balances them: a label with fewer
 * parents spans the remaining label columns (table 3's `一、本年新收…` spans three), a column label
 * with fewer parents spans the remaining header rows (`自然人` spans two). A block with fewer
 * columns than the table's widest block spreads its last column over the rest (`本年处理决定数量`
 * over three).
 *
 * @module
 */
import type { BlockDef, CellRef, ColumnDef, FormatDef, TableDef } from '../format/grid.js';

/**
 * What a cell of the official layout is: a block caption (`第二十条第（一）项`), the stub head over
 * the row labels (`信息内容`), a column header, a row label, or a value.
 *
 * @example
 * ```ts
 * tableGrids(FORMAT_2021)[1].rows[0].cells.map((c) => c.kind); // ['stub', 'header']
 * ```
 */
export type GridCellKind = 'caption' | 'stub' | 'header' | 'label' | 'value';

/**
 * One cell of the official layout, placed on the grid: its top-left grid position and spans.
 *
 * @example
 * ```ts
 * const cell = tableGrids(FORMAT_2021)[1].rows[5].cells[0];
 * // { kind: 'label', text: '三、本年度办理结果', row: 5, col: 0, rowspan: 22, colspan: 1, group: true }
 * ```
 */
export interface GridCell {
  readonly kind: GridCellKind;
  /** The official label; `''` for value cells (their text comes from the report). */
  readonly text: string;
  readonly row: number;
  readonly col: number;
  readonly rowspan: number;
  readonly colspan: number;
  /** True for a merged label or header that groups several rows or columns (its parents). */
  readonly group: boolean;
  /** The report cell a value cell shows. */
  readonly ref?: CellRef;
  /** The column definition of a value cell. */
  readonly column?: ColumnDef;
  /** The row key a row label (not a group) names, so row-level findings can be placed on it. */
  readonly rowKey?: string;
}

/**
 * A row of the grid: the cells that start in it, left to right.
 *
 * @example
 * ```ts
 * const row = tableGrids(FORMAT_2021)[0].rows[0];
 * // { block: 'item1', head: true, cells: [{ kind: 'caption', text: '第二十条第（一）项', colspan: 4, … }] }
 * ```
 */
export interface GridRow {
  /** The key of the block the row belongs to. */
  readonly block: string;
  /** True for caption and header rows. */
  readonly head: boolean;
  readonly cells: readonly GridCell[];
}

/**
 * One table in its official layout.
 *
 * @example
 * ```ts
 * const t3 = tableGrids(FORMAT_2021)[1];
 * [t3.width, t3.labelColumns, t3.rows.length]; // [10, 3, 28]
 * ```
 */
export interface TableGrid {
  readonly table: TableDef;
  /** Columns of the grid. */
  readonly width: number;
  /** Grid columns taken by the row labels (0 for a table printed across). */
  readonly labelColumns: number;
  readonly rows: readonly GridRow[];
}

type Path = readonly string[];

/** A run of consecutive leaves that share the path up to some depth: one merged cell. */
interface Run {
  readonly start: number;
  readonly length: number;
  readonly text: string;
  readonly leaf: boolean;
}

const samePrefix = (a: Path, b: Path, depth: number): boolean => {
  for (let d = 0; d <= depth; d++) if (a[d] !== b[d]) return false;
  return true;
};

/**
 * The merged cells at one depth of a list of label paths: consecutive paths that agree up to
 * this depth make one cell. Paths shorter than the depth have no cell there.
 */
function runsAt(paths: readonly Path[], depth: number): Run[] {
  const runs: Run[] = [];
  let i = 0;
  while (i < paths.length) {
    const path = paths[i] as Path;
    let j = i + 1;
    if (path.length > depth) {
      while (j < paths.length && (paths[j] as Path).length > depth && samePrefix(path, paths[j] as Path, depth)) j++;
      runs.push({ start: i, length: j - i, text: path[depth] as string, leaf: depth === path.length - 1 });
    }
    i = j;
  }
  return runs;
}

/** Grid columns of each of `n` columns spread over `width`: one each, the last taking the rest. */
function spreadSpans(n: number, width: number): number[] {
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? width - (n - 1) : 1));
}

const pathOf = (item: { readonly label: string; readonly parents?: readonly string[] }): Path => [
  ...(item.parents ?? []),
  item.label,
];

/** The leaf headers of a block: its columns, or for a block printed across, row × column. */
function headerLeaves(block: BlockDef): { path: Path; row?: string; column: ColumnDef }[] {
  if (!block.rowsAcross) return block.columns.map((column) => ({ path: pathOf(column), column }));
  return block.rows.flatMap((row) =>
    block.columns.map((column) => ({ path: [...pathOf(row), column.label], row: row.key, column })),
  );
}

class GridBuilder {
  readonly rows: GridRow[] = [];
  constructor(
    private readonly table: TableDef,
    readonly width: number,
    readonly labelColumns: number,
  ) {}

  add(block: BlockDef, head: boolean, cells: GridCell[]): void {
    this.rows.push({ block: block.key, head, cells });
  }

  get next(): number {
    return this.rows.length;
  }

  /** Caption, stub head and column headers of a block. */
  head(block: BlockDef): void {
    if (block.caption) {
      this.add(block, true, [cell('caption', block.caption, this.next, 0, 1, this.width, false)]);
    }
    const leaves = headerLeaves(block);
    const depth = Math.max(...leaves.map((l) => l.path.length));
    const spans = spreadSpans(leaves.length, this.width - this.labelColumns);
    const offsets = spans.map((_, i) => this.labelColumns + spans.slice(0, i).reduce((a, b) => a + b, 0));
    const top = this.next;
    for (let d = 0; d < depth; d++) {
      const cells: GridCell[] = [];
      if (d === 0 && this.labelColumns > 0) {
        cells.push(cell('stub', block.stubHead ?? '', top, 0, depth, this.labelColumns, false));
      }
      for (const run of runsAt(
        leaves.map((l) => l.path),
        d,
      )) {
        const colspan = spans.slice(run.start, run.start + run.length).reduce((a, b) => a + b, 0);
        const rowspan = run.leaf ? depth - d : 1;
        cells.push(cell('header', run.text, top + d, offsets[run.start] as number, rowspan, colspan, !run.leaf));
      }
      this.add(block, true, cells);
    }
  }

  /** The data rows of a block: labels under their merged parents, then the values. */
  body(block: BlockDef): void {
    if (block.rowsAcross) {
      const leaves = headerLeaves(block);
      const spans = spreadSpans(leaves.length, this.width);
      let col = 0;
      const cells = leaves.map((leaf, k) => {
        const value = valueCell(this.table, leaf.row as string, leaf.column, this.next, col, spans[k] as number);
        col += spans[k] as number;
        return value;
      });
      this.add(block, false, cells);
      return;
    }
    const spans = spreadSpans(block.columns.length, this.width - this.labelColumns);
    const paths = block.rows.map(pathOf);
    const starts = new Map<number, GridCell[]>();
    for (let d = 0; d < this.labelColumns; d++) {
      for (const run of runsAt(paths, d)) {
        const colspan = run.leaf ? this.labelColumns - d : 1;
        const row = block.rows[run.start] as BlockDef['rows'][number];
        const label: GridCell = {
          ...cell('label', run.text, this.next + run.start, d, run.length, colspan, !run.leaf),
          ...(run.leaf ? { rowKey: row.key } : {}),
        };
        starts.set(run.start, [...(starts.get(run.start) ?? []), label]);
      }
    }
    block.rows.forEach((row, i) => {
      const top = this.next;
      let col = this.labelColumns;
      const values = block.columns.map((column, k) => {
        const value = valueCell(this.table, row.key, column, top, col, spans[k] as number);
        col += spans[k] as number;
        return value;
      });
      this.add(block, false, [...(starts.get(i) ?? []), ...values]);
    });
  }
}

function cell(
  kind: GridCellKind,
  text: string,
  row: number,
  col: number,
  rowspan: number,
  colspan: number,
  group: boolean,
): GridCell {
  return { kind, text, row, col, rowspan, colspan, group };
}

function valueCell(table: TableDef, row: string, column: ColumnDef, top: number, col: number, colspan: number) {
  return {
    ...cell('value', '', top, col, 1, colspan, false),
    ref: { table: table.id, row, column: column.key },
    column,
  };
}

/** The layout of one table: its width is that of its widest block plus its deepest labels. */
function tableGrid(table: TableDef): TableGrid {
  const across = table.blocks.every((b) => b.rowsAcross);
  const labelColumns = across ? 0 : Math.max(...table.blocks.flatMap((b) => b.rows.map((r) => pathOf(r).length)));
  const valueColumns = Math.max(...table.blocks.map((b) => headerLeaves(b).length));
  const grid = new GridBuilder(table, labelColumns + valueColumns, labelColumns);
  for (const block of table.blocks) {
    grid.head(block);
    grid.body(block);
  }
  return { table, width: grid.width, labelColumns, rows: grid.rows };
}

const layouts = new WeakMap<FormatDef, readonly TableGrid[]>();

/**
 * Tables 2, 3 and 4 of a format in their official layout (computed once per format).
 *
 * @example
 * ```ts
 * const [t2, t3, t4] = tableGrids(FORMAT_2021);
 * t2.rows[1].cells.map((c) => [c.text, c.colspan]); // [['信息内容', 1], ['本年制发件数', 1], …]
 * t4.rows[0].cells.map((c) => [c.text, c.colspan]); // [['行政复议', 5], ['行政诉讼', 10]]
 * ```
 */
export function tableGrids(format: FormatDef): readonly TableGrid[] {
  let found = layouts.get(format);
  if (!found) {
    found = Object.freeze(format.tables.map(tableGrid));
    layouts.set(format, found);
  }
  return found;
}

/** Relative width of a value column, of a label column that holds merged group labels, and of the last label column. */
const VALUE_WEIGHT = 1;
const GROUP_LABEL_WEIGHT = 1.2;
const LEAF_LABEL_WEIGHT = 4.6;

/**
 * Relative widths of a table's grid columns, as the official template sets them: equal columns,
 * except that under grouped labels (table 3) the group columns are a little wider than a value
 * column and the last label column, which holds the long labels, takes about a third of the page.
 *
 * @example
 * ```ts
 * columnWeights(tableGrids(FORMAT_2021)[1]); // [1.2, 1.2, 4.6, 1, 1, 1, 1, 1, 1, 1]
 * ```
 */
export function columnWeights(layout: TableGrid): number[] {
  return Array.from({ length: layout.width }, (_, col) => {
    if (col >= layout.labelColumns || layout.labelColumns === 1) return VALUE_WEIGHT;
    return col === layout.labelColumns - 1 ? LEAF_LABEL_WEIGHT : GROUP_LABEL_WEIGHT;
  });
}
