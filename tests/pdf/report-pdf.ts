/**
 * Renders a Report as a PDF the way a word processor prints the official layout: ruled tables
 * with merged label cells (三、本年度办理结果 set one character per line in a narrow column), labels
 * and numbers wrapped to their cells, tables broken across pages with merged cells split at the
 * break (and, optionally, rows of several lines split between their lines), and page numbers at
 * the foot of every page. For testing the PDF reader on many realistic files.
 */
import { type BlockDef, type CellRef, getFormat } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import { printAsIs, printRow, type ValuePrinter } from '../support/table-edits.js';
import { type CjkEncoding, minimalPdf, type Mark, type PageSpec } from './minimal-pdf.js';

const TOP = 780;
const BOTTOM = 70;
const LEFT = 70;
const SIZE = 7.5;
const LEADING = SIZE * 1.5;

/** A cell to draw: its columns, its rows (`rows` > 1 for merged label cells) and its text. */
interface Cell {
  col: number;
  cols?: number;
  rows?: number;
  text: string;
  /** Set one character per line (a narrow merged column). */
  vertical?: boolean;
}

/** Wraps text to a width, one em per character (the font is not embedded: every glyph is 1 em). */
function wrap(text: string, width: number): string[] {
  const per = Math.max(1, Math.floor((width - 4) / SIZE));
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += per) lines.push(text.slice(i, i + per));
  return lines.length ? lines : [''];
}

class Pages {
  readonly pages: PageSpec[] = [];
  y = TOP;
  constructor() {
    this.newPage();
  }
  get marks(): Mark[] {
    return (this.pages[this.pages.length - 1] as PageSpec).marks;
  }
  newPage(): void {
    this.pages.push({ marks: [{ cjk: `- ${this.pages.length + 1} -`, x: 280, y: 40, size: 10 }] });
    this.y = TOP;
  }
  ensure(height: number): boolean {
    if (this.y - height >= BOTTOM) return false;
    this.newPage();
    return true;
  }
  paragraph(text: string, size = 10, centred = false): void {
    for (const line of wrap(text, 450 * (SIZE / size))) {
      this.ensure(size * 2);
      this.marks.push({ cjk: line, x: centred ? 297 - (line.length * size) / 2 : LEFT, y: this.y - size, size });
      this.y -= size * 2;
    }
  }

