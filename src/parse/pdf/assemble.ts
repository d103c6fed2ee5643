/**
 * From positioned text and ruling lines to the shared layout: paragraphs and table rows in
 * reading order, with tables continued across page breaks joined into one.
 *
 * @module
 */
import type { LayoutBlock, SourceLoc } from '../layout.js';
import { GridBudget, TableGrid } from '../table-grid.js';
import {
  CELL_GAP,
  cellText,
  groupLines,
  type PdfPageContent,
  type TextLine,
  type TextPiece,
  topOf,
} from './geometry.js';
import { pageFurniture, type PagedLine } from './furniture.js';
import { findGridTables, type GridTable } from './lattice.js';
import { PdfReadFailure } from './pdfjs.js';

/** A cell of a table being assembled; the same object appears at every grid position it covers. */
interface Region {
  text: string;
  loc: SourceLoc;
  /**
   * Whether the cell's last line of text runs to the cell's right side, as a label does when the
   * page cut it (its rest is on the next page). A label that ends short of the side is complete.
   */
  cut: boolean;
  /** An empty place at the table's right edge with no rule drawn: no cell at all (see lattice.ts). */
  missing?: boolean;
}

/** A table being assembled, possibly from pieces on several pages. */
interface Table {
  xs: number[];
  rows: Region[][];
  loc: SourceLoc[];
}

type Element =
  | { kind: 'table'; top: number; table: Table }
  | { kind: 'line'; top: number; line: TextLine; page: number; centre: number };

/** Frames of two table pieces closer than this (points) belong to one table. */
const FRAME_TOLERANCE = 6;
/** Column boundaries of two table pieces closer than this (points) are the same boundary. */
const SAME_BOUNDARY = 2;
/** Room (font sizes) a full line of wrapped text may leave: less than one more character. */
const FULL_LINE_SLACK = 1.5;
/** A cell's inner margin (points): Word's and WPS's default is 0.19 cm, 5.4 pt. */
const CELL_PADDING = 6;
/** A caption marking the continuation of a table on a new page: `续表`, `表三（续）`. */
const CONTINUED = /^(续表|续上表)|[（(]续[)）]$/;

/** A label that starts a new item: `（四）`, `四、`, `4.`, `4、`, `(4)`. */
const ITEM_START =
  /^(（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|[一二三四五六七八九十]+、|[0-9]+[.、．]|[（(][0-9]+[)）])/;
/** A cell holding a value: digits with separators, a decimal point or a sign. */
const NUMERIC = /^[+\-−－]?[0-9０-９][0-9０-９,，.．]*$/;

const isNumeric = (text: string): boolean => NUMERIC.test(text.replace(/\s+/g, ''));

function pieceLoc(page: number, pieces: readonly TextPiece[], fallbackX: number, fallbackY: number): SourceLoc {
  const first = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)[0];
  return { page, x: round(first?.x ?? fallbackX), y: round(first?.y ?? fallbackY) };
}

const round = (v: number): number => Math.round(v * 10) / 10;

function fromGrid(grid: GridTable, page: number): Table {
  const regions = new Map<object, Region>();
  const rows = grid.cells.map((row) =>
    row.map((g) => {
      let region = regions.get(g);
      if (!region) {
        const text = cellText(g.pieces);
        const cut = runsToSide(g.pieces, grid.xs[g.col + g.cols] as number);
        const loc = pieceLoc(page, g.pieces, grid.xs[g.col] as number, grid.ys[g.row] as number);
        regions.set(g, (region = { text, cut, loc, ...(g.open && text === '' && { missing: true }) }));
      }
      return region;
    }),
  );
  return { xs: [...grid.xs], rows, loc: grid.ys.slice(0, -1).map((y) => ({ page, y: round(y) })) };
}

/**
 * Whether the last line of a cell's text ends within one character and the cell's padding of the
 * cell's right side `right`: wrapped text fills every line but the last it ends on.
 */
function runsToSide(pieces: readonly TextPiece[], right: number): boolean {
  const lines = groupLines(pieces);
  const last = lines[lines.length - 1];
  return last !== undefined && last.right >= right - (last.size * FULL_LINE_SLACK + CELL_PADDING);
}

/**
 * Reads a table drawn without rules from its lines: a line with wide gaps is a row whose cells
 * are the runs of text between the gaps.
 */
