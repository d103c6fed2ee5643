/**
 * The one grid builder of the table readers (HTML, DOCX, PDF): cells are placed row by row on the
 * table's grid, a merged cell covers every position it spans (columns, rows, or a cell that
 * continues the one above or to its left), and each row comes out as a layout row in which the
 * positions a merged cell covers after its first repeat its text, marked `spanned`.
 *
 * The grid is bounded, because a few bytes of markup can declare a cell of a million columns
 * (`colspan`, `w:gridSpan`) or rows (`rowspan`): a row is at most {@link GRID_LIMITS}`.maxColumns`
 * wide, and the positions a document's merged cells fill beyond their own (spanned copies, and
 * blanks left between them) are at most `maxCopies`. Past a bound the builder stops expanding
 * merged cells and records why in the {@link GridBudget}; the DOCX and PDF readers then refuse the
 * file with a finding, the HTML reader reads on with every cell at its own position only.
 *
 * @module
 */
import type { LayoutBlock, LayoutCell, SourceLoc } from './layout.js';
import { type BlockMaker, LAYOUT_BLOCKS } from './lines.js';

/**
 * A cell as printed: its text and where it starts. The same object stands at every grid
 * position it covers.
 *
 * @example
 * ```ts
 * const cell: GridCell = { text: '行政复议', loc: { line: 12, column: 5 } };
 * ```
 */
export interface GridCell {
  readonly text: string;
  readonly loc: SourceLoc;
}

/**
 * The bounds of the grids of one document.
 *
 * @example
 * ```ts
 * const budget = new GridBudget({ ...GRID_LIMITS, maxCopies: 1000 });
 * ```
 */
export interface GridLimits {
  /** Widest row: an official table has at most 18 columns. */
  readonly maxColumns: number;
  /** Grid positions merged cells may fill beyond their own, over the whole document. */
  readonly maxCopies: number;
}

/**
 * The default bounds: far above any report (whose tables have a few hundred cells), far below
 * what would exhaust memory.
 *
 * @example
 * ```ts
 * GRID_LIMITS.maxColumns; // 256
 * ```
 */
export const GRID_LIMITS: GridLimits = { maxColumns: 256, maxCopies: 100_000 };

/**
 * What the grids of one document may still fill, shared by its tables; `overflow` says which
 * bound was passed, once one was.
 *
 * @example
 * ```ts
 * const budget = new GridBudget();
 * const grid = new TableGrid(0, budget);
 * // … place cells …
 * if (budget.overflow) return refuse(budget.overflow);
 * ```
 */
export class GridBudget {
  readonly limits: GridLimits;
  /** Copies still allowed. */
  copies: number;
  /** Why the grid stopped expanding merged cells, once it did. */
  overflow: string | undefined;

  constructor(limits: GridLimits = GRID_LIMITS) {
    this.limits = limits;
    this.copies = limits.maxCopies;
  }

  /** Takes `n` copies from the budget; false (and `overflow` set) when that many are not left. */
  take(n: number): boolean {
    if (n <= this.copies) {
      this.copies -= n;
      return true;
    }
    this.overflow ??= `merged cells fill more than ${this.limits.maxCopies} grid positions`;
    this.copies = 0;
    return false;
  }

  /** Records that a row reached the widest grid allowed. */
  tooWide(): void {
    this.overflow ??= `a table row is wider than ${this.limits.maxColumns} columns`;
  }
}

/**
 * A grid cell that says itself whether its first position was emitted: the HTML reader's, each
 * placed once, made with `emitted: false`.
 * @internal
 */
export interface MarkedCell extends GridCell {
  emitted: boolean;
}

/**
 * How a reader has its rows made, when not as layout blocks: `make` makes the row and its cells,
 * `locate` places a location in the grid, and with `marked` every cell placed is a
 * {@link MarkedCell} placed once only (no set of cells to keep or search).
 * @internal
 */
export interface GridReader<C, B> {
  readonly make: BlockMaker<C, B>;
  readonly locate: Locate;
  readonly marked: boolean;
}

/** A cell still covering positions of the rows below. */
interface Pending {
  cell: GridCell;
  remaining: number;
}

/**
 * One table's grid, built row by row: {@link TableGrid.startRow}, then the row's cells in
 * order with {@link TableGrid.place} (and {@link TableGrid.skip} for positions with no cell), then
 * {@link TableGrid.endRow}, which gives the layout row.
 *
 * @example
 * ```ts
 * const grid = new TableGrid(0, new GridBudget());
 * grid.startRow({ line: 1 });
 * grid.place({ text: '行政复议', loc: { line: 1, column: 5 } }, 2, 2);
 * grid.place({ text: '3', loc: { line: 1, column: 30 } });
 * grid.endRow(); // { kind: 'row', cells: [行政复议, ^行政复议, 3], … }
 * grid.startRow({ line: 2 });
 * grid.place({ text: '4', loc: { line: 2, column: 5 } });
 * grid.endRow(); // { kind: 'row', cells: [^行政复议, ^行政复议, 4], … }
 * ```
 */
export class TableGrid<C = LayoutCell, B = LayoutBlock> {
  readonly index: number;
  private readonly budget: GridBudget;
  /** Makes the row and its cells: the layout's by default, the report reader's lines for HTML. */
  private readonly make: BlockMaker<C, B>;
  private readonly locate: Locate;
  private readonly marked: boolean;
  /** Cells whose first position was emitted: every later position of theirs is a copy. */
  private readonly seen = new Set<GridCell>();
  /** Cells of rowspans still covering the next rows, by column. */
  private pending: (Pending | undefined)[] = [];
  /** The row being built (`undefined` where no cell is), and the one before it. */
  private row: (GridCell | undefined)[] = [];
  private previous: readonly (GridCell | undefined)[] = [];
  /** The cells placed in this row, each once, in order: what the row holds of its own. */
  private own: GridCell[] = [];
  private next = 0;
  private rowLoc: SourceLoc = {};
  private rowIndex = -1;

