/**
 * HTML to the common layout: running text becomes paragraphs at block boundaries, and every table
 * row becomes a row of its expanded grid (rowspan and colspan filled in, marked `spanned`), so
 * cells are read by their logical position whatever the markup's merging.
 *
 * Built on a tokenizer rather than htmlparser2's parser: the parser keeps a stack of open
 * elements that it searches and shifts on every tag, which is quadratic on deeply nested markup.
 * Only tables need structure here, and their stack is kept below. The tokens come from the quick
 * tokenizer of `html-quick.ts` where it reads the whole page, else from htmlparser2's
 * (`html-tokens.ts`); both give the same.
 *
 * @module
 */
import { quickTokenize } from './html-quick.js';
import { BLOCK, CELL, ROW, SKIPPED, TABLE, type Tag, type TokenHandler, tokenize } from './html-tokens.js';
import type { LayoutBlock, SourceLoc } from './layout.js';
import { type BlockMaker, LAYOUT_BLOCKS, type Line, LineList, type Lines, READER_LINES } from './lines.js';
import { SourcePositions } from './source-position.js';
import { GridBudget, type GridReader, type Locate, TableGrid } from './table-grid.js';
import { isSpace } from './whitespace.js';

/** Official tables merge at most 10 columns and 22 rows; larger spans are clamped. */
const MAX_COLSPAN = 64;
const MAX_ROWSPAN = 256;
/** Tables nested deeper than this are read as the text of the cell that holds them. */
const MAX_TABLE_DEPTH = 16;

interface OpenCell {
  /** The cell's text so far (joined as it comes: a cell has a few pieces). */
  text: string;
  colspan: number;
  rowspan: number;
  loc: SourceLoc;
  /** Whether the grid emitted the cell's first position (a cell of the page is placed once). */
  emitted: boolean;
}

interface TableState<C, B> {
  grid: TableGrid<C, B>;
  inRow: boolean;
  cell: OpenCell | undefined;
}

const WHITESPACE_RUN = /\s+/g;
const INNER_SPACE = /\s/g;
/** Texts up to this long are searched for whitespace with a loop rather than a regular expression. */
const SHORT_TEXT = 32;

/**
 * Runs of whitespace as one space, trimmed. Most texts have whitespace at their ends only (a
 * cell's `<p>` and `&nbsp;`), or none: those are cut without a regular expression.
 */