function streamRow(line: TextLine, page: number): Region[] | null {
  const cells: TextPiece[][] = [];
  let right = Number.NEGATIVE_INFINITY;
  for (const piece of line.pieces) {
    if (cells.length === 0 || piece.x - right > CELL_GAP * piece.size) cells.push([]);
    (cells[cells.length - 1] as TextPiece[]).push(piece);
    right = Math.max(right, piece.x + piece.width);
  }
  if (cells.length < 2) return null;
  return cells.map((pieces) => ({ text: cellText(pieces), cut: false, loc: pieceLoc(page, pieces, line.x, line.y) }));
}

/** Regrids a table on finer column boundaries: a cell covering several new columns spans them. */
function regrid(table: Table, xs: readonly number[]): Region[][] {
  return table.rows.map((row) =>
    xs.slice(0, -1).map((x, k) => {
      const mid = (x + (xs[k + 1] as number)) / 2;
      let c = 0;
      while (c < row.length - 1 && mid > (table.xs[c + 1] as number)) c++;
      return row[c] as Region;
    }),
  );
}

function unionBounds(a: readonly number[], b: readonly number[]): number[] {
  const all = [...a, ...b].sort((x, y) => x - y);
  const out: number[] = [];
  for (const v of all) if (out.length === 0 || v - (out[out.length - 1] as number) > SAME_BOUNDARY) out.push(v);
  return out;
}

/** Whether `next` (first on its page) continues `prev` (last on the previous page). */
function continues(prev: Table, next: Table): boolean {
  const l = Math.abs((prev.xs[0] as number) - (next.xs[0] as number));
  const r = Math.abs((prev.xs[prev.xs.length - 1] as number) - (next.xs[next.xs.length - 1] as number));
  return l <= FRAME_TOLERANCE && r <= FRAME_TOLERANCE;
}

const rowsSpanned = (rows: readonly Region[][], region: Region, col: number): number =>
  rows.filter((r) => r[col] === region).length;

function replaceRegion(rows: Region[][], from: Region, to: Region): void {
  for (const row of rows) {
    for (let c = 0; c < row.length; c++) if (row[c] === from) row[c] = to;
  }
}

/**
 * Joins the piece of a table on the next page to the piece before it. A row broken by the page
 * ({@link isBrokenRow}) becomes one row; a merged label cell running over the break (`（四）无` +
 * `法提供`) becomes one cell.
 */
function join(prev: Table, next: Table): void {
  const xs = unionBounds(prev.xs, next.xs);
  const a = regrid(prev, xs);
  // The header rows printed again at the top of the page are not new rows.
  const repeated = repeatedHeader(a, regrid(next, xs));
  const b = regrid(next, xs).slice(repeated);
  const nextLoc = next.loc.slice(repeated);
  prev.xs = xs;
  if (b.length === 0) {
    prev.rows = a;
    return;
  }
  const last = a[a.length - 1] as Region[];
  const first = b[0] as Region[];
  const brokenRow = isBrokenRow(a, b);
  for (let c = 0; c < xs.length - 1; c++) {
    const up = last[c] as Region;
    const down = first[c] as Region;
    if (up === down || isNumeric(up.text) || isNumeric(down.text)) continue;
    // A blank cell of one row is a blank, not the rest of a merged cell above: only a blank cell
    // that itself spans rows, or the blank half of a broken row, continues the cell above it.
    if (down.text === '' && !brokenRow && rowsSpanned(b, down, c) <= 1) continue;
    const sameWidth = last.filter((g) => g === up).length === first.filter((g) => g === down).length;
    const group = rowsSpanned(a, up, c) > 1 || rowsSpanned(b, down, c) > 1;
    if (!sameWidth || ITEM_START.test(down.text) || !(brokenRow || group)) continue;
    up.text += down.text;
    up.cut = down.cut;
    replaceRegion(b, down, up);
  }
  if (brokenRow) {
    first.forEach((g, c) => {
      const up = last[c] as Region;
      if (g === up || !isNumeric(g.text)) return;
      // Values printed on the second half of the broken row move up into it; the rest of a
      // number wrapped in its cell and cut by the page joins its beginning.
      up.text += g.text;
      if (up.text === g.text) up.loc = g.loc;
      replaceRegion(b, g, up);
    });
  }
  const dropFirst =
    brokenRow && first.every((g, c) => g === last[c] || (g.text === '' && !b.slice(1).some((r) => r.includes(g))));
  prev.rows = [...a, ...(dropFirst ? b.slice(1) : b)];
  prev.loc = [...prev.loc, ...(dropFirst ? nextLoc.slice(1) : nextLoc)];
}

