/**
 * The report as HTML in the official layout: semantic tables (`<caption>`, `<th scope>`, merged
 * cells as `rowspan`/`colspan`), a standalone page with print CSS for A4 or a fragment for a CMS,
 * and optionally the findings marked on the cells and sections they are about.
 *
 * @module
 */
import type { Finding } from '../findings/types.js';
import type { Report } from '../model/types.js';
import type { CellRef } from '../format/grid.js';
import { printedReport, valuePrinter } from './document.js';
import { columnWeights, type GridCell, type TableGrid } from './layout.js';
import { placeFindings, type Mark, type Marks } from './marks.js';

/**
 * Options of {@link renderHtml}.
 *
 * @example
 * ```ts
 * renderHtml(report, { fragment: true, findings: check(report) });
 * ```
 */
export interface HtmlOptions {
  /**
   * Only the `<article>` of the report, for a page that has its own `<head>` (style it with
   * {@link REPORT_CSS}); by default a whole document with its styles and print CSS for A4.
   */
  fragment?: boolean;
  /**
   * Findings to mark: each cell, row, table, section or paragraph a finding is about gets the
   * class `zfxxgk-finding` (and `zfxxgk-error`, `zfxxgk-warning` or `zfxxgk-info`), the codes in
   * `data-findings` and the messages as its tooltip (`title`). Findings about the report as a
   * whole are marked on its title.
   */
  findings?: readonly Finding[];
}

/**
 * The styles of a rendered report: the fonts of government documents (小标宋 title, 黑体
 * headings, 仿宋 text, with fallbacks), ruled tables that fit the page width, A4 print margins,
 * and the finding marks.
 *
 * @example
 * ```ts
 * `<style>${REPORT_CSS}</style>${renderHtml(report, { fragment: true })}`;
 * ```
 */