  /**
   * Draws a ruled table. Row heights come from the wrapped text of single-row cells; merged cells
   * (rows > 1) span the rows below them and are split where the page breaks. With `breakRows`
   * (Word's "allow row to break across pages", on by default there), a row of several lines that
   * does not fit is split between its lines: the lines that fit end the page, the rest start the
   * next.
   */
  table(widths: number[], rows: Cell[][], breakRows: boolean): void {
    const xs = [LEFT];
    for (const w of widths) xs.push((xs[xs.length - 1] as number) + w);
    const cellWidth = (c: Cell) => (xs[c.col + (c.cols ?? 1)] as number) - (xs[c.col] as number);
    const lineCount = (row: Cell[]) =>
      Math.max(...row.filter((c) => (c.rows ?? 1) === 1).map((c) => wrap(c.text, cellWidth(c)).length), 1);
    // Merged cells still open, with the characters or lines of text not yet drawn.
    const open = new Map<number, { cell: Cell; left: number; text: string[]; top: number }>();
    /** Draws the piece of an open merged cell down to `bottom`: its sides and the text that fits. */
    const drawPiece = (col: number, bottom: number, last: boolean) => {
      const o = open.get(col);
      if (!o) return;
      const x = xs[col] as number;
      const w = cellWidth(o.cell);
      this.marks.push({ line: [x, o.top, x, bottom] }, { line: [x + w, o.top, x + w, bottom] });
      const room = Math.max(1, Math.floor((o.top - bottom - 6) / LEADING));
      const shown = last ? o.text.splice(0) : o.text.splice(0, room);
      shown.forEach((t, i) => {
        this.marks.push({ cjk: t, x: x + 2, y: o.top - 3 - SIZE - i * LEADING, size: SIZE });
      });
      if (last) {
        this.marks.push({ line: [x, bottom, x + w, bottom] });
        open.delete(col);
      }
    };
    /** Ends the page under the table drawn so far; the open merged cells continue on the next. */
    const pageBreak = () => {
      for (const col of [...open.keys()]) drawPiece(col, this.y, false);
      this.marks.push({ line: [xs[0] as number, this.y, xs[xs.length - 1] as number, this.y] });
      this.newPage();
      for (const o of open.values()) o.top = this.y;
      this.marks.push({ line: [xs[0] as number, this.y, xs[xs.length - 1] as number, this.y] });
    };
    /** Draws lines `from` to `to` of a row's single-row cells, with their borders, as one band. */
    const band = (row: Cell[], from: number, to: number) => {
      const y0 = this.y;
      const h = (to - from) * LEADING + 6;
      for (const c of row) {
        if ((c.rows ?? 1) > 1) continue;
        const x = xs[c.col] as number;
        const w = cellWidth(c);
        this.marks.push(
          { line: [x, y0, x + w, y0] },
          { line: [x, y0 - h, x + w, y0 - h] },
          { line: [x, y0, x, y0 - h] },
          { line: [x + w, y0, x + w, y0 - h] },
        );
        wrap(c.text, w)
          .slice(from, to)
          .forEach((t, i) => {
            this.marks.push({ cjk: t, x: x + 2, y: y0 - 3 - SIZE - i * LEADING, size: SIZE });
          });
      }
      this.y -= h;
    };
    for (const row of rows) {
      const lines = lineCount(row);
      // How many of the row's lines fit on this page.
      const fit = Math.floor((this.y - BOTTOM - 6) / LEADING);
      const split = breakRows && fit >= 1 && fit < lines;
      if (!split && fit < lines) pageBreak();
      for (const c of row) {
        if ((c.rows ?? 1) > 1)
          open.set(c.col, {
            cell: c,
            left: c.rows ?? 1,
            text: c.vertical ? [...c.text] : wrap(c.text, cellWidth(c)),
            top: this.y,
          });
      }
      if (split) {
        band(row, 0, fit);
        pageBreak();
        band(row, fit, lines);
      } else {
        band(row, 0, lines);
      }
      for (const [col, o] of [...open]) if (--o.left <= 0) drawPiece(col, this.y, true);
    }
    this.y -= 20;
  }
}

/**
 * The cells of a row of values printed through `printer`, the first at column `col` of the grid
 * (see {@link printRow}); `null` when the row is left out.
 */
function valueCells(
  report: Report,
  refs: readonly CellRef[],
  printer: ValuePrinter,
  col: number,
  widths?: readonly number[],
): Cell[] | null {
  const printed = printRow(report, refs, printer, widths);
  if (!printed) return null;
  let next = col;
  return printed.map(({ text, cols }) => {
    const cell = { col: next, cols, text };
    next += cols;
    return cell;
  });
}

/**
 * A PDF of a report in the official layout. `preambleLines` lines of running text before table 2
 * move the page breaks to other rows; `breakRows` lets a row of several lines break across pages;
 * `printer` prints each row of values (as they are by default, or edited); `cjk` how Chinese is
 * encoded (see {@link CjkEncoding}).
 *
 * @example
 * ```ts
 * const bytes = reportPdf(cleanReport('2021'), { preambleLines: 10, breakRows: true });
 * ```
 */