/**
 * Whether the first row of `b` (the top of a page) is the rest of the last row of `a`, a row the
 * page broke. Each piece of it continues what is above it: a value sits under a blank or under a
 * number the page cut (a number wrapped in its cell: `9999` + `8`), never under a label (a data row
 * below a header row is a new row); a label sits under a blank or under a label the page cut
 * (`5.要求行政机关确认或重新出` + `具已获取信息`), never under a complete one (`行政处罚` at the
 * foot of a page and `行政强制` at the top of the next are two rows), and starts no new item.
 * A piece of a merged cell running over the break belongs to no row, so it does not count.
 */
function isBrokenRow(a: readonly Region[][], b: readonly Region[][]): boolean {
  const last = a[a.length - 1] as Region[];
  const first = b[0] as Region[];
  const under = (g: Region, ok: (up: Region) => boolean): boolean =>
    first.every((h, c) => h !== g || ok(last[c] as Region));
  const continuesGroup = (g: Region): boolean =>
    first.some((h, c) => h === g && (rowsSpanned(a, last[c] as Region, c) > 1 || rowsSpanned(b, g, c) > 1));
  const own = first.filter((g, c) => first.indexOf(g) === c && g.text !== '');
  const pieces = own.filter((g) => isNumeric(g.text) || !continuesGroup(g));
  return (
    pieces.length > 0 &&
    own.every((g) => isNumeric(g.text) || !ITEM_START.test(g.text)) &&
    pieces.every((g) =>
      isNumeric(g.text)
        ? under(g, (up) => up.text === '' || (up.cut && isNumeric(up.text)))
        : under(g, (up) => up.text === '' || (up.cut && !isNumeric(up.text))),
    )
  );
}

/** How many leading rows of `b` repeat the leading rows of `a` (a header repeated on each page). */
function repeatedHeader(a: readonly Region[][], b: readonly Region[][]): number {
  let k = 0;
  const same = (x: readonly Region[], y: readonly Region[]): boolean =>
    x.length === y.length && x.some((g) => g.text !== '') && x.every((g, c) => g.text === (y[c] as Region).text);
  while (k < b.length - 1 && k < a.length && same(a[k] as Region[], b[k] as Region[])) k++;
  return k;
}

/**
 * Whether a line continues the paragraph whose last line is `prev`: the same font size, the next
 * line (or the top of the next page), and either `prev` runs to the right margin (running text
 * wrapped) or both lines are centred on the page (a title wrapped over two lines).
 */
function continuesParagraph(
  prev: TextLine,
  line: TextLine,
  textRight: number,
  pageCentre: number,
  newPage: boolean,
): boolean {
  const gap = prev.y - line.y;
  const centred = (l: TextLine): boolean => Math.abs((l.x + l.right) / 2 - pageCentre) < l.size;
  return (
    !prev.gapped &&
    !line.gapped &&
    Math.abs(prev.size - line.size) < 1 &&
    (newPage ? prev.right >= textRight - prev.size * 1.5 : gap > 0 && gap < prev.size * 2.2) &&
    (prev.right >= textRight - prev.size * 1.5 || (!newPage && centred(prev) && centred(line))) &&
    !ITEM_START.test(line.text)
  );
}

/**
 * Turns the pages of a PDF into layout blocks: paragraphs, and the rows of tables read from their
 * ruling lines (or, for tables drawn without rules, from the gaps in their lines). Page numbers
 * and running headers are left out; a table continued on the next page is one table.
 *
 * Throws {@link PdfReadFailure} (`timeout`) when `deadline` (a `Date.now()` time) passes, and
 * (`too-large`) when the tables' grids pass their bounds.
 *
 * @example
 * ```ts
 * const blocks = assembleLayout(await readPdfPages(bytes));
 * ```
 */
