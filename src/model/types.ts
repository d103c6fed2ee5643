/**
 * The report model. Its table types are derived from the format definitions, so a key that a
 * format does not have is a type error.
 *
 * @module
 */
import type { FORMAT_2021, FormatOf } from '../format/index.js';
import type { FormatVersion } from '../format/grid.js';
import type { OVERVIEW_TOPICS, SECTIONS } from '../format/shared.js';

/**
 * A cell's value: a number, or `null` where the source left the cell blank. Blank is never
 * turned into 0 silently; checks count a blank summand as 0 and report blanks separately.
 *
 * @example
 * ```ts
 * const report = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
 * report.table3.received.natural; // null: blank until filled
 * report.table3.received.natural = 3;
 * ```
 */
export type CellValue = number | null;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type KeysOf<L> = L extends readonly { readonly key: infer K }[] ? K & string : never;
type BlockValues<B> = B extends { readonly rows: infer R; readonly columns: infer C }
  ? { [Row in KeysOf<R>]: { [Column in KeysOf<C>]: CellValue } }
  : never;
type TableValues<T> = T extends { readonly blocks: readonly (infer B)[] } ? UnionToIntersection<BlockValues<B>> : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * Table 2 (主动公开) of a format: row key → column key → cell.
 *
 * @example
 * ```ts
 * const table2: Table2<'2021'> = report.table2;
 * Object.keys(table2); // ['rules', 'normativeDocuments', 'licensing', 'penalty', 'enforcement', 'fees']
 * table2.fees.feeAmount; // 行政事业性收费 · 本年收费金额（单位：万元）
 * ```
 */
export type Table2<F extends FormatVersion = FormatVersion> = F extends FormatVersion
  ? Simplify<TableValues<FormatOf<F>['tables'][0]>>
  : never;
/**
 * Table 3 (依申请公开) of a format: row key → column key → cell.
 *
 * @example
 * ```ts
 * const table3: Table3<'2021'> = report.table3;
 * table3.received.natural; // 一、本年新收政府信息公开申请数量 · 自然人
 * table3.otherNoFee.total; // a 2021 row: Table3<'2019'> has otherHandling instead
 * ```
 */
export type Table3<F extends FormatVersion = FormatVersion> = F extends FormatVersion
  ? Simplify<TableValues<FormatOf<F>['tables'][1]>>
  : never;
/**
 * Table 4 (行政复议、行政诉讼), the same in both formats: group key → column key → cell.
 *
 * @example
 * ```ts
 * const table4: Table4 = report.table4;
 * table4.review.upheld; // 行政复议 · 结果维持
 * table4.litigationAfterReview.total; // 复议后起诉 · 总计
 * ```
 */
export type Table4 = Simplify<TableValues<(typeof FORMAT_2021)['tables'][2]>>;

/**
 * The key of one of the six sections: `'overview' | 'proactive' | 'requests' | 'appeals' |
 * 'problems' | 'other'`, in the order of {@link SECTIONS}.
 *
 * @example
 * ```ts
 * const key: SectionKey = 'problems';
 * report.sections[key]?.heading; // '五、存在的主要问题及改进情况', as printed
 * ```
 */
export type SectionKey = (typeof SECTIONS)[number]['key'];
/**
 * The key of one of the five sub-topics of section 1: `'proactive' | 'onRequest' |
 * 'management' | 'platform' | 'oversight'`, in the order of {@link OVERVIEW_TOPICS}.
 *
 * @example
 * ```ts
 * const key: OverviewTopicKey = 'platform';
 * report.topics[key]; // the text on 政府信息公开平台建设
 * ```
 */
export type OverviewTopicKey = (typeof OVERVIEW_TOPICS)[number]['key'];

/**
 * The kind of body that issued the report: `'department' | 'government' | 'township' | 'other'`.
 * It decides the deadline and the required content.
 *
 * @example
 * ```ts
 * publicationDeadline({ year: 2024, level: 'government' }); // '2025-03-31'
 * ```
 */
