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
import type { CellRef } from '../format/grid.js';
import { printedReport, valuePrinter } from './document.js';
import type { TableGrid } from './layout.js';

/** Markdown that a line of text must not start with, lest it become a heading, list, quote or rule. */
const BLOCK_START = /^(?:#{1,6}(?:\s|$)|>|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|={3,}|-{3,}|_{3,}|\*{3,}|`{3,}|~{3,})/;

/** A paragraph as Markdown: raw HTML and a leading block marker are escaped, nothing else. */
function paragraph(text: string): string {
  const safe = text.replace(/</g, '\\<');
  return BLOCK_START.test(safe) ? `\\${safe}` : safe;
}

/** A cell's text in a pipe table: backslashes, `|` and `<` escaped. */
const cellText = (text: string): string =>
  /[\\|<]/.test(text) ? text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '\\<') : text;

/**
 * A table on its Markdown grid, less the values: the labels and headers placed by the rules of
 * the module, each row's length (a value spread to the row's end ends it), and where each value
 * goes. Computed once per table.
 */
interface MarkdownPlan {
  readonly grid: readonly (readonly string[])[];
  readonly ends: readonly number[];
  readonly values: readonly { readonly row: number; readonly col: number; readonly ref: CellRef }[];
  readonly delimiter: string;
}

const plans = new WeakMap<TableGrid, MarkdownPlan>();

function markdownPlan(layout: TableGrid): MarkdownPlan {
  let plan = plans.get(layout);
  if (plan) return plan;
  const grid = layout.rows.map(() => new Array<string>(layout.width).fill(''));
  const ends = new Array<number>(layout.rows.length).fill(layout.width);
  const values: { row: number; col: number; ref: CellRef }[] = [];
  layout.rows.forEach((row, r) => {
    for (const cell of row.cells) {
      if (cell.ref) {
        values.push({ row: r, col: cell.col, ref: cell.ref });
        if (cell.col + cell.colspan === layout.width && cell.colspan > 1) ends[r] = cell.col + 1;
      } else if (cell.kind === 'label') {
        // Its own label in the last label column; a group's label on every row it spans.
        const col = cell.group ? cell.col : layout.labelColumns - 1;
        for (let k = r; k < r + cell.rowspan; k++) (grid[k] as string[])[col] = cellText(cell.text);
      } else {
        (grid[r + cell.rowspan - 1] as string[])[cell.col] = cellText(cell.text);
      }
    }
  });
  plan = { grid, ends, values, delimiter: line(new Array<string>(layout.width).fill('---')) };
  plans.set(layout, plan);
  return plan;
}

const line = (fields: readonly string[]): string => `| ${fields.join(' | ')} |`;

/** The pipe-table lines of a table; the delimiter row under the first, which Markdown takes as the header. */
function tableLines(layout: TableGrid, print: (ref: CellRef) => string): string[] {
  const plan = markdownPlan(layout);
  const grid = plan.grid.map((row, r) => row.slice(0, plan.ends[r]));
  for (const { row, col, ref } of plan.values) (grid[row] as string[])[col] = cellText(print(ref));
  const lines = grid.map(line);
  lines.splice(1, 0, plan.delimiter);
  return lines;
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
  const print = valuePrinter(report);
  const out = [`# ${paragraph(printed.title)}`];
  if (printed.published) out.push('', printed.published);
  for (const section of printed.sections) {
    out.push('', `## ${section.heading}`);
    for (const text of section.paragraphs) out.push('', paragraph(text));
    if (section.table) out.push('', ...tableLines(section.table, print));
  }
  return `${out.join('\n')}\n`;
}