export function assembleLayout(pages: readonly PdfPageContent[], deadline = Number.POSITIVE_INFINITY): LayoutBlock[] {
  const perPage: Element[][] = [];
  const allLines: PagedLine[] = [];
  const inTime = (): void => {
    if (Date.now() > deadline) throw new PdfReadFailure('timeout', 'time limit reached while rebuilding the tables');
  };
  for (const p of pages) {
    inTime();
    const { tables, rest } = findGridTables(p.segments, p.pieces);
    const elements: Element[] = tables.map((grid) => ({
      kind: 'table',
      top: grid.ys[0] as number,
      table: fromGrid(grid, p.page),
    }));
    for (const line of groupLines(rest)) {
      elements.push({ kind: 'line', top: topOf(line.pieces[0] as TextPiece), line, page: p.page, centre: p.width / 2 });
      allLines.push({ line, page: p.page, pageHeight: p.height });
    }
    perPage.push(elements);
  }
  const furniture = pageFurniture(allLines);
  const sequence: Element[] = [];
  for (const elements of perPage) {
    inTime();
    const kept = elements.filter((e) => e.kind === 'table' || !furniture.has(e.line)).sort((a, b) => b.top - a.top);
    // A 续表 caption above the continued half of a table is not a paragraph between two tables.
    const caption = kept[0];
    if (caption?.kind === 'line' && kept[1]?.kind === 'table' && CONTINUED.test(caption.line.text.replace(/\s+/g, '')))
      kept.shift();
    const firstHere = kept[0];
    const before = sequence[sequence.length - 1];
    if (firstHere?.kind === 'table' && before?.kind === 'table' && continues(before.table, firstHere.table)) {
      join(before.table, firstHere.table);
      kept.shift();
    }
    sequence.push(...kept);
  }
  inTime();
  const budget = new GridBudget();
  const blocks = toBlocks(sequence, budget);
  if (budget.overflow !== undefined) throw new PdfReadFailure('too-large', budget.overflow);
  return blocks;
}

function toBlocks(sequence: readonly Element[], budget: GridBudget): LayoutBlock[] {
  const blocks: LayoutBlock[] = [];
  let tableIndex = 0;
  const textRight = new Map<number, number>();
  for (const e of sequence) {
    if (e.kind === 'line') textRight.set(e.page, Math.max(textRight.get(e.page) ?? 0, e.line.right));
  }
  // A paragraph's lines are kept apart and joined once, when it ends: joining them one by one
  // copies the paragraph again for every line.
  let paragraph: OpenParagraph | null = null;
  const flush = (): void => {
    if (paragraph) blocks.push({ kind: 'paragraph', text: paragraph.parts.join(''), loc: paragraph.loc });
    paragraph = null;
  };
  for (const e of sequence) {
    if (e.kind === 'table') {
      flush();
      pushTable(blocks, e.table, new TableGrid(tableIndex++, budget));
      continue;
    }
    const stream = streamRow(e.line, e.page);
    if (stream?.some((g) => isNumeric(g.text))) {
      flush();
      blocks.push({
        kind: 'row',
        cells: stream.map((g, cell) => ({ text: g.text, loc: { ...g.loc, cell } })),
        loc: { page: e.page, x: round(e.line.x), y: round(e.line.y) },
      });
      continue;
    }
    const p: OpenParagraph | null = paragraph;
    if (p && continuesParagraph(p.last, e.line, textRight.get(p.page) ?? 0, e.centre, p.page !== e.page)) {
      if (wordsMeet(p.last.text, e.line.text)) p.parts.push(' ');
      p.parts.push(e.line.text);
      p.last = e.line;
      p.page = e.page;
      continue;
    }
    flush();
    paragraph = {
      parts: [e.line.text],
      loc: { page: e.page, x: round(e.line.x), y: round(e.line.y) },
      last: e.line,
      page: e.page,
    };
  }
  flush();
  return blocks;
}

/** A paragraph being read: its lines so far, where it starts, its last line and that line's page. */
interface OpenParagraph {
  parts: string[];
  loc: SourceLoc;
  last: TextLine;
  page: number;
}

const ASCII_WORD = /[A-Za-z0-9]/;

/** Whether a line ending in `before` and the next starting with `after` meet inside Latin words or numbers (they are joined with a space). */
function wordsMeet(before: string, after: string): boolean {
  return ASCII_WORD.test(before.charAt(before.length - 1)) && ASCII_WORD.test(after.charAt(0));
}

function pushTable(blocks: LayoutBlock[], table: Table, grid: TableGrid): void {
  table.rows.forEach((row, r) => {
    grid.startRow(table.loc[r] ?? {});
    // A row ends where its drawn cells end: a place with no cell drawn is not a blank cell.
    let end = row.length;
    while (end > 0 && row[end - 1]?.missing) end--;
    for (const region of row.slice(0, end)) grid.place(region);
    const block = grid.endRow();
    if (block) blocks.push(block);
  });
}
