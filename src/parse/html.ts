/**
 * HTML to the common layout: running text becomes paragraphs at block boundaries, and every table
 * row becomes a row of its expanded grid (rowspan and colspan filled in, marked `spanned`), so
 * cells are read by their logical position whatever the markup's merging.
 *
 * Built on htmlparser2's tokenizer rather than its parser: the parser keeps a stack of open
 * elements that it searches and shifts on every tag, which is quadratic on deeply nested markup.
 * Only tables need structure here, and their stack is kept below.
 *
 * @module
 */
import { Tokenizer } from 'htmlparser2';
import type { LayoutBlock, LayoutCell, SourceLoc } from './layout.js';
import { SourcePositions } from './source-position.js';

/** Tags that end a paragraph (or, inside a cell, separate words). */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'nav',
  'aside',
  'blockquote',
  'pre',
  'center',
  'hr',
  'title',
  'caption',
  'body',
  'html',
  'form',
  'figure',
  'figcaption',
  'address',
  'fieldset',
  'legend',
]);
/** Raw-text elements whose content is not text of the page (the tokenizer does not nest them). */
const SKIPPED_TAGS = new Set(['script', 'style', 'textarea']);

/** Official tables merge at most 10 columns and 22 rows; larger spans are clamped. */
const MAX_COLSPAN = 64;
const MAX_ROWSPAN = 256;
/** Widest grid kept; cells beyond it are dropped. */
const MAX_COLUMNS = 256;
/** Tables nested deeper than this are read as the text of the cell that holds them. */
const MAX_TABLE_DEPTH = 16;
/** Most merged-cell copies one document may produce; beyond it spans are no longer expanded. */
const MAX_SPANNED_CELLS = 100_000;

interface OpenCell {
  parts: string[];
  colspan: number;
  rowspan: number;
  loc: SourceLoc;
}

interface PendingSpan {
  text: string;
  remaining: number;
  loc: SourceLoc;
}

interface TableState {
  index: number;
  rowIndex: number;
  /** Rowspans still covering the next rows, by column. */
  pending: (PendingSpan | undefined)[];
  row: { cells: (LayoutCell | undefined)[]; next: number; loc: SourceLoc } | undefined;
  cell: OpenCell | undefined;
}

const WHITESPACE_RUN = /\s+/g;
const clean = (text: string): string => text.replace(WHITESPACE_RUN, ' ').trim();

