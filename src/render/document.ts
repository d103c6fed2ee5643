/**
 * What every medium prints of a report, in order: the title, the publication date, then the six
 * sections under their official headings, each with its paragraphs and, for sections 2 to 4, its
 * table in the official layout. Renderers differ only in how they draw these parts.
 *
 * @module
 */
import type { CellRef } from '../format/grid.js';
import { getFormat } from '../format/index.js';
import { decimalText } from '../model/decimal.js';
import type { Report, SectionKey } from '../model/types.js';
import { tableGrids, type TableGrid } from './layout.js';

/**
 * A section as printed: its key, the official heading, its paragraphs and its table.
 *
 * @example
 * ```ts
 * const section: PrintedSection = { key: 'other', heading: '六、其他需要报告的事项', paragraphs: ['本年度未收取信息处理费。'] };
 * ```
 */
export interface PrintedSection {
  readonly key: SectionKey;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly table?: TableGrid;
}

/**
 * The parts of a printed report.
 *
 * @example
 * ```ts
 * printedReport(report).title; // '北关区应急管理局2024年政府信息公开工作年度报告'
 * ```
 */
export interface PrintedReport {
  readonly title: string;
  /** `发布日期：2025-01-20`, or `undefined` when the report has no publication date. */
  readonly published?: string;
  readonly sections: readonly PrintedSection[];
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/** A text's paragraphs: its lines, trimmed, without blank ones (a reader sees no more). */
function paragraphs(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/**
 * The report's title as agencies print it: body, year, then `政府信息公开工作年度报告`.
 *
 * @example
 * ```ts
 * reportTitle(report); // '北关区应急管理局2024年政府信息公开工作年度报告'
 * ```
 */
export function reportTitle(report: Report): string {
  const year = report.meta.year > 0 ? `${report.meta.year}年` : '';
  return `${report.meta.agency.trim()}${year}政府信息公开工作年度报告`;
}

/**
 * The parts every renderer prints. Headings are the official ones; section 1's sub-topics are
 * part of its text (`report.topics` is a view of it), so they are not printed again.
 *
 * @example
 * ```ts
 * printedReport(report).sections.map((s) => s.table?.table.id); // [undefined, '2', '3', '4', undefined, undefined]
 * ```
 */
export function printedReport(report: Report): PrintedReport {
  const format = getFormat(report.format);
  const tables = tableGrids(format);
  return {
    title: reportTitle(report),
    ...(report.meta.published ? { published: `发布日期：${report.meta.published}` } : {}),
    sections: format.sections.map((def) => {
      const table = def.table ? tables.find((t) => t.table.id === def.table) : undefined;
      return {
        key: def.key as SectionKey,
        heading: def.heading,
        paragraphs: paragraphs(report.sections[def.key as SectionKey]?.text),
        ...(table ? { table } : {}),
      };
    }),
  };
}

/**
 * The printer of a report's cells: each cell's text, blank as blank, 0 as `0`, a decimal as given
 * (`96171.6`), and the unit the report recorded for the cell after it (`251000元`). Made once per
 * rendering, so that each cell costs a lookup.
 *
 * @example
 * ```ts
 * const print = valuePrinter(shanghai2019); // the 上海市人民政府办公厅 2019 report
 * print({ table: '2', row: 'procurement', column: 'amount' }); // '251000元'
 * print({ table: '3', row: 'received', column: 'research' }); // '' (blank)
 * ```
 */
export function valuePrinter(report: Report): (ref: CellRef) => string {
  const tables = { '2': report.table2, '3': report.table3, '4': report.table4 } as unknown as Record<
    string,
    Record<string, Record<string, number | null>>
  >;
  const units = Object.keys(report.units).length > 0 ? report.units : undefined;
  return (ref) => {
    const value = tables[ref.table]?.[ref.row]?.[ref.column];
    if (value === null || value === undefined) return '';
    const text = decimalText(value);
    return units ? text + (units[`${ref.row}/${ref.column}`] ?? '') : text;
  };
}
