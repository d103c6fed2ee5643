/**
 * The layout every document reader produces and the report reader consumes: a sequence of
 * paragraphs and table rows, each with where it came from. Text, HTML, DOCX and PDF differ only in
 * how they get to this; labels, sections and tables are read from it once.
 *
 * @module
 */

/**
 * Where something was read: whichever of these the medium has.
 *
 * @example
 * ```ts
 * const inText: SourceLoc = { line: 39, column: 19 };
 * const inHtml: SourceLoc = { line: 1, column: 9806, table: 1, row: 3, cell: 3 };
 * ```
 */
export interface SourceLoc {
  /** 1-based line in a text document (or in the HTML source). */
  line?: number;
  /** 1-based column (UTF-16 code units) in that line. */
  column?: number;
  /** 1-based page of a PDF. */
  page?: number;
  /** 0-based index of the table in the document (HTML, DOCX). */
  table?: number;
  /** 0-based row and column in that table's expanded grid (HTML, DOCX) or in the PDF row. */
  row?: number;
  cell?: number;
  /** PDF user-space position of the text item. */
  x?: number;
  y?: number;
}

/**
 * One cell of a table row, after merged cells are expanded to the grid.
 *
 * @example
 * ```ts
 * // the second row's copy of a cell with rowspan="2"
 * const cell: LayoutCell = { text: '行政复议', loc: { line: 1, column: 25, table: 0, row: 1, cell: 0 }, spanned: true };
 * ```
 */
export interface LayoutCell {
  text: string;
  loc: SourceLoc;
  /**
   * True when this grid position is covered by a merged cell that started in an earlier row or
   * column (its text is repeated here only for label reading, never as a value).
   */
  spanned?: boolean;
}

/**
 * A paragraph of running text, or one row of a table.
 *
 * @example
 * ```ts
 * htmlLayout('<p>一、总体情况</p><table><tr><td>行政复议</td><td>1</td></tr></table>');
 * // [
 * //   { kind: 'paragraph', text: '一、总体情况', loc: { line: 1, column: 4 } },
 * //   { kind: 'row', loc: { line: 1, column: 21, table: 0, row: 0 }, cells: [
 * //     { text: '行政复议', loc: { line: 1, column: 25, table: 0, row: 0, cell: 0 } },
 * //     { text: '1', loc: { line: 1, column: 38, table: 0, row: 0, cell: 1 } },
 * //   ] },
 * // ]
 * ```
 */
export type LayoutBlock =
  | { kind: 'paragraph'; text: string; loc: SourceLoc }
  | { kind: 'row'; cells: LayoutCell[]; loc: SourceLoc };