function span(value: string | undefined, max: number): number {
  const n = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** What the tokenizer reports, with offsets into the source. */
interface TokenHandler {
  openTag(name: string, attribs: Readonly<Record<string, string>>, offset: number): void;
  closeTag(name: string): void;
  text(text: string, offset: number): void;
}

/**
 * Runs htmlparser2's tokenizer over the source and reports tags (with only the two attributes
 * that matter, colspan and rowspan) and text, entities decoded.
 */
function tokenize(html: string, handler: TokenHandler): void {
  // The tag being read: its name, start offset, and the two attributes that matter.
  let tagName = '';
  let tagStart = 0;
  let attribName = '';
  let attribValue = '';
  let attribs: Record<string, string> = {};
  const tokenizer = new Tokenizer(
    { decodeEntities: true },
    {
      onopentagname(start, end) {
        tagName = html.slice(start, end).toLowerCase();
        tagStart = start - 1;
        attribs = {};
      },
      onattribname(start, end) {
        // Only colspan and rowspan matter (both 7 letters): other attributes are not even sliced.
        attribName = end - start === 7 ? html.slice(start, end).toLowerCase() : '';
        attribValue = '';
      },
      onattribdata(start, end) {
        if (attribName && attribValue.length < 16) attribValue += html.slice(start, Math.min(end, start + 16));
      },
      onattribentity(codepoint) {
        if (attribName && attribValue.length < 16) attribValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (attribName === 'colspan' || attribName === 'rowspan') attribs[attribName] = attribValue;
      },
      onopentagend() {
        handler.openTag(tagName, attribs, tagStart);
      },
      onselfclosingtag() {
        handler.openTag(tagName, attribs, tagStart);
        handler.closeTag(tagName);
      },
      onclosetag(start, end) {
        handler.closeTag(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        handler.text(html.slice(start, end), start);
      },
      ontextentity(codepoint, end) {
        handler.text(String.fromCodePoint(codepoint), end);
      },
      oncdata() {},
      oncomment() {},
      ondeclaration() {},
      onprocessinginstruction() {},
      onend() {},
    },
  );
  tokenizer.write(html);
  tokenizer.end();
}

/**
 * The tables of a page as expanded grids: each row's cells placed at their logical columns, with
 * rowspans and colspans filled in as `spanned` copies, within the document's budget of copies.
 */
class TableGrids {
  readonly stack: TableState[] = [];
  private count = 0;
  private spannedBudget = MAX_SPANNED_CELLS;

  constructor(private readonly emit: (block: LayoutBlock) => void) {}

  open(): void {
    this.stack.push({ index: this.count++, rowIndex: 0, pending: [], row: undefined, cell: undefined });
  }

  close(): void {
    const table = this.stack.pop();
    if (table) this.finishRow(table);
  }

  startRow(table: TableState, loc: SourceLoc): void {
    this.finishRow(table);
    table.row = { cells: [], next: 0, loc };
  }

  startCell(table: TableState, attribs: Readonly<Record<string, string>>, loc: SourceLoc): void {
    if (!table.row) this.startRow(table, loc);
    this.finishCell(table);
    table.cell = {
      parts: [],
      colspan: span(attribs.colspan, MAX_COLSPAN),
      rowspan: span(attribs.rowspan, MAX_ROWSPAN),
      loc,
    };
  }

  finishCell(table: TableState): void {
    const cell = table.cell;
    const row = table.row;
    table.cell = undefined;
    if (!cell || !row) return;
    while (row.next < MAX_COLUMNS && (table.pending[row.next] || row.cells[row.next])) row.next++;
    const start = row.next;
    if (start >= MAX_COLUMNS) return;
    const text = clean(cell.parts.join(''));
    const expand = this.spannedBudget > 0;
    const width = expand ? Math.min(cell.colspan, MAX_COLUMNS - start) : 1;
    const height = expand ? cell.rowspan : 1;
    for (let k = 0; k < width; k++) {
      const col = start + k;
      const loc = { line: cell.loc.line, column: cell.loc.column, table: table.index, row: table.rowIndex, cell: col };
      row.cells[col] = k === 0 ? { text, loc } : { text, loc, spanned: true };
      if (height > 1) table.pending[col] = { text, remaining: height - 1, loc: cell.loc };
    }
    this.spannedBudget -= width - 1;
    row.next = start + width;
  }

  finishRow(table: TableState): void {
    this.finishCell(table);
    const row = table.row;
    table.row = undefined;
    if (!row) return;
    const width = Math.max(row.cells.length, table.pending.length);
    const cells: LayoutCell[] = [];
    for (let col = 0; col < width; col++) {
      const own = row.cells[col];
      const above = table.pending[col];
      if (own) {
        cells.push(own);
      } else if (above) {
        cells.push({
          text: above.text,
          loc: { line: above.loc.line, column: above.loc.column, table: table.index, row: table.rowIndex, cell: col },
          spanned: true,
        });
        this.spannedBudget--;
      } else {
        cells.push({
          text: '',
          loc: { line: row.loc.line, column: row.loc.column, table: table.index, row: table.rowIndex, cell: col },
        });
      }
      if (above && !own) {
        above.remaining--;
        if (above.remaining <= 0) table.pending[col] = undefined;
      }
    }
    // Out of budget: merged cells stop covering later rows (they are read as ordinary blanks).
    if (this.spannedBudget <= 0) table.pending = [];
    while (table.pending.length && table.pending[table.pending.length - 1] === undefined) table.pending.pop();
    if (cells.length) this.emit({ kind: 'row', cells, loc: { ...row.loc, table: table.index, row: table.rowIndex } });
    table.rowIndex++;
  }
}

/**
 * Builds the layout from the tokens: running text into paragraphs at block boundaries, table
 * markup into the grids, tables nested too deep and raw-text elements left out.
 */
class LayoutBuilder implements TokenHandler {
  readonly blocks: LayoutBlock[] = [];
  private readonly grids = new TableGrids((block) => this.blocks.push(block));
  private paragraph: string[] = [];
  private paragraphLoc: SourceLoc | undefined;
  private skipping: string | undefined;
  private ignoredTables = 0;

  constructor(private readonly positions: SourcePositions) {}

  private get table(): TableState | undefined {
    return this.grids.stack[this.grids.stack.length - 1];
  }

  openTag(name: string, attribs: Readonly<Record<string, string>>, offset: number): void {
    if (this.skipping) return;
    if (SKIPPED_TAGS.has(name)) {
      this.skipping = name;
      return;
    }
    const table = this.table;
    if (this.ignoredTables > 0 || (name === 'table' && this.grids.stack.length >= MAX_TABLE_DEPTH)) {
      if (name === 'table') this.ignoredTables++;
      if (table?.cell) table.cell.parts.push(' ');
    } else if (name === 'table') {
      if (!table?.cell) this.flushParagraph();
      this.grids.open();
    } else if (name === 'tr' && table) {
      this.grids.startRow(table, this.positions.at(offset));
    } else if ((name === 'td' || name === 'th') && table) {
      this.grids.startCell(table, attribs, this.positions.at(offset));
    } else if (BLOCK_TAGS.has(name)) {
      if (table?.cell) table.cell.parts.push(' ');
      else this.flushParagraph();
    }
  }

  closeTag(name: string): void {
    if (this.skipping) {
      if (name === this.skipping) this.skipping = undefined;
      return;
    }
    const table = this.table;
    if (this.ignoredTables > 0) {
      if (name === 'table') this.ignoredTables--;
    } else if (name === 'table' && table) {
      this.grids.close();
    } else if (name === 'tr' && table) {
      this.grids.finishRow(table);
    } else if ((name === 'td' || name === 'th') && table) {
      this.grids.finishCell(table);
    } else if (BLOCK_TAGS.has(name) && !table?.cell) {
      this.flushParagraph();
    }
  }

  text(text: string, offset: number): void {
    if (this.skipping) return;
    const table = this.table;
    if (table?.cell) {
      table.cell.parts.push(text);
    } else if (!table?.row) {
      this.paragraphLoc ??= this.positions.at(offset);
      this.paragraph.push(text);
    }
  }

  finish(): LayoutBlock[] {
    while (this.grids.stack.length) this.grids.close();
    this.flushParagraph();
    return this.blocks;
  }

  private flushParagraph(): void {
    const text = clean(this.paragraph.join(''));
    if (text && this.paragraphLoc) this.blocks.push({ kind: 'paragraph', text, loc: this.paragraphLoc });
    this.paragraph = [];
    this.paragraphLoc = undefined;
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
 * //  { kind: 'row', cells: [{ text: '行政处罚' }, { text: '行政处罚', spanned: true }, { text: '13' }], … }]
 * ```
 */
export function htmlLayout(html: string): LayoutBlock[] {
  const builder = new LayoutBuilder(new SourcePositions(html));
  tokenize(html, builder);
  return builder.finish();
}
