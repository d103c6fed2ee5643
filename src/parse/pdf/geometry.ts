/**
 * What the PDF reader takes from a page: positioned pieces of text and the straight ruling lines
 * that were drawn. Everything after pdf.js works on these plain values, so the geometry rules can
 * be tested on synthetic pages.
 *
 * Coordinates are PDF user space: x grows to the right, y grows upwards, units are points.
 *
 * @module
 */

/**
 * A run of text without whitespace, with its baseline position and font size.
 *
 * @example
 * ```ts
 * const piece: TextPiece = { text: '行政处罚', x: 78.8, y: 704.8, width: 39.9, size: 10 };
 * ```
 */
export interface TextPiece {
  text: string;
  /** Left edge and baseline. */
  x: number;
  y: number;
  /** Advance width. */
  width: number;
  /** Font size (the height of the em square). */
  size: number;
}

/**
 * A horizontal (`y1 === y2`) or vertical (`x1 === x2`) ruling line.
 *
 * @example
 * ```ts
 * const rule: Segment = { x1: 73.2, y1: 467.9, x2: 519.6, y2: 467.9 }; // horizontal
 * ```
 */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * One page as the reader sees it.
 *
 * @example
 * ```ts
 * const page: PdfPageContent = { page: 1, width: 595, height: 842, pieces: [], segments: [] };
 * ```
 */
export interface PdfPageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  pieces: TextPiece[];
  segments: Segment[];
  /** Present when the page is damaged: what of its text may be missing or wrong. */
  damage?: PageDamage;
  /** The number of the page's object in the file (to find which pages damaged data belongs to). */
  ref?: number;
  /** Where the ruling lines were read: the page's content stream, or pdf.js's operator list. */
  lines?: 'content' | 'operators';
}

/**
 * How a page is damaged. `font`: a font could not be read, and pdf.js drops the text set in it
 * without an error, so text is missing but what was read is as printed. `content`: the page's
 * content is damaged and could only be read past the damage, so text may be missing or garbage.
 * `data`: compressed data the page uses (its content, a font, a font's Unicode map) fails its
 * checksum, so what was read there may differ from what was written.
 *
 * @example
 * ```ts
 * const damage: PageDamage = 'font';
 * ```
 */
export type PageDamage = 'font' | 'content' | 'data';

/**
 * The horizontal centre of a piece.
 *
 * @example
 * ```ts
 * centreX({ text: '13', x: 100, y: 500, width: 10, size: 10 }); // 105
 * ```
 */
export const centreX = (p: TextPiece): number => p.x + p.width / 2;
/**
 * A point inside the glyphs of a piece, a little above the baseline.
 *
 * @example
 * ```ts
 * centreY({ text: '13', x: 100, y: 500, width: 10, size: 10 }); // 503.5
 * ```
 */
export const centreY = (p: TextPiece): number => p.y + p.size * 0.35;
/**
 * The top of a piece's em square.
 *
 * @example
 * ```ts
 * topOf({ text: '13', x: 100, y: 500, width: 10, size: 10 }); // 508.5
 * ```
 */
export const topOf = (p: TextPiece): number => p.y + p.size * 0.85;

const CJK = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F\u201C\u201D]/;

/**
 * Joins two pieces of one line. Chinese text is set without spaces, so a gap between CJK
 * characters is layout (letter-spacing, justification), not a word break; between Latin letters
 * or digits a visible gap is kept as one space.
 *
 * @example
 * ```ts
 * joinText('商业', '企业', 3, 7.5); // '商业企业'
 * joinText('hazwgkc@163.com', 'x', 4, 10); // 'hazwgkc@163.com x'
 * ```
 */
export function joinText(left: string, right: string, gap: number, size: number): string {
  if (left === '') return right;
  const a = left.charAt(left.length - 1);
  const b = right.charAt(0);
  if (CJK.test(a) || CJK.test(b)) return left + right;
  return gap > size * 0.2 ? `${left} ${right}` : left + right;
}

/**
 * Pieces whose baselines are within a tolerance of each other, ordered left to right.
 *
 * @example
 * ```ts
 * const [line] = groupLines(pieces); line?.text;
 * ```
 */
