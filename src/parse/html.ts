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
import type { LayoutBlock, SourceLoc } from './layout.js';
import { GridBudget, TableGrid } from './table-grid.js';

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
/** Tables nested deeper than this are read as the text of the cell that holds them. */
const MAX_TABLE_DEPTH = 16;

interface OpenCell {
  parts: string[];
  colspan: number;
  rowspan: number;
  loc: SourceLoc;
}

interface TableState {
  grid: TableGrid;
  inRow: boolean;
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
 * //  { kind: 'row', cells: [{ text: '行政处罚', … }, { text: '行政处罚', spanned: true, … }, { text: '13', … }], … }]
 * ```
 */
export function htmlLayout(html: string): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  const tables: TableState[] = [];
  let tableCount = 0;
  // One budget for every table of the page: a few bytes of markup cannot fill memory.
  const budget = new GridBudget();
  let paragraph: string[] = [];
  let paragraphLoc: SourceLoc | undefined;

  // Line and column of a source offset; offsets only grow, so this scans the input once.
  let line = 1;
  let lineStart = 0;
  let nextBreak = html.indexOf('\n');
  const locAt = (offset: number): SourceLoc => {
    while (nextBreak >= 0 && nextBreak < offset) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = html.indexOf('\n', lineStart);
    }
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
    table.cell = undefined;
    if (cell && table.inRow)
      table.grid.place({ text: clean(cell.parts.join('')), loc: cell.loc }, cell.colspan, cell.rowspan);
  };

  const finishRow = (table: TableState): void => {
    finishCell(table);
    if (!table.inRow) return;
    table.inRow = false;
    const row = table.grid.endRow();
    if (row) blocks.push(row);
  };

  const startRow = (table: TableState, offset: number): void => {
    finishRow(table);
    table.inRow = true;
    table.grid.startRow(locAt(offset));
  };

  let skipping: string | undefined;
  let ignoredTables = 0;
  const openTag = (name: string, attribs: Readonly<Record<string, string>>, offset: number): void => {
    if (skipping) return;
    if (SKIPPED_TAGS.has(name)) {
      skipping = name;
      return;
    }
    const table = tables[tables.length - 1];
    if (ignoredTables > 0 || (name === 'table' && tables.length >= MAX_TABLE_DEPTH)) {
      if (name === 'table') ignoredTables++;
      if (table?.cell) table.cell.parts.push(' ');
    } else if (name === 'table') {
      if (!table?.cell) flushParagraph();
      tables.push({ grid: new TableGrid(tableCount++, budget), inRow: false, cell: undefined });
    } else if (name === 'tr' && table) {
      startRow(table, offset);
    } else if ((name === 'td' || name === 'th') && table) {
      if (!table.inRow) startRow(table, offset);
      finishCell(table);
      table.cell = {
        parts: [],
        colspan: span(attribs.colspan, MAX_COLSPAN),
        rowspan: span(attribs.rowspan, MAX_ROWSPAN),
        loc: locAt(offset),
      };
    } else if (BLOCK_TAGS.has(name)) {
      if (table?.cell) table.cell.parts.push(' ');
      else flushParagraph();
    }
  };
  const closeTag = (name: string): void => {
    if (skipping) {
      if (name === skipping) skipping = undefined;
      return;
    }
    const table = tables[tables.length - 1];
    if (ignoredTables > 0) {
      if (name === 'table') ignoredTables--;
    } else if (name === 'table' && table) {
      finishRow(table);
      tables.pop();
    } else if (name === 'tr' && table) {
      finishRow(table);
    } else if ((name === 'td' || name === 'th') && table) {
      finishCell(table);
    } else if (BLOCK_TAGS.has(name) && !table?.cell) {
      flushParagraph();
    }
  };
  const addText = (text: string, offset: number): void => {
    if (skipping) return;
    const table = tables[tables.length - 1];
    if (table?.cell) {
      table.cell.parts.push(text);
    } else if (!table?.inRow) {
      paragraphLoc ??= locAt(offset);
      paragraph.push(text);
    }
  };

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
        openTag(tagName, attribs, tagStart);
      },
      onselfclosingtag() {
        openTag(tagName, attribs, tagStart);
        closeTag(tagName);
      },
      onclosetag(start, end) {
        closeTag(html.slice(start, end).toLowerCase());
      },
      ontext(start, end) {
        addText(html.slice(start, end), start);
      },
      ontextentity(codepoint, end) {
        addText(String.fromCodePoint(codepoint), end);
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
  while (tables.length) finishRow(tables.pop() as TableState);
  flushParagraph();
  return blocks;
}
