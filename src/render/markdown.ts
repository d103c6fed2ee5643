/**
 * The report as Markdown (GitHub-flavoured pipe tables). Pipe tables cannot merge cells, so the
 * official layout is written out on its grid:
 * - a row's labels fill the label columns from the right: its own label in the last one, the
 *   labels of its groups before it, repeated on every row they group
 *   (`| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | 2 | … |`), unused label columns empty
 *   (`|  |  | 一、本年新收政府信息公开申请数量 | 3001 | … |`);
 * - a merged header (a block caption, the stub head, a column group) is written once, in the
 *   first column and the last header row it covers, so the last header row names every column;
 * - a value spread over several columns (`本年处理决定数量`) is written in its first column and
 *   the row ends there (Markdown fills the rest with empty cells).
 *
 * @module
 */
import type { Report } from '../model/types.js';
import { printedReport, valueText } from './document.js';
import type { GridCell, TableGrid } from './layout.js';

/** Markdown that a line of text must not start with, lest it become a heading, list, quote or rule. */
const BLOCK_START = /^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|={3,}|-{3,}|_{3,}|\*{3,}|`{3,}|~{3,})/;

/** A paragraph as Markdown: raw HTML and a leading block marker are escaped, nothing else. */
function paragraph(text: string): string {
  const safe = text.replace(/</g, '\\<');
  return BLOCK_START.test(safe) ? `\\${safe}` : safe;
}

/** A cell's text in a pipe table: `|` and backslashes escaped. */
const cellText = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '\\<');

const line = (fields: readonly string[]): string => `| ${fields.join(' | ')} |`;

/** The pipe-table lines of a table. */
function tableLines(layout: TableGrid, report: Report): string[] {
  const grid: string[][] = layout.rows.map(() => new Array<string>(layout.width).fill(''));
  const put = (row: number, col: number, text: string): void => {
    (grid[row] as string[])[col] = cellText(text);
  };
  const ends = new Array<number>(layout.rows.length).fill(layout.width);
  layout.rows.forEach((row, r) => {
    for (const cell of row.cells) placeCell(cell, r, layout, report, put, ends);
  });
  const lines = grid.map((fields, r) => line(fields.slice(0, ends[r])));
  // The delimiter row goes under the first row, which Markdown takes as the header.
  lines.splice(1, 0, line(new Array<string>(layout.width).fill('---')));
  return lines;
}

/** Writes one layout cell into the grid by the rules of the module. */
function placeCell(
  cell: GridCell,
  r: number,
  layout: TableGrid,
  report: Report,
  put: (row: number, col: number, text: string) => void,
  ends: number[],
): void {
  if (cell.ref) {
    put(r, cell.col, valueText(report, cell.ref));
    if (cell.col + cell.colspan === layout.width && cell.colspan > 1) ends[r] = cell.col + 1;
    return;
  }
  if (cell.kind === 'label') {
    // Its own label in the last label column; a group's label on every row it spans.
    const col = cell.group ? cell.col : layout.labelColumns - 1;
    for (let k = r; k < r + cell.rowspan; k++) put(k, col, cell.text);
    return;
  }
  put(r + cell.rowspan - 1, cell.col, cell.text);
}

/**
 * The report as Markdown, readable without a browser: the title (`#`), the publication date, the
 * six sections (`##`) with their paragraphs, and tables 2, 3 and 4 as pipe tables on the official
 * grid. Pipe tables cannot merge cells: a row's group labels (`三、本年度办理结果`, `（三）不予公开`)
 * are repeated on each row before its own label, a merged header is written once in the first
 * column and last row it covers, and a value spread over several columns is written in the first.
 * Blank cells are empty, 0 is printed as 0. Every label is the official one.
 *
 * @example
 * ```ts
 * import { renderMarkdown } from 'zfxxgk/render';
 * renderMarkdown(report);
 * // # 北关区应急管理局2024年政府信息公开工作年度报告
 * // …
 * // | 第二十条第（六）项 |  |  |  |
 * // | --- | --- | --- | --- |
 * // | 信息内容 | 本年处理决定数量 |  |  |
 * // | 行政处罚 | 13 |
 * ```
 */
export function renderMarkdown(report: Report): string {
  const printed = printedReport(report);
  const out = [`# ${paragraph(printed.title)}`];
  if (printed.published) out.push('', printed.published);
  for (const section of printed.sections) {
    out.push('', `## ${section.heading}`);
    for (const text of section.paragraphs) out.push('', paragraph(text));
    if (section.table) out.push('', ...tableLines(section.table, report));
  }
  return `${out.join('\n')}\n`;
}