export interface TextLine {
  pieces: TextPiece[];
  /** Baseline of the first piece. */
  y: number;
  x: number;
  right: number;
  size: number;
  /** The pieces joined; runs separated by a gap wider than {@link CELL_GAP} font sizes get a space. */
  text: string;
  /** Whether some gap in the line is wider than {@link CELL_GAP} font sizes (a row of a table). */
  gapped: boolean;
}

/**
 * Clusters pieces into lines: a piece joins the line whose baseline is within 40% of the larger
 * font size (numbers are often set in a different size a point or two lower than labels).
 * Lines are returned top to bottom, pieces left to right.
 *
 * @example
 * ```ts
 * groupLines(pieces).map((l) => l.text); // ['行政处罚 3985758', …]
 * ```
 */
export function groupLines(pieces: readonly TextPiece[]): TextLine[] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let base = Number.NaN;
  let baseSize = 0;
  for (const piece of sorted) {
    if (current.length > 0 && Math.abs(base - piece.y) <= Math.max(baseSize, piece.size) * 0.4) {
      current.push(piece);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [piece];
    base = piece.y;
    baseSize = piece.size;
  }
  if (current.length > 0) lines.push(current);
  return lines.map(makeLine);
}

function makeLine(pieces: TextPiece[]): TextLine {
  pieces.sort((a, b) => a.x - b.x);
  let text = '';
  let right = Number.NEGATIVE_INFINITY;
  let size = 0;
  let gapped = false;
  for (const piece of pieces) {
    const gap = piece.x - right;
    const wide = text !== '' && gap > CELL_GAP * piece.size;
    gapped ||= wide;
    text = wide ? `${text} ${piece.text}` : joinText(text, piece.text, gap, piece.size);
    right = Math.max(right, piece.x + piece.width);
    size = Math.max(size, piece.size);
  }
  const first = pieces[0] as TextPiece;
  return { pieces, y: first.y, x: first.x, right, size, text, gapped };
}

/**
 * The text of a table cell: its lines top to bottom joined without a separator, because a label
 * wrapped inside a cell (or set one character per line in a narrow merged cell) is one label.
 * Inside a cell, wide gaps are justification (a label spread over the cell's width), not breaks.
 *
 * @example
 * ```ts
 * cellText(piecesOf('三', '、', '本', '年', '度', '办', '理', '结', '果')); // '三、本年度办理结果'
 * ```
 */
export function cellText(pieces: readonly TextPiece[]): string {
  let text = '';
  for (const line of groupLines(pieces)) {
    let part = '';
    let right = Number.NEGATIVE_INFINITY;
    for (const piece of line.pieces) {
      part = joinText(part, piece.text, piece.x - right, piece.size);
      right = piece.x + piece.width;
    }
    // A number wrapped in a narrow cell is one number, as a label wrapped is one label.
    text += part;
  }
  return text;
}

/**
 * A gap between pieces of one line wider than this many font sizes separates table cells.
 *
 * @example
 * ```ts
 * const wide = gap > CELL_GAP * size;
 * ```
 */
export const CELL_GAP = 1.5;

/**
 * Whether a page's text may hold a table: a line split into three or more runs by wide gaps, or
 * two lines split into two. Running text (justified, with numbers set in another font) has no
 * such gaps, so for a page of prose the drawn lines need not be read at all, which is where most
 * of pdf.js's time goes (it compiles the outline of every glyph shown when it lists operators).
 *
 * @example
 * ```ts
 * const ops = mayHoldTable(pieces) ? await page.getOperatorList() : undefined;
 * ```
 */
export function mayHoldTable(pieces: readonly TextPiece[]): boolean {
  let split = 0;
  for (const line of groupLines(pieces)) {
    let gaps = 0;
    for (let i = 1; i < line.pieces.length; i++) {
      const a = line.pieces[i - 1] as TextPiece;
      const b = line.pieces[i] as TextPiece;
      if (b.x - (a.x + a.width) > CELL_GAP * Math.max(a.size, b.size)) gaps++;
    }
    if (gaps >= 2) return true;
    if (gaps === 1 && ++split >= 2) return true;
  }
  return false;
}