export function reportPdf(
  report: Report,
  options: { preambleLines?: number; breakRows?: boolean; printer?: ValuePrinter; cjk?: CjkEncoding } = {},
): Uint8Array {
  const breakRows = options.breakRows ?? false;
  const printer = options.printer ?? printAsIs;
  const format = getFormat(report.format);
  const out = new Pages();
  out.paragraph(`${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`, 16, true);
  const section = (i: number) => {
    const def = format.sections[i];
    const s = (report.sections as Record<string, { heading: string; text: string } | undefined>)[def?.key ?? ''];
    out.paragraph(s?.heading ?? def?.heading ?? '', 12);
    for (const line of (s?.text ?? '').split('\n')) if (line.trim()) out.paragraph(line);
  };
  section(0);
  // Extra lines of running text move the page breaks to other rows of the tables.
  for (let i = 0; i < (options.preambleLines ?? 0); i++)
    out.paragraph(
      '本机关坚持以公开为常态、不公开为例外，持续推进政务公开标准化规范化建设，不断提升政务公开质量和实效，取得了积极成效。',
    );
  section(1);
  const t2rows: Cell[][] = [];
  for (const block of format.tables[0].blocks) {
    const spans = block.columns.map((_, i) => (i === block.columns.length - 1 ? 3 - block.columns.length + 1 : 1));
    const cols = (i: number) => 1 + spans.slice(0, i).reduce((a, b) => a + b, 0);
    t2rows.push([{ col: 0, cols: 4, text: block.caption ?? '' }]);
    t2rows.push([
      { col: 0, text: '信息内容' },
      ...block.columns.map((c, i) => ({ col: cols(i), cols: spans[i], text: c.label })),
    ]);
    for (const row of block.rows) {
      const refs = block.columns.map((c) => ({ table: '2' as const, row: row.key, column: c.key }));
      const values = valueCells(report, refs, printer, cols(0), spans);
      if (values) t2rows.push([{ col: 0, text: row.label }, ...values]);
    }
  }
  out.table([120, 110, 110, 117], t2rows, breakRows);
  section(2);
  const t3 = format.tables[1].blocks[0] as BlockDef;
  const t3rows: Cell[][] = [
    [
      { col: 0, cols: 3, text: '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）' },
      ...t3.columns.map((c, i) => ({ col: 3 + i, text: c.label })),
    ],
  ];
  // The rows printed (a row left out ends no merged label early: spans count printed rows).
  const printed = t3.rows.flatMap((row) => {
    const refs = t3.columns.map((c) => ({ table: '3' as const, row: row.key, column: c.key }));
    const values = valueCells(report, refs, printer, 3);
    return values ? [{ row, values }] : [];
  });
  printed.forEach(({ row, values }, i) => {
    const parents = row.parents ?? [];
    const cells: Cell[] = [];
    parents.forEach((parent, depth) => {
      if (printed[i - 1]?.row.parents?.[depth] === parent) return;
      const span = printed.slice(i).findIndex((next) => next.row.parents?.[depth] !== parent);
      cells.push({ col: depth, rows: span < 0 ? printed.length - i : span, text: parent, vertical: depth === 0 });
    });
    cells.push({ col: parents.length, cols: 3 - parents.length, text: row.label });
    cells.push(...values);
    t3rows.push(cells);
  });
  out.table([20, 45, 110, 40, 40, 40, 40, 40, 40, 40], t3rows, breakRows);
  section(3);
  const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
  const keys = ['upheld', 'corrected', 'other', 'pending', 'total'];
  const t4refs = ['review', 'litigationDirect', 'litigationAfterReview'].flatMap((g) =>
    keys.map((k) => ({ table: '4' as const, row: g, column: k })),
  );
  const t4values = valueCells(report, t4refs, printer, 0);
  out.table(
    Array.from({ length: 15 }, () => 30),
    [
      [
        { col: 0, cols: 5, text: '行政复议' },
        { col: 5, cols: 10, text: '行政诉讼' },
      ],
      [
        ...outcomes.map((o, i) => ({ col: i, rows: 2, text: o })),
        { col: 5, cols: 5, text: '未经复议直接起诉' },
        { col: 10, cols: 5, text: '复议后起诉' },
      ],
      [...[...outcomes, ...outcomes].map((o, i) => ({ col: 5 + i, text: o }))],
      ...(t4values ? [t4values] : []),
    ],
    breakRows,
  );
  for (let i = 4; i < format.sections.length; i++) section(i);
  return minimalPdf(out.pages, { cjk: options.cjk });
}
