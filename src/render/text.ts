/**
 * The report as plain text: the title, the sections' text, and each table drawn as a grid of
 * `|`-separated cells aligned by display width (a CJK character takes two columns), with rules
 * between rows that leave merged cells open, as in the official template.
 *
 * @module
 */
import type { Report } from '../model/types.js';
import { printedReport, valueText } from './document.js';
import type { GridCell, TableGrid } from './layout.js';

/** Whether a code point is displayed two columns wide (East Asian Wide or Fullwidth). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * The number of terminal columns a text takes: two for each CJK (wide or full-width) character,
 * one for the others.
 *
 * @example
 * ```ts
 * displayWidth('总计 12'); // 7
 * ```
 */
export function displayWidth(text: string): number {
  if (ASCII.test(text)) return text.length;
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) as number) ? 2 : 1;
  return width;
}

const SEPARATOR = ' | ';

/** The text of every cell of a table, by its grid position. */
function cellTexts(layout: TableGrid, report: Report): Map<GridCell, string> {
  const texts = new Map<GridCell, string>();
  for (const row of layout.rows) {
    for (const cell of row.cells) texts.set(cell, cell.ref ? valueText(report, cell.ref) : cell.text);
  }
  return texts;
}

/**
 * Column widths that fit every cell: single columns first, then each merged cell widens the
 * columns it spans (evenly) when their widths and separators are too narrow for it.
 */
function columnWidths(layout: TableGrid, texts: Map<GridCell, string>): number[] {
  const widths = new Array<number>(layout.width).fill(1);
  const cells = layout.rows.flatMap((r) => r.cells).sort((a, b) => a.colspan - b.colspan);
  for (const cell of cells) {
    const need = displayWidth(texts.get(cell) as string);
    const have = spanWidth(widths, cell.col, cell.colspan);
    for (let extra = need - have, k = 0; extra > 0; k++, extra--) {
      const col = cell.col + (k % cell.colspan);
      widths[col] = (widths[col] as number) + 1;
    }
  }
  return widths;
}

/** The width of `span` columns from `col`, with the separators between them. */
function spanWidth(widths: readonly number[], col: number, span: number): number {
  let width = (span - 1) * SEPARATOR.length;
  for (let k = col; k < col + span; k++) width += widths[k] as number;
  return width;
}

const pad = (text: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/**
 * A table as lines: each grid row is a line of fields (a merged cell is one field as wide as the
 * columns it spans; under a cell that spans rows, an empty field), each line ends with `|`, and
 * a rule of `-` and `+` follows each row except under cells that continue below.
 */
function tableLines(layout: TableGrid, report: Report): string[] {
  const texts = cellTexts(layout, report);
  const widths = columnWidths(layout, texts);
  // The cell covering each column, and the last grid row it covers.
  const covering = new Array<{ cell: GridCell; until: number } | undefined>(layout.width).fill(undefined);
  const lines: string[] = [];
  layout.rows.forEach((row, r) => {
    const starts = new Map(row.cells.map((c) => [c.col, c]));
    const fields: string[] = [];
    for (let col = 0; col < layout.width; ) {
      const cell = starts.get(col);
      if (cell) {
        fields.push(pad(texts.get(cell) as string, spanWidth(widths, col, cell.colspan), cell.kind === 'value'));
        for (let k = col; k < col + cell.colspan; k++) covering[k] = { cell, until: r + cell.rowspan - 1 };
        col += cell.colspan;
        continue;
      }
      const above = covering[col]?.cell;
      const span = above?.colspan ?? 1;
      fields.push(' '.repeat(spanWidth(widths, col, span)));
      col += span;
    }
    lines.push(`${fields.join(SEPARATOR)} |`);
    lines.push(ruleBelow(widths, covering, r));
  });
  return lines;
}

/**
 * The rule under grid row `r`: dashes under the cells that end there, spaces under those that go
 * on; at a boundary between two cells `+` (`|` where both go on), and `|` at the end, so that
 * readers take the line for a rule of the table.
 */
function ruleBelow(
  widths: readonly number[],
  covering: readonly ({ cell: GridCell; until: number } | undefined)[],
  r: number,
): string {
  const open = (col: number): boolean => (covering[col]?.until ?? r) > r;
  const parts: string[] = [];
  widths.forEach((w, col) => {
    const fill = open(col) ? ' ' : '-';
    parts.push(fill.repeat(w));
    if (col === widths.length - 1) parts.push(`${fill}|`);
    else if (covering[col]?.cell === covering[col + 1]?.cell) parts.push(fill.repeat(3));
    else if (open(col) && open(col + 1)) parts.push(' | ');
    else parts.push(`${fill}+${open(col + 1) ? ' ' : '-'}`);
  });
  return parts.join('');
}

/**
 * The report as plain text, readable without a browser: the title and publication date, the six
 * sections under their official headings with one line per paragraph, and tables 2, 3 and 4 as
 * aligned grids in the official layout (merged cells stay merged: a cell spanning columns is one
 * wide field, rows under a cell spanning rows leave its field empty). Blank cells are blank, 0 is
 * printed as 0. `zfxxgk/parse` reads the text back, cell for cell.
 *
 * @example
 * ```ts
 * import { renderText } from 'zfxxgk/render';
 * renderText(report);
 * // 北关区应急管理局2024年政府信息公开工作年度报告
 * // …
 * // 第二十条第（六）项                                      |
 * // ---------------+-------------------------------------------+
 * // 信息内容       | 本年处理决定数量                          |
 * // 行政处罚       |                                        13 |
 * ```
 */
export function renderText(report: Report): string {
  const printed = printedReport(report);
  const lines = [printed.title];
  if (printed.published) lines.push(printed.published);
  for (const section of printed.sections) {
    lines.push('', section.heading, ...section.paragraphs);
    if (section.table) lines.push('', ...tableLines(section.table, report));
  }
  return `${lines.join('\n')}\n`;
}
