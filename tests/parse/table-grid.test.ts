/**
 * The grid builder every table reader shares: merged cells cover the positions they span and
 * come out as copies marked `spanned`, and a document cannot make the grid unbounded.
 */
import { describe, expect, it } from 'vitest';
import type { LayoutBlock } from '../../src/parse/layout.js';
import { GridBudget, type GridCell, TableGrid } from '../../src/parse/table-grid.js';

const cell = (text: string): GridCell => ({ text, loc: { line: 1, column: text.length } });
/** A row as text: copies marked `^`. */
const shown = (block: LayoutBlock | undefined): string =>
  block?.kind === 'row' ? block.cells.map((c) => `${c.spanned ? '^' : ''}${c.text}`).join('|') : String(block);

describe('TableGrid', () => {
  it('covers the columns and rows a cell spans, and places the next cells after them', () => {
    const grid = new TableGrid(3, new GridBudget());
    grid.startRow({ line: 1 });
    grid.place(cell('三'), 1, 3);
    grid.place(cell('（一）'), 2);
    grid.place(cell('1'));
    expect(shown(grid.endRow())).toBe('三|（一）|^（一）|1');
    grid.startRow({ line: 2 });
    grid.place(cell('x'));
    grid.place(cell('2'));
    const second = grid.endRow();
    expect(shown(second)).toBe('^三|x|2');
    expect(second?.kind === 'row' && second.cells[0]?.loc).toEqual({ line: 1, column: 1, table: 3, row: 1, cell: 0 });
    grid.startRow({ line: 3 });
    expect(shown(grid.endRow())).toBe('^三');
    grid.startRow({ line: 4 });
    expect(grid.endRow()).toBeUndefined();
  });

  it('continues a merge from the cell above or to the left, and leaves skipped positions blank', () => {
    const grid = new TableGrid(0, new GridBudget());
    const label = cell('行政复议');
    grid.startRow({ line: 1 });
    grid.skip(1);
    grid.place(label);
    grid.place(cell('5'));
    expect(shown(grid.endRow())).toBe('|行政复议|5');
    grid.startRow({ line: 2 });
    grid.skip(1);
    expect(grid.above()).toBe(label);
    grid.place(grid.above() as GridCell);
    const six = cell('6');
    grid.place(six);
    expect(grid.left()).toBe(six);
    grid.place(grid.left() as GridCell);
    expect(shown(grid.endRow())).toBe('|^行政复议|6|^6');
  });

  it('keeps a row to the widest grid allowed and says so', () => {
    const budget = new GridBudget({ maxColumns: 4, maxCopies: 100 });
    const grid = new TableGrid(0, budget);
    grid.startRow({});
    grid.place(cell('a'), 3);
    grid.place(cell('b'), 3);
    grid.place(cell('c'));
    expect(shown(grid.endRow())).toBe('a|^a|^a|b');
    expect(budget.overflow).toMatch(/wider than 4 columns/);
  });

  it('stops expanding merged cells once the document has filled its budget of copies, and says so', () => {
    const budget = new GridBudget({ maxColumns: 256, maxCopies: 10 });
    const grid = new TableGrid(0, budget);
    for (let r = 0; r < 5; r++) {
      grid.startRow({});
      grid.place(cell(`L${r}`), 4);
      grid.place(cell(`${r}`));
      grid.endRow();
    }
    expect(budget.overflow).toMatch(/more than 10 grid positions/);
    grid.startRow({});
    grid.place(cell('last'), 200, 200);
    grid.place(cell('9'));
    // Past the budget every cell stands at its own position only.
    expect(shown(grid.endRow())).toBe('last|9');
  });

  it('charges every position beyond the row’s own cells, blanks included', () => {
    const budget = new GridBudget({ maxColumns: 256, maxCopies: 1000 });
    const grid = new TableGrid(0, budget);
    for (let r = 0; r < 20 && budget.overflow === undefined; r++) {
      grid.startRow({});
      grid.skip(200);
      grid.place(cell('x'));
      grid.endRow();
    }
    expect(budget.overflow).toBeDefined();
  });
});