function clean(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  // Whitespace inside: the runs are collapsed by the regular expression. A cell's few characters
  // are looked at in a loop; a paragraph's many by the regular expression's own scan.
  if (end - start <= SHORT_TEXT) {
    for (let i = start; i < end; i++) if (isSpace(text.charCodeAt(i))) return text.replace(WHITESPACE_RUN, ' ').trim();
  } else {
    INNER_SPACE.lastIndex = start;
    if (INNER_SPACE.test(text) && INNER_SPACE.lastIndex <= end) return text.replace(WHITESPACE_RUN, ' ').trim();
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function span(value: string | undefined, max: number): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/**
 * Separates the words of a cell at a block tag (`<p>`, `<br>`) inside it. Nothing is added to an
 * empty cell: leading whitespace is trimmed anyway, and the cell's text stays a plain slice.
 */
function separate(cell: OpenCell): void {
  if (cell.text !== '') cell.text += ' ';
}

/**
 * Builds the layout from the tokens: running text into paragraphs at block boundaries, each
 * table's cells onto its grid, tables nested too deep and raw-text elements left out.
 */
class LayoutBuilder<C, B> implements TokenHandler {
  readonly blocks: B[] = [];
  private readonly tables: TableState<C, B>[] = [];
  private tableCount = 0;
  // One budget for every table of the page: a few bytes of markup cannot fill memory.
  private readonly budget = new GridBudget();
  private paragraph = '';
  private paragraphLoc: SourceLoc | undefined;
  private skipping: string | undefined;
  private ignoredTables = 0;

  private readonly gridReader: GridReader<C, B>;

  constructor(
    private readonly positions: SourcePositions,
    make: BlockMaker<C, B>,
  ) {
    this.gridReader = { make, locate: atLineColumn, marked: true };
  }

  /** The innermost open table (the last of {@link tables}), kept as tables open and close. */
  private table: TableState<C, B> | undefined;

  openTag(tag: Tag, attribs: Readonly<Record<string, string>>, offset: number): void {
    if (this.skipping) return;
    const kind = tag.kind;
    if (kind === SKIPPED) {
      this.skipping = tag.name;
      return;
    }
    const table = this.table;
    if (this.ignoredTables > 0 || (kind === TABLE && this.tables.length >= MAX_TABLE_DEPTH)) {
      if (kind === TABLE) this.ignoredTables++;
      if (table?.cell) separate(table.cell);
    } else if (kind === TABLE) {
      if (!table?.cell) this.flushParagraph();
      const grid = new TableGrid(this.tableCount++, this.budget, this.gridReader);
      this.table = { grid, inRow: false, cell: undefined };
      this.tables.push(this.table);
    } else if (kind === ROW && table) {
      this.startRow(table, offset);
    } else if (kind === CELL && table) {
      if (!table.inRow) this.startRow(table, offset);
      this.finishCell(table);
      table.cell = {
        text: '',
        colspan: span(attribs.colspan, MAX_COLSPAN),
        rowspan: span(attribs.rowspan, MAX_ROWSPAN),
        loc: this.positions.at(offset),
        emitted: false,
      };
    } else if (kind === BLOCK) {
      if (table?.cell) separate(table.cell);
      else this.flushParagraph();
    }
  }

  closeTag(tag: Tag): void {
    if (this.skipping) {
      if (tag.name === this.skipping) this.skipping = undefined;
      return;
    }
    const kind = tag.kind;
    const table = this.table;
    if (this.ignoredTables > 0) {
      if (kind === TABLE) this.ignoredTables--;
    } else if (kind === TABLE && table) {
      this.finishRow(table);
      this.tables.pop();
      this.table = this.tables[this.tables.length - 1];
    } else if (kind === ROW && table) {
      this.finishRow(table);
    } else if (kind === CELL && table) {
      this.finishCell(table);
    } else if (kind === BLOCK && !table?.cell) {
      this.flushParagraph();
    }
  }

  text(text: string, offset: number): void {
    if (this.skipping) return;
    const table = this.table;
    if (table?.cell) {
      table.cell.text += text;
    } else if (!table?.inRow) {
      this.paragraphLoc ??= this.positions.at(offset);
      this.paragraph += text;
    }
  }

  /** The blocks, once the whole source has been read. */
  finish(): B[] {
    while (this.tables.length) this.finishRow(this.tables.pop() as TableState<C, B>);
    this.table = undefined;
    this.flushParagraph();
    return this.blocks;
  }

  private flushParagraph(): void {
    const text = clean(this.paragraph);
    if (text && this.paragraphLoc) this.blocks.push(this.gridReader.make.paragraph(text, this.paragraphLoc));
    this.paragraph = '';
    this.paragraphLoc = undefined;
  }

  private startRow(table: TableState<C, B>, offset: number): void {
    this.finishRow(table);
    table.inRow = true;
    table.grid.startRow(this.positions.at(offset));
  }

  private finishCell(table: TableState<C, B>): void {
    const cell = table.cell;
    table.cell = undefined;
    if (cell && table.inRow) {
      // The open cell itself is placed (a grid cell is its text and place): no second object.
      cell.text = clean(cell.text);
      table.grid.place(cell, cell.colspan, cell.rowspan);
    }
  }

  private finishRow(table: TableState<C, B>): void {
    this.finishCell(table);
    if (!table.inRow) return;
    table.inRow = false;
    const row = table.grid.endRow();
    if (row) this.blocks.push(row);
  }
}

/**
 * The layout of an HTML document (or fragment): paragraphs and expanded table rows, each with its
 * line and column in the source, and for rows the table, grid row and grid column.
 *
 * @example
 * ```ts
 * htmlLayout('<p>二、主动公开政府信息情况</p><table><tr><td colspan="2">行政处罚</td><td>13</td></tr></table>');
 * // [{ kind: 'paragraph', text: '二、主动公开政府信息情况', … },
 * //  { kind: 'row', cells: [{ text: '行政处罚', … }, { text: '行政处罚', spanned: true, … }, { text: '13', … }], … }]
 * ```
 */
export function htmlLayout(html: string): LayoutBlock[] {
  return htmlBlocks(html, LAYOUT_BLOCKS);
}

/**
 * The lines of an HTML document for the report reader, made directly (no layout in between).
 * @internal
 */
export function htmlLines(html: string): Lines {
  return new LineList(htmlBlocks(html, READER_LINES) as Line[]);
}

/**
 * The layout of an HTML source read by htmlparser2's tokenizer alone, for tests comparing it with
 * the quick tokenizer's.
 * @internal
 *
 * @example
 * ```ts
 * htmlLayoutByTokenizer('<p>总体情况</p>'); // the same blocks as htmlLayout('<p>总体情况</p>')
 * ```
 */
export function htmlLayoutByTokenizer(html: string): LayoutBlock[] {
  return htmlBlocks(html, LAYOUT_BLOCKS, false);
}

/**
 * The blocks of a source: tokenized by {@link quickTokenize} when it reads the whole source, else
 * (or when `quick` is false) by htmlparser2's tokenizer into a new builder.
 */
function htmlBlocks<C, B>(html: string, make: BlockMaker<C, B>, quick = true): B[] {
  if (quick) {
    const builder = new LayoutBuilder(new SourcePositions(html), make);
    if (quickTokenize(html, builder)) return builder.finish();
  }
  const builder = new LayoutBuilder(new SourcePositions(html), make);
  tokenize(html, builder);
  return builder.finish();
}

/**
 * A location of the HTML source (a line and a column, as {@link SourcePositions} gives them)
 * placed in a grid row, or at a position of it: the same keys in the same order as the grid's
 * general copy, written as one literal.
 */
const atLineColumn: Locate = (loc, table, row, cell) =>
  cell === undefined
    ? { line: loc.line, column: loc.column, table, row }
    : { line: loc.line, column: loc.column, table, row, cell };