  /**
   * `reader` is for the HTML reader, which makes the report reader's lines directly, whose
   * locations all have a line and a column only, and whose cells are marked.
   */
  constructor(index: number, budget: GridBudget, reader?: GridReader<C, B>) {
    this.index = index;
    this.budget = budget;
    this.make = reader?.make ?? (LAYOUT_BLOCKS as unknown as BlockMaker<C, B>);
    this.locate = reader?.locate ?? placed;
    this.marked = reader?.marked ?? false;
  }

  /** Whether a cell's first position was emitted. */
  private emitted(cell: GridCell): boolean {
    return this.marked ? (cell as MarkedCell).emitted : this.seen.has(cell);
  }

  /** Starts the next row of the grid, located at `loc`. */
  startRow(loc: SourceLoc): void {
    this.rowIndex++;
    this.row = [];
    this.own = [];
    this.next = 0;
    this.rowLoc = loc;
  }

  /** The next position of the row that no cell covers yet. */
  private advance(): number {
    const { maxColumns } = this.budget.limits;
    while (this.next < maxColumns && (this.pending[this.next] || this.row[this.next])) this.next++;
    return this.next;
  }

  /**
   * Places `cell` at the next free position of the row, covering `colspan` columns and
   * `rowspan` rows (the rows below skip the positions it covers). Placing a cell that was placed
   * before (a DOCX cell continuing a merge) makes every position it covers here a copy.
   */
  place(cell: GridCell, colspan = 1, rowspan = 1): void {
    const { maxColumns } = this.budget.limits;
    const start = this.advance();
    if (start + colspan > maxColumns) this.budget.tooWide();
    if (start >= maxColumns) return;
    // A marked cell is placed once: new to the row and to the grid.
    if (this.marked || (!this.own.includes(cell) && !this.seen.has(cell))) this.own.push(cell);
    // Once the budget is spent, merged cells are read at their own position only.
    const spent = this.budget.overflow !== undefined;
    const width = spent ? 1 : Math.max(1, Math.min(colspan, maxColumns - start));
    const pending = spent || rowspan <= 1 ? undefined : { cell, remaining: rowspan - 1 };
    for (let k = 0; k < width; k++) {
      this.row[start + k] = cell;
      if (pending) this.pending[start + k] = { ...pending };
    }
    this.next = start + width;
  }

  /** Leaves `count` positions of the row without a cell (read as blanks). */
  skip(count: number): void {
    const { maxColumns } = this.budget.limits;
    const start = this.advance();
    if (start + count > maxColumns) this.budget.tooWide();
    this.next = Math.min(start + Math.max(0, count), maxColumns);
    // The skipped positions stay empty in `row`; its length makes them part of the row.
    this.row.length = Math.max(this.row.length, this.next);
  }

  /** The cell covering the next free position in the row above, if any (a vertical merge). */
  above(): GridCell | undefined {
    return this.previous[this.advance()];
  }

  /** The cell just before the next free position of this row, if any (a horizontal merge). */
  left(): GridCell | undefined {
    const at = this.advance();
    return at > 0 ? this.row[at - 1] : undefined;
  }

  /**
   * Ends the row and returns it as a layout row (`undefined` for a row without cells): every
   * position up to the last one covered, a copy marked `spanned`, a position no cell covers
   * blank. Every position beyond the row's own cells is taken from the budget; once it is spent,
   * merged cells are no longer expanded and the row holds its own cells only.
   */
  endRow(): B | undefined {
    const width = Math.max(this.row.length, this.pending.length);
    if (!this.budget.take(width - this.own.length)) {
      this.pending = [];
      this.row = this.own;
    }
    const cells: C[] = [];
    const table = this.index;
    const row = this.rowIndex;
    const { make, locate } = this;
    for (let col = 0; col < this.row.length || col < this.pending.length; col++) {
      let cell = this.row[col];
      const above = this.pending[col];
      if (!cell && above) {
        cell = above.cell;
        this.row[col] = cell;
        if (--above.remaining <= 0) this.pending[col] = undefined;
      }
      if (!cell) {
        cells.push(make.cell('', locate(this.rowLoc, table, row, col), false));
        continue;
      }
      const loc = locate(cell.loc, table, row, col);
      if (this.emitted(cell)) {
        cells.push(make.cell(cell.text, loc, true));
      } else {
        if (this.marked) (cell as MarkedCell).emitted = true;
        else this.seen.add(cell);
        cells.push(make.cell(cell.text, loc, false));
      }
    }
    while (this.pending.length && this.pending[this.pending.length - 1] === undefined) this.pending.pop();
    this.previous = this.row;
    this.row = [];
    this.own = [];
    return cells.length ? make.row(cells, locate(this.rowLoc, table, row)) : undefined;
  }
}

/**
 * `loc` placed in a grid row (`table`, `row`), or at a position of it (`cell` too).
 * @internal
 */
export type Locate = (loc: SourceLoc, table: number, row: number, cell?: number) => SourceLoc;

/**
 * `loc` placed in a grid row, or at a position of it: `{ ...loc, table, row, cell }` copied key by
 * key, which V8 runs several times faster than the spread here (the spreads were most of the time
 * of reading an HTML page's tables).
 */
function placed(loc: SourceLoc, table: number, row: number, cell?: number): SourceLoc {
  const out: SourceLoc = {};
  for (const key in loc) out[key as keyof SourceLoc] = loc[key as keyof SourceLoc];
  out.table = table;
  out.row = row;
  if (cell !== undefined) out.cell = cell;
  return out;
}