export type BodyLevel = 'department' | 'government' | 'township' | 'other';

/**
 * Whether the report covers only the issuing body or aggregates its region (a 本级政府 report
 * may do either; see spec §3.3).
 *
 * @example
 * ```ts
 * rollup(departmentReports, { agency: '某县人民政府' }).report.meta.scope; // 'region'
 * emptyReport({ format: '2021', agency: '某县人民政府', year: 2024, scope: 'agency' });
 * ```
 */
export type ReportScope = 'agency' | 'region' | 'unknown';

/**
 * Who issued the report, for which year, and when it was published.
 *
 * @example
 * ```ts
 * parse(text).report?.meta;
 * // { agency: '北关区应急管理局', year: 2024, level: 'department', scope: 'unknown', published: null }
 * ```
 */
export interface ReportMeta {
  /** The issuing body, as named in the title (e.g. `北关区应急管理局`). */
  agency: string;
  /** The year the report is about (not the year of publication). */
  year: number;
  level: BodyLevel;
  scope: ReportScope;
  /** Publication date as `YYYY-MM-DD`, or `null` when unknown. */
  published: string | null;
}

/**
 * A narrative section: the heading as printed and the text under it.
 *
 * @example
 * ```ts
 * parse(text).report?.sections.overview;
 * // { heading: '一、总体情况', text: '(一) 主动公开方面。2024 年度，北关区应急管理局在安全生产共计 26 条，…' }
 * ```
 */
export interface Section {
  heading: string;
  text: string;
}

/**
 * A report in one format version.
 *
 * @example
 * ```ts
 * const report: ReportOf<'2021'> = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
 * report.meta.agency; // '某县财政局'
 * report.table3.otherNoCorrection.natural; // null
 * ```
 */
export interface ReportOf<F extends FormatVersion> {
  format: F;
  meta: ReportMeta;
  /** The six sections by key; a section absent from the source is absent here. */
  sections: Partial<Record<SectionKey, Section>>;
  /** Section 1's sub-topics where the report names them. */
  topics: Partial<Record<OverviewTopicKey, string>>;
  table2: Table2<F>;
  table3: Table3<F>;
  table4: Table4;
  /**
   * Units read from cells whose header states none (the 2019 采购总金额), by `row/column` key,
   * e.g. `{ 'procurement/amount': '元' }`.
   */
  units: Record<string, string>;
}

/**
 * A report in either format; narrow on `format`.
 *
 * @example
 * ```ts
 * if (report.format === '2019') {
 *   report.table2.procurement.amount; // 采购总金额, in the unit of report.units['procurement/amount']
 * } else {
 *   report.table2.fees.feeAmount; // 本年收费金额（单位：万元）
 * }
 * ```
 */
export type Report = ReportOf<'2019'> | ReportOf<'2021'>;
/**
 * A report in the 2021 format.
 *
 * @example
 * ```ts
 * const report: Report2021 = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
 * ```
 */
export type Report2021 = ReportOf<'2021'>;
/**
 * A report in the 2019 format.
 *
 * @example
 * ```ts
 * const report: Report2019 = emptyReport({ format: '2019', agency: '某县财政局', year: 2020 });
 * report.table2.licensing.change; // 行政许可 · 本年增/减: null
 * ```
 */
export type Report2019 = ReportOf<'2019'>;

/**
 * A value and everything it holds as read-only: what a function that does not change its input
 * takes, so that a frozen or shared report can be passed as it is.
 *
 * @example
 * ```ts
 * const shared: DeepReadonly<Report> = Object.freeze(report);
 * check(shared); // fine: check reads only
 * // shared.table3.received.natural = 1; // a type error
 * ```
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * A report of either format as the functions that only read it take it (`check`, `rollup`,
 * `diff`, `compareWithParts`, …): every {@link Report} is one.
 *
 * @example
 * ```ts
 * function published(report: ReadonlyReport): string | null {
 *   return report.meta.published;
 * }
 * ```
 */
export type ReadonlyReport = DeepReadonly<Report>;
