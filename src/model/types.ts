/**
 * The report model. Its table types are derived from the format definitions, so a key that a
 * format does not have is a type error.
 *
 * @module
 */
import type { FORMAT_2019, FORMAT_2021 } from '../format/index.js';
import type { FormatVersion } from '../format/grid.js';
import type { OVERVIEW_TOPICS, SECTIONS } from '../format/shared.js';

/**
 * A cell's value: a number, or `null` where the source left the cell blank. Blank is never
 * turned into 0 silently; checks count a blank summand as 0 and report blanks separately.
 */
export type Cell = number | null;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type KeysOf<L> = L extends readonly { readonly key: infer K }[] ? K & string : never;
type BlockValues<B> = B extends { readonly rows: infer R; readonly columns: infer C }
  ? { [Row in KeysOf<R>]: { [Column in KeysOf<C>]: Cell } }
  : never;
type TableValues<T> = T extends { readonly blocks: readonly (infer B)[] } ? UnionToIntersection<BlockValues<B>> : never;
type FormatOf<F extends FormatVersion> = F extends '2019' ? typeof FORMAT_2019 : typeof FORMAT_2021;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** Table 2 (主动公开) of a format: row key → column key → cell. */
export type Table2<F extends FormatVersion = FormatVersion> = F extends FormatVersion
  ? Simplify<TableValues<FormatOf<F>['tables'][0]>>
  : never;
/** Table 3 (依申请公开) of a format: row key → column key → cell. */
export type Table3<F extends FormatVersion = FormatVersion> = F extends FormatVersion
  ? Simplify<TableValues<FormatOf<F>['tables'][1]>>
  : never;
/** Table 4 (行政复议、行政诉讼), the same in both formats: group key → column key → cell. */
export type Table4 = Simplify<TableValues<typeof FORMAT_2021['tables'][2]>>;

/** The key of one of the six sections. */
export type SectionKey = (typeof SECTIONS)[number]['key'];
/** The key of one of the five sub-topics of section 1. */
export type OverviewTopicKey = (typeof OVERVIEW_TOPICS)[number]['key'];

/** The kind of body that issued the report; it decides the deadline and the required content. */
export type BodyLevel = 'department' | 'government' | 'township' | 'other';

/**
 * Whether the report covers only the issuing body or aggregates its region (a 本级政府 report
 * may do either; see spec §3.3).
 */
export type ReportScope = 'agency' | 'region' | 'unknown';

/** Who issued the report, for which year, and when it was published. */
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

/** A narrative section: the heading as printed and the text under it. */
export interface Section {
  heading: string;
  text: string;
}

/** A report in one format version. */
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

/** A report in either format; narrow on `format`. */
export type Report = ReportOf<'2019'> | ReportOf<'2021'>;
/** A report in the 2021 format. */
export type Report2021 = ReportOf<'2021'>;
/** A report in the 2019 format. */
export type Report2019 = ReportOf<'2019'>;
