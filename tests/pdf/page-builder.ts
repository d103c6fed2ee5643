/**
 * Builds the page content the PDF reader's geometry works on (text pieces and ruling lines), as a
 * word processor lays out a ruled table: for testing the geometric rules without pdf.js.
 */
import type { PdfPageContent, Segment, TextPiece } from '../../src/parse/pdf/geometry.js';

/** A piece of text at a baseline position. */
export const text = (str: string, x: number, y: number, size = 7.5): TextPiece => ({
  text: str,
  x,
  y,
  width: str.length * size * (/^[\x20-\x7e]+$/.test(str) ? 0.5 : 1),
  size,
});

/** A cell of a ruled table: grid position, spans, and lines of text (top to bottom). */
export interface CellSpec {
  row: number;
  col: number;
  rows?: number;
  cols?: number;
  lines: string[];
  /** Which of the cell's lines the text sits on when it has fewer lines than the cell is tall. */
  size?: number;
}

/**
 * A ruled table: column boundaries `xs`, row boundaries `ys` (top to bottom, descending), cells
 * with their text; every border is drawn except inside merged cells. Returns its segments and
 * pieces (text set top-left in each cell, one line per 1.6 font sizes).
 */
export function ruledTable(
  xs: number[],
  ys: number[],
  cells: CellSpec[],
): { segments: Segment[]; pieces: TextPiece[] } {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const owner: number[][] = Array.from({ length: rows }, () => Array.from({ length: cols }, () => -1));
  cells.forEach((c, i) => {
    for (let r = c.row; r < c.row + (c.rows ?? 1); r++)
      for (let k = c.col; k < c.col + (c.cols ?? 1); k++) (owner[r] as number[])[k] = i;
  });
  const segments: Segment[] = [];
  // Horizontal borders, cell by cell, skipped inside merged cells.
  for (let r = 0; r <= rows; r++) {
    for (let k = 0; k < cols; k++) {
      const above = r > 0 ? owner[r - 1]?.[k] : -2;
      const below = r < rows ? owner[r]?.[k] : -3;
      if (above !== below || above === -1)
        segments.push({ x1: xs[k] as number, y1: ys[r] as number, x2: xs[k + 1] as number, y2: ys[r] as number });
    }
  }
  for (let k = 0; k <= cols; k++) {
    for (let r = 0; r < rows; r++) {
      const left = k > 0 ? owner[r]?.[k - 1] : -2;
      const right = k < cols ? owner[r]?.[k] : -3;
      if (left !== right || left === -1)
        segments.push({ x1: xs[k] as number, y1: ys[r] as number, x2: xs[k] as number, y2: ys[r + 1] as number });
    }
  }
  const pieces: TextPiece[] = [];
  for (const c of cells) {
    const size = c.size ?? 7.5;
    const top = ys[c.row] as number;
    const bottom = ys[c.row + (c.rows ?? 1)] as number;
    const width = (xs[c.col + (c.cols ?? 1)] as number) - (xs[c.col] as number) - 4;
    const lines = c.lines.flatMap((l) => wrap(l, width, size));
    const height = lines.length * size * 1.6;
    let y = (top + bottom) / 2 + height / 2 - size;
    for (const line of lines) {
      // Words separated by spaces are separate pieces, as pdf.js gives `商 业 企`.
      let x = (xs[c.col] as number) + 2;
      for (const word of line.split(' ')) {
        const piece = text(word, x, y, size);
        pieces.push(piece);
        x += piece.width + size * 0.3;
      }
      y -= size * 1.6;
    }
  }
  return { segments, pieces };
}

/** Wraps a line of text to a cell's width, as a word processor does (Chinese at any character). */
function wrap(line: string, width: number, size: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const ch of line) {
    if (current !== '' && text(current + ch, 0, 0, size).width > width) {
      out.push(current);
      current = '';
    }
    current += ch;
  }
  return [...out, current];
}

/** A page of the given content (A4 by default). */
export function page(n: number, content: { segments?: Segment[]; pieces?: TextPiece[] }[]): PdfPageContent {
  return {
    page: n,
    width: 595,
    height: 842,
    segments: content.flatMap((c) => c.segments ?? []),
    pieces: content.flatMap((c) => c.pieces ?? []),
  };
}