export const REPORT_CSS = `.zfxxgk-report{font-family:"FangSong_GB2312","仿宋_GB2312",FangSong,"仿宋",STFangsong,"Noto Serif CJK SC","Source Han Serif SC",serif;font-size:16pt;line-height:1.75;color:#000;max-width:160mm;margin:0 auto}
.zfxxgk-report h1{font-family:"FZXiaoBiaoSong-B05S","方正小标宋简体","方正小标宋_GBK",SimHei,"黑体","Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:22pt;font-weight:normal;text-align:center;line-height:1.4;margin:0 0 .6em}
.zfxxgk-report h2{font-family:SimHei,"黑体","Noto Sans CJK SC","Source Han Sans SC",sans-serif;font-size:16pt;font-weight:normal;margin:.6em 0 .2em}
.zfxxgk-report p{margin:0;text-indent:2em}
.zfxxgk-report .zfxxgk-published{text-align:center;text-indent:0}
.zfxxgk-report table{border-collapse:collapse;width:100%;table-layout:fixed;font-size:10.5pt;line-height:1.35;margin:.4em 0 .8em;break-inside:auto}
.zfxxgk-report caption{font-family:SimHei,"黑体",sans-serif;font-size:10.5pt;padding:0 0 .3em}
.zfxxgk-report th,.zfxxgk-report td{border:1px solid #000;padding:2px 3px;text-align:center;vertical-align:middle;font-weight:normal;overflow-wrap:anywhere;word-break:break-all}
.zfxxgk-report tbody th[scope=row]{text-align:left}
.zfxxgk-report tr{break-inside:avoid}
.zfxxgk-report .zfxxgk-finding{background:#fff4ce;outline:2px solid #c77c00;outline-offset:-2px}
.zfxxgk-report .zfxxgk-error{background:#fde7e9;outline-color:#c50f1f}
.zfxxgk-report .zfxxgk-info{background:#e8f1fb;outline-color:#0f6cbd}
@page{size:A4;margin:25mm 20mm}
@media print{.zfxxgk-report{max-width:none}}`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const SPECIAL = /[&<>"]/g;
const escapeHtml = (text: string): string => text.replace(SPECIAL, (c) => ESCAPES[c] as string);

/** The attributes that mark the findings on an element: classes, codes and messages. */
function marked(mark: Mark | undefined): string {
  if (!mark) return '';
  return ` class="zfxxgk-finding zfxxgk-${mark.severity}" data-findings="${escapeHtml(mark.codes.join(' '))}" title="${escapeHtml(mark.messages.join('\n'))}"`;
}

const spans = (cell: GridCell): string =>
  `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;

/** The `scope` of a header cell: the columns or rows it heads, one or a group. */
function scope(cell: GridCell): string {
  if (cell.kind === 'label') return cell.group ? 'rowgroup' : 'row';
  if (cell.kind === 'caption') return 'rowgroup';
  return cell.group ? 'colgroup' : 'col';
}

/**
 * A cell as markup, less what depends on the report: the start tag up to its marks, the key of
 * the marks it takes, and for a header or label its text; computed once per table.
 */
interface CellMarkup {
  readonly start: string;
  readonly end: string;
  readonly mark?: string;
  /** A header's or label's escaped text; `undefined` for a value cell. */
  readonly text?: string;
  readonly ref?: CellRef;
}

/** A table's markup around its cells: the opening tags, each row's cells, the row-group tags. */
interface TableMarkup {
  readonly id: string;
  readonly head: string;
  readonly rows: readonly { readonly before: string; readonly cells: readonly CellMarkup[] }[];
  readonly tail: string;
}

function cellMarkup(cell: GridCell, table: string): CellMarkup {
  if (cell.ref) {
    const key = `${table}/${cell.ref.row}/${cell.ref.column}`;
    return { start: `<td${spans(cell)} data-cell="${key}"`, end: '</td>', mark: key, ref: cell.ref };
  }
  const start = `<th scope="${scope(cell)}"${spans(cell)}`;
  const text = escapeHtml(cell.text);
  return cell.rowKey ? { start, end: '</th>', mark: `${table}/${cell.rowKey}`, text } : { start, end: '</th>', text };
}

const markups = new WeakMap<TableGrid, TableMarkup>();

/** The markup of a table: one `<thead>` when it is a single block, else a `<tbody>` per block. */
function tableMarkup(layout: TableGrid): TableMarkup {
  let markup = markups.get(layout);
  if (markup) return markup;
  const id = layout.table.id;
  const weights = columnWeights(layout);
  const total = weights.reduce((a, b) => a + b, 0);
  const cols = weights.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('');
  const single = new Set(layout.rows.map((r) => r.block)).size === 1;
  let group = '';
  const rows = layout.rows.map((row) => {
    const next = single ? (row.head ? 'thead' : 'tbody') : `tbody ${row.block}`;
    let before = '';
    if (next !== group) {
      before = `${group ? `</${group.split(' ')[0]}>` : ''}<${next.split(' ')[0]}>`;
      group = next;
    }
    return { before, cells: row.cells.map((cell) => cellMarkup(cell, id)) };
  });
  markup = {
    id,
    head: `><caption>${escapeHtml(layout.table.title)}</caption><colgroup>${cols}</colgroup>`,
    rows,
    tail: `</${group.split(' ')[0]}></table>`,
  };
  markups.set(layout, markup);
  return markup;
}

function tableHtml(layout: TableGrid, print: (ref: CellRef) => string, marks: Marks | undefined): string {
  const markup = tableMarkup(layout);
  let html = `<table data-table="${markup.id}"${marked(marks?.get(markup.id))}${markup.head}`;
  for (const row of markup.rows) {
    html += `${row.before}<tr>`;
    for (const cell of row.cells) {
      const mark = marks && cell.mark ? marked(marks.get(cell.mark)) : '';
      html += `${cell.start}${mark}>${cell.text ?? escapeHtml(print(cell.ref as CellRef))}${cell.end}`;
    }
    html += '</tr>';
  }
  return html + markup.tail;
}

/**
 * The report as HTML in the official layout of its format: the title, the publication date, the
 * six sections under their official headings with their text, and tables 2, 3 and 4 with the
 * same rows, columns and merged cells as the official template. Blank cells are empty, 0 is
 * printed as 0, decimals as given, and a unit the report recorded for a cell follows its value.
 * Each value cell carries its key in `data-cell` (`3/received/natural`).
 *
 * @example
 * ```ts
 * import { renderHtml } from 'zfxxgk/render';
 * const page = renderHtml(report); // '<!DOCTYPE html>\n<html lang="zh-CN">…'
 * const unbalanced = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
 * unbalanced.table3.received.natural = 2;
 * renderHtml(unbalanced, { fragment: true, findings: check(unbalanced) });
 * // '<article class="zfxxgk-report"…<td data-cell="3/received/natural" class="zfxxgk-finding zfxxgk-error" data-findings="T3-BALANCE CELL-BLANK" title="表三「自然人」列：…">2</td>…'
 * ```
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const printed = printedReport(report);
  const marks = options.findings?.length ? placeFindings(printed, options.findings) : undefined;
  const print = valuePrinter(report);
  const out = [
    `<article class="zfxxgk-report" lang="zh-CN" data-format="${report.format}">`,
    `<h1${marked(marks?.get(''))}>${escapeHtml(printed.title)}</h1>`,
  ];
  if (printed.published) out.push(`<p class="zfxxgk-published">${escapeHtml(printed.published)}</p>`);
  for (const section of printed.sections) {
    out.push(`<section data-section="${section.key}"${marked(marks?.get(section.key))}>`);
    out.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    section.paragraphs.forEach((text, i) => {
      out.push(`<p${marked(marks?.get(`${section.key}#${i}`))}>${escapeHtml(text)}</p>`);
    });
    if (section.table) out.push(tableHtml(section.table, print, marks));
    out.push('</section>');
  }
  out.push('</article>');
  const article = out.join('\n');
  if (options.fragment) return article;
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(printed.title)}</title>\n<style>\n${REPORT_CSS}\n</style>\n</head>\n<body>\n${article}\n</body>\n</html>\n`;
}
