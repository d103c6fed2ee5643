/**
 * The official layout of a report as a grid of cells (text, colspan, rowspan), derived from the
 * format definitions: what the text and HTML renderers print. Rendering is the inverse of
 * reading, so these renderers (and their perturbations) are how synthetic reports reach the
 * readers.
 */
import { getFormat, type BlockDef, type ColumnDef, type RowDef } from '../../../src/format/index.js';
import { SECTIONS, T4_GROUPS } from '../../../src/format/shared.js';
import type { Report } from '../../../src/model/types.js';

/** One cell of the official layout. */
export interface GridCell {
  text: string;
  colspan: number;
  rowspan: number;
  /** `value` cells hold a report cell (blank when `text` is ''). */
  role: 'label' | 'header' | 'value';
  /** For value cells: the column's kind, so renderers can vary the printing. */
  column?: ColumnDef;
  /** For value cells: which cell of the report it prints, `table/row/column`. */
  key?: string;
}

export type GridRow = GridCell[];

/** A document: title lines, then sections, each a heading, paragraphs and grid tables. */
export interface DocumentModel {
  title: string;
  published: string | null;
  sections: { heading: string; paragraphs: string[]; tables: GridRow[][] }[];
}

/** How a renderer prints a value, so perturbations can change it. */
export type ValuePrinter = (value: number | null, column: ColumnDef) => string;

export const plainValue: ValuePrinter = (value) => (value === null ? '' : String(value));

const cell = (
  text: string,
  role: GridCell['role'],
  colspan = 1,
  rowspan = 1,
  column?: ColumnDef,
  key?: string,
): GridCell => ({ text, role, colspan, rowspan, column, ...(key ? { key } : {}) });

type Values = Record<string, Record<string, number | null>>;

/** Table 2: a caption row, a header row and the data rows of each block, 4 columns wide. */
function table2(report: Report, label: (l: string) => string, print: ValuePrinter): GridRow[] {
  const values = report.table2 as unknown as Values;
  const rows: GridRow[] = [];
  for (const block of getFormat(report.format).tables[0].blocks) {
    const spans = valueSpans(block.columns.length);
    rows.push([cell(label(block.caption ?? ''), 'header', 4)]);
    rows.push([
      cell(label('信息内容'), 'header'),
      ...block.columns.map((c, i) => cell(label(c.label), 'header', spans[i])),
    ]);
    for (const row of block.rows) {
      rows.push([
        cell(label(row.label), 'label'),
        ...block.columns.map((c, i) =>
          cell(print(values[row.key]?.[c.key] ?? null, c), 'value', spans[i], 1, c, `2/${row.key}/${c.key}`),
        ),
      ]);
    }
  }
  return rows;
}

/** Three value columns under a 3-wide area: 1+1+1, 1+2, or 3. */
const valueSpans = (n: number): number[] => (n === 3 ? [1, 1, 1] : n === 2 ? [1, 2] : [3]);

/** Table 3: the three header rows, then each row with its merged parent cells (spec §1.3). */
function table3(report: Report, label: (l: string) => string, print: ValuePrinter): GridRow[] {
  const block = getFormat(report.format).tables[1].blocks[0] as BlockDef;
  const values = report.table3 as unknown as Values;
  const rows: GridRow[] = [
    [
      cell(label('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'), 'header', 3, 3),
      cell(label('申请人情况'), 'header', 7),
    ],
    [
      cell(label('自然人'), 'header', 1, 2),
      cell(label('法人或其他组织'), 'header', 5),
      cell(label('总计'), 'header', 1, 2),
    ],
    block.columns.slice(1, 6).map((c) => cell(label(c.label), 'header')),
  ];
  const started = new Set<string>();
  for (const row of block.rows) {
    const r: GridRow = [];
    const parents = row.parents ?? [];
    parents.forEach((parent, depth) => {
      if (started.has(parent)) return;
      started.add(parent);
      r.push(cell(label(parent), 'label', 1, block.rows.filter((x) => x.parents?.[depth] === parent).length));
    });
    r.push(cell(label(row.label), 'label', 3 - parents.length));
    for (const c of block.columns)
      r.push(cell(print(values[row.key]?.[c.key] ?? null, c), 'value', 1, 1, c, `3/${row.key}/${c.key}`));
    rows.push(r);
  }
  return rows;
}

/** Table 4: 行政复议 (5) and 行政诉讼 (10) over their outcome labels, then the 15 values. */
function table4(report: Report, label: (l: string) => string, print: ValuePrinter): GridRow[] {
  const block = getFormat(report.format).tables[2].blocks[0] as BlockDef;
  const values = report.table4 as unknown as Values;
  const outcomes = (span: number) => block.columns.map((c) => cell(label(c.label), 'header', 1, span));
  const [review, direct, afterReview] = T4_GROUPS;
  return [
    [cell(label(review.label), 'header', 5), cell(label(direct.parents[0]), 'header', 10)],
    [...outcomes(2), cell(label(direct.label), 'header', 5), cell(label(afterReview.label), 'header', 5)],
    [...outcomes(1), ...outcomes(1)],
    block.rows.flatMap((g: RowDef) =>
      block.columns.map((c) => cell(print(values[g.key]?.[c.key] ?? null, c), 'value', 1, 1, c, `4/${g.key}/${c.key}`)),
    ),
  ];
}

/** Options of {@link documentModel}. */
export interface ModelOptions {
  /** How labels are printed (perturbations: variants, traditional characters, split words). */
  label?: (official: string) => string;
  /** How values are printed. */
  value?: ValuePrinter;
  /** How headings are printed. */
  heading?: (official: string) => string;
}

/**
 * The document a report would be published as: its title, then the six sections, tables 2–4 in
 * sections 2–4.
 */
export function documentModel(report: Report, options: ModelOptions = {}): DocumentModel {
  const label = options.label ?? ((l) => l);
  const print = options.value ?? plainValue;
  const heading = options.heading ?? ((h) => h);
  const tables: Record<string, GridRow[][]> = {
    proactive: [table2(report, label, print)],
    requests: [table3(report, label, print)],
    appeals: [table4(report, label, print)],
  };
  return {
    title: `${report.meta.agency}${report.meta.year}年政府信息公开工作年度报告`,
    published: report.meta.published,
    sections: SECTIONS.map((s) => ({
      heading: heading(s.heading),
      paragraphs: (report.sections[s.key]?.text ?? '').split('\n').filter((p) => p.trim() !== ''),
      tables: tables[s.key] ?? [],
    })),
  };
}
