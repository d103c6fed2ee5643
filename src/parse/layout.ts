/**
 * The layout every document reader produces and the report reader consumes: a sequence of
 * paragraphs and table rows, each with where it came from. Text, HTML, DOCX and PDF differ only in
 * how they get to this; labels, sections and tables are read from it once.
 *
 * @module
 */

/** Where something was read: whichever of these the medium has. */
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

/** One cell of a table row, after merged cells are expanded to the grid. */
export interface LayoutCell {
  text: string;
  loc: SourceLoc;
  /**
   * True when this grid position is covered by a merged cell that started in an earlier row or
   * column (its text is repeated here only for label reading, never as a value).
   */
  spanned?: boolean;
}

/** A paragraph of running text, or one row of a table. */
export type LayoutBlock =
  | { kind: 'paragraph'; text: string; loc: SourceLoc }
  | { kind: 'row'; cells: LayoutCell[]; loc: SourceLoc };
