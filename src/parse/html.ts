/**
 * HTML to the common layout: running text becomes paragraphs at block boundaries, and every table
 * row becomes a row of its expanded grid (rowspan and colspan filled in, marked `spanned`), so
 * cells are read by their logical position whatever the markup's merging.
 *
 * @module
 */
import { Parser } from 'htmlparser2';
import type { LayoutBlock, LayoutCell, SourceLoc } from './layout.js';

/** Tags that end a paragraph (or, inside a cell, separate words). */
const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'header', 'footer', 'main', 'nav', 'aside', 'blockquote', 'pre', 'center', 'hr', 'title', 'caption', 'body', 'html',
  'form', 'figure', 'figcaption', 'address', 'fieldset', 'legend',
]);
/** Tags whose content is not text of the page. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'iframe', 'textarea', 'select']);

/** Official tables merge at most 10 columns and 22 rows; larger spans are clamped. */
const MAX_COLSPAN = 64;
const MAX_ROWSPAN = 256;
/** Widest grid kept; cells beyond it are dropped. */
const MAX_COLUMNS = 256;
/** Most merged-cell copies one document may produce; beyond it spans are no longer expanded. */
const MAX_SPANNED_CELLS = 500_000;

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
  const blocks: LayoutBlock[] = [];
  const tables: TableState[] = [];
  let tableCount = 0;
  let spannedBudget = MAX_SPANNED_CELLS;
  let skipDepth = 0;
  let paragraph: string[] = [];
  let paragraphLoc: SourceLoc | undefined;

  // Line and column of a source offset; offsets only grow, so this scans the input once.
  let scanned = 0;
  let line = 1;
  let lineStart = 0;
  const locAt = (offset: number): SourceLoc => {
    for (let nl = html.indexOf('\n', scanned); nl >= 0 && nl < offset; nl = html.indexOf('\n', nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    scanned = Math.max(scanned, offset);
    return { line, column: offset - lineStart + 1 };
  };

  const flushParagraph = (): void => {
    const text = clean(paragraph.join(''));
    if (text && paragraphLoc) blocks.push({ kind: 'paragraph', text, loc: paragraphLoc });
    paragraph = [];
    paragraphLoc = undefined;
  };

  const finishCell = (table: TableState): void => {
    const cell = table.cell;
    const row = table.row;
    table.cell = undefined;
    if (!cell || !row) return;
    while (row.next < MAX_COLUMNS && (table.pending[row.next] || row.cells[row.next])) row.next++;
    const start = row.next;
    if (start >= MAX_COLUMNS) return;
    const text = clean(cell.parts.join(' '));
    const expand = spannedBudget > 0;
    const width = expand ? Math.min(cell.colspan, MAX_COLUMNS - start) : 1;
    const height = expand ? cell.rowspan : 1;
    for (let k = 0; k < width; k++) {
      const col = start + k;
      const loc = { ...cell.loc, table: table.index, row: table.rowIndex, cell: col };
      row.cells[col] = k === 0 ? { text, loc } : { text, loc, spanned: true };
      if (height > 1) table.pending[col] = { text, remaining: height - 1, loc: cell.loc };
    }
    spannedBudget -= width * height - 1;
    row.next = start + width;
  };

  const finishRow = (table: TableState): void => {
    finishCell(table);
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
        cells.push({ text: above.text, loc: { ...above.loc, table: table.index, row: table.rowIndex, cell: col }, spanned: true });
      } else {
        cells.push({ text: '', loc: { ...row.loc, table: table.index, row: table.rowIndex, cell: col } });
      }
      if (above && !own) {
        above.remaining--;
        if (above.remaining <= 0) table.pending[col] = undefined;
      }
    }
    while (table.pending.length && table.pending[table.pending.length - 1] === undefined) table.pending.pop();
    if (cells.length) blocks.push({ kind: 'row', cells, loc: { ...row.loc, table: table.index, row: table.rowIndex } });
    table.rowIndex++;
  };

  const startRow = (table: TableState, offset: number): void => {
    finishRow(table);
    table.row = { cells: [], next: 0, loc: locAt(offset) };
  };

  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0 || SKIPPED_TAGS.has(name)) {
          skipDepth++;
          return;
        }
        const table = tables[tables.length - 1];
        if (name === 'table') {
          if (!table?.cell) flushParagraph();
          tables.push({ index: tableCount++, rowIndex: 0, pending: [], row: undefined, cell: undefined });
        } else if (name === 'tr' && table) {
          startRow(table, parser.startIndex);
        } else if ((name === 'td' || name === 'th') && table) {
          if (!table.row) startRow(table, parser.startIndex);
          finishCell(table);
          table.cell = { parts: [], colspan: span(attribs.colspan, MAX_COLSPAN), rowspan: span(attribs.rowspan, MAX_ROWSPAN), loc: locAt(parser.startIndex) };
        } else if (BLOCK_TAGS.has(name)) {
          if (table?.cell) table.cell.parts.push(' ');
          else flushParagraph();
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        const table = tables[tables.length - 1];
        if (table?.cell) {
          table.cell.parts.push(text);
        } else if (!table || !table.row) {
          paragraphLoc ??= locAt(parser.startIndex);
          paragraph.push(text);
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        const table = tables[tables.length - 1];
        if (name === 'table' && table) {
          finishRow(table);
          tables.pop();
        } else if (name === 'tr' && table) {
          finishRow(table);
        } else if ((name === 'td' || name === 'th') && table) {
          finishCell(table);
        } else if (BLOCK_TAGS.has(name) && !table?.cell) {
          flushParagraph();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.end(html);
  while (tables.length) finishRow(tables.pop() as TableState);
  flushParagraph();
  return blocks;
}
