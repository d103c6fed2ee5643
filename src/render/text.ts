/**
 * The report as plain text: the title, the sections' text, and each table drawn as a grid of
 * `|`-separated cells aligned by display width (a CJK character takes two columns), with rules
 * between rows that leave merged cells open, as in the official template.
 *
 * @module
 */
import type { Report } from '../model/types.js';
import type { CellRef } from '../format/grid.js';
import { printedReport, valuePrinter } from './document.js';
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

/** One field of a line: the cell that starts there, or the empty field under a cell from above. */
interface Slot {
  readonly col: number;
  readonly span: number;
  readonly cell?: GridCell;
}

/** What a table's lines are made of, whatever the values: computed once per table. */
interface TextPlan {
  /** Column widths that fit the labels and headers. */
  readonly widths: readonly number[];
  /** The fields of each grid row. */
  readonly slots: readonly (readonly Slot[])[];
  /** Per grid row and column: whether the cell there goes on below the row. */
  readonly open: readonly (readonly boolean[])[];
  /** Per grid row and column: whether the column and the next are one cell. */
  readonly joined: readonly (readonly boolean[])[];
  readonly values: readonly GridCell[];
  /** The display width of each label and header. */
  readonly labelWidths: ReadonlyMap<GridCell, number>;
  /**
   * The last rendering's column widths and what depends on them alone (each rule, each label
   * padded): reports of values of similar sizes share them, so most renderings reuse them.
   */
  memo: { widths: string; rules: readonly string[]; labels: Map<GridCell, string> };
}

/** The width of `span` columns from `col`, with the separators between them. */
function spanWidth(widths: readonly number[], col: number, span: number): number {
  let width = (span - 1) * SEPARATOR.length;
  for (let k = col; k < col + span; k++) width += widths[k] as number;
  return width;
}

/** Widens the columns a cell spans, evenly, until its text fits. */
function widenToFit(widths: number[], cell: GridCell, need: number): void {
  const extra = need - spanWidth(widths, cell.col, cell.colspan);
  for (let k = 0; k < cell.colspan && extra > 0; k++) {
    const share = Math.floor(extra / cell.colspan) + (k < extra % cell.colspan ? 1 : 0);
    widths[cell.col + k] = (widths[cell.col + k] as number) + share;
  }
}

const plans = new WeakMap<TableGrid, TextPlan>();

function textPlan(layout: TableGrid): TextPlan {
  let plan = plans.get(layout);
  if (plan) return plan;
  const cells = layout.rows.flatMap((r) => r.cells);
  const widths = new Array<number>(layout.width).fill(1);
  const labelWidths = new Map(cells.filter((c) => !c.ref).map((c) => [c, displayWidth(c.text)]));
  // Narrow cells first, so that a merged cell widens only what its columns lack.
  for (const [cell, width] of [...labelWidths].sort(([a], [b]) => a.colspan - b.colspan))
    widenToFit(widths, cell, width);
  const covering = new Array<{ cell: GridCell; until: number } | undefined>(layout.width).fill(undefined);
  const slots: Slot[][] = [];
  const open: boolean[][] = [];
  const joined: boolean[][] = [];
  layout.rows.forEach((row, r) => {
    const starts = new Map(row.cells.map((c) => [c.col, c]));
    const line: Slot[] = [];
    for (let col = 0; col < layout.width; ) {
      const cell = starts.get(col);
      if (cell) for (let k = col; k < col + cell.colspan; k++) covering[k] = { cell, until: r + cell.rowspan - 1 };
      const span = cell?.colspan ?? covering[col]?.cell.colspan ?? 1;
      line.push(cell ? { col, span, cell } : { col, span });
      col += span;
    }
    slots.push(line);
    open.push(covering.map((c) => (c?.until ?? r) > r));
    joined.push(covering.map((c, col) => col + 1 < layout.width && c?.cell === covering[col + 1]?.cell));
  });
  const memo = { widths: '', rules: [], labels: new Map() };
  plan = { widths, slots, open, joined, values: cells.filter((c) => c.ref), labelWidths, memo };
  plans.set(layout, plan);
  return plan;
}

/** A text padded to a width: values to the right, labels to the left. */
const pad = (text: string, textWidth: number, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - textWidth));
  return right ? fill + text : text + fill;
};

/**
 * A table as lines: each grid row is a line of fields (a merged cell is one field as wide as the
 * columns it spans; under a cell that spans rows, an empty field), each line ends with `|`, and
 * a rule follows each row (see {@link ruleBelow}).
 */
function tableLines(layout: TableGrid, print: (ref: CellRef) => string): string[] {
  const plan = textPlan(layout);
  const texts = new Map<GridCell, string>();
  const widths = [...plan.widths];
  // Values widen their columns: single columns first, then values spread over several.
  for (const cell of plan.values) {
    const text = print(cell.ref as CellRef);
    texts.set(cell, text);
    if (cell.colspan === 1) widths[cell.col] = Math.max(widths[cell.col] as number, displayWidth(text));
  }
  for (const cell of plan.values)
    if (cell.colspan > 1) widenToFit(widths, cell, displayWidth(texts.get(cell) as string));
  const key = widths.join(',');
  if (plan.memo.widths !== key) {
    const dashes = widths.map((w) => '-'.repeat(w));
    const blanks = widths.map((w) => ' '.repeat(w));
    const rules = plan.slots.map((_, r) =>
      ruleBelow(dashes, blanks, plan.open[r] as boolean[], plan.joined[r] as boolean[]),
    );
    plan.memo = { widths: key, rules, labels: new Map() };
  }
  const { rules, labels } = plan.memo;
  const lines: string[] = [];
  plan.slots.forEach((slots, r) => {
    const fields = slots.map(({ col, span, cell }) => {
      if (cell && !cell.ref) {
        let field = labels.get(cell);
        if (field === undefined) {
          field = pad(cell.text, plan.labelWidths.get(cell) as number, spanWidth(widths, col, span), false);
          labels.set(cell, field);
        }
        return field;
      }
      const width = spanWidth(widths, col, span);
      if (!cell) return ' '.repeat(width);
      const text = texts.get(cell) as string;
      return pad(text, displayWidth(text), width, true);
    });
    lines.push(`${fields.join(SEPARATOR)} |`, rules[r] as string);
  });
  return lines;
}

/**
 * The rule under a grid row: dashes under the cells that end there, spaces under those that go
 * on; at a boundary between two cells `+` (`|` where both go on), and `|` at the end, so that
 * readers take the line for a rule of the table.
 */
function ruleBelow(
  dashes: readonly string[],
  blanks: readonly string[],
  open: readonly boolean[],
  joined: readonly boolean[],
): string {
  let rule = '';
  const last = dashes.length - 1;
  for (let col = 0; col <= last; col++) {
    const fill = open[col] ? ' ' : '-';
    rule += open[col] ? blanks[col] : dashes[col];
    if (col === last) rule += `${fill}|`;
    else if (joined[col]) rule += fill + fill + fill;
    else if (open[col] && open[col + 1]) rule += ' | ';
    else rule += `${fill}+${open[col + 1] ? ' ' : '-'}`;
  }
  return rule;
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
  const print = valuePrinter(report);
  const lines = [printed.title];
  if (printed.published) lines.push(printed.published);
  for (const section of printed.sections) {
    lines.push('', section.heading, ...section.paragraphs);
    if (section.table) lines.push('', ...tableLines(section.table, print));
  }
  return `${lines.join('\n')}\n`;
}
