/**
 * A file's result as the rows of the corpus database: its document, every cell of its report
 * with the official labels and the format's keys, every finding in both languages, every section
 * and sub-topic. The rows carry what `zfxxgk export` writes and what `zfxxgk check` finds, so that
 * either can be read back from the database.
 *
 * @module
 */
import { formatCells } from '../../format/index.js';
import { OVERVIEW_TOPICS, SECTIONS } from '../../format/shared.js';
import type { Lang, RuleSetting, Severity } from '../../findings/types.js';
import { isIsoDate } from '../../model/validate.js';
import type { SourceLoc } from '../../parse/layout.js';
import { bodyKey } from '../batch/cross-year.js';
import type { FileResult, LocatedFinding } from '../batch/result.js';
import type { StagedCell } from './cells.js';
import { decimalText, decimalUnits, NotStorable } from './decimal.js';
import type { RowOf } from './schema.js';

/**
 * The rows of one document: its row of `documents`, and its rows of the other tables.
 *
 * @example
 * ```ts
 * const rows = documentRows(result, { sha256, size, path }, settings);
 * rows.cells.length; // 200 for a report in the 2021 format
 * ```
 */
export interface DocumentRows {
  document: RowOf<'documents'>;
  /** The cells, as they are staged (the labels and keys are added in the database). */
  cells: StagedCell[];
  findings: RowOf<'findings'>[];
  sections: RowOf<'sections'>[];
}

/**
 * The stages findings come from: the reader, the checks of the report, the cross-year checks
 * against the same body's previous year.
 *
 * @example
 * ```ts
 * const stage: Stage = 'check';
 * ```
 */
export type Stage = 'reading' | 'check' | 'cross-year';

/**
 * How rows are made: the language the run's own texts (problems, advice) are in, and the
 * `--rule` overrides, applied here to the findings of every stage alike.
 *
 * @example
 * ```ts
 * const settings: RowSettings = { lang: 'zh', rules: { 'CELL-BLANK': 'off' } };
 * ```
 */
export interface RowSettings {
  lang: Lang;
  rules?: Readonly<Record<string, RuleSetting>> | undefined;
}

const NO_SOURCE = {
  source_line: null,
  source_column: null,
  source_page: null,
  source_table: null,
  source_row: null,
  source_cell: null,
  source_x: null,
  source_y: null,
} as const;

/**
 * The source columns of a location (all NULL without one).
 *
 * @example
 * ```ts
 * sourceColumns({ page: 4, x: 496.3, y: 370.7 }).source_page; // 4
 * ```
 */
export function sourceColumns(
  loc: SourceLoc | undefined,
): typeof NO_SOURCE | Record<keyof typeof NO_SOURCE, number | null> {
  if (!loc) return NO_SOURCE;
  return {
    source_line: loc.line ?? null,
    source_column: loc.column ?? null,
    source_page: loc.page ?? null,
    source_table: loc.table ?? null,
    source_row: loc.row ?? null,
    source_cell: loc.cell ?? null,
    source_x: loc.x ?? null,
    source_y: loc.y ?? null,
  };
}

/**
 * The findings of one stage as rows: `--rule` overrides applied, each with both messages and the
 * place it was read (the reader's own, else the first cell or heading involved that was placed).
 *
 * @example
 * ```ts
 * findingRows(sha256, 'check', result.checkFindings, settings, null);
 * ```
 */
export function findingRows(
  document: string,
  stage: Stage,
  findings: readonly LocatedFinding[],
  settings: RowSettings,
  previous: string | null,
): RowOf<'findings'>[] {
  const rows: RowOf<'findings'>[] = [];
  for (const finding of findings) {
    const setting = settings.rules?.[finding.code];
    if (setting === 'off') continue;
    const messages = finding.messages;
    rows.push({
      document,
      stage,
      position: rows.length,
      previous,
      code: finding.code,
      severity: (setting as Severity | undefined) ?? finding.severity,
      table_id: finding.table ?? null,
      row_label: finding.row ?? null,
      column_label: finding.column ?? null,
      group_label: finding.group ?? null,
      expected: decimalText(finding.expected),
      actual: decimalText(finding.actual),
      // A finding written by the library has both messages; one that is not keeps its own, in the
      // run's language, and the other stays NULL rather than a guess.
      message_zh: messages?.zh ?? (settings.lang === 'zh' ? finding.message : null),
      message_en: messages?.en ?? (settings.lang === 'en' ? finding.message : null),
      cells: finding.cells ? finding.cells.map((cell) => `${cell.table}/${cell.row}/${cell.column}`) : null,
      path: finding.path ? finding.path.map(String) : null,
      quote: finding.quote ?? null,
      ...sourceColumns(finding.loc ?? finding.locations?.[0]),
    });
  }
  return rows;
}

/** Where a file is and what it holds, as the scan found it before reading it. */
export interface Identity {
  /** SHA-256 of the bytes, in hex. */
  sha256: string;
  size: number;
}

/** The cells, sections and sub-topics of a read report. */
function reportRows(result: FileResult, document: string): Pick<DocumentRows, 'cells' | 'sections'> {
  const report = result.report;
  if (!report) return { cells: [], sections: [] };
  const sourceMap = result.sourceMap;
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  const cells = formatCells(report.format).map((cell, position): StagedCell => {
    const value = decimalText(tables[`table${cell.table}`]?.[cell.row]?.[cell.column]);
    return {
      batch_index: 0,
      position,
      units: value === null ? null : decimalUnits(value),
      // Units stated in a cell are those of table 2 (the 2019 采购总金额), as the interchange CSV has them.
      unit: (cell.table === '2' && report.units[`${cell.row}/${cell.column}`]) || null,
      ...sourceColumns(sourceMap?.cells[`${cell.table}/${cell.row}/${cell.column}`]),
    };
  });
  const sections: RowOf<'sections'>[] = [];
  for (const def of SECTIONS) {
    const section = report.sections[def.key];
    if (!section) continue;
    sections.push({
      document,
      position: sections.length,
      section: def.key,
      topic: null,
      heading: def.heading,
      printed_heading: section.heading,
      text: section.text,
      ...sourceColumns(sourceMap?.sections[def.key]),
    });
  }
  for (const def of OVERVIEW_TOPICS) {
    const text = report.topics[def.key];
    if (text === undefined) continue;
    sections.push({
      document,
      position: sections.length,
      section: 'overview',
      topic: def.key,
      heading: def.label,
      printed_heading: null,
      text,
      ...NO_SOURCE,
    });
  }
  return { cells, sections };
}

/**
 * Every row of a file's result (read with `keep` and `bilingual`), under its identity. A value the
 * database cannot hold exactly makes the document `unreadable`, with `notStorable` as its problem.
 *
 * @example
 * ```ts
 * const rows = documentRows(result, { sha256, size }, { lang: 'zh' }, (v) => `${v} 无法精确存储`);
 * ```
 */
export function documentRows(
  result: FileResult,
  identity: Identity,
  settings: RowSettings,
  notStorable: (value: string) => string,
): DocumentRows {
  const document = identity.sha256;
  const report = result.report;
  const meta = report?.meta;
  const timings = result.timings;
  const row: RowOf<'documents'> = {
    sha256: document,
    path: result.file,
    size: result.size ?? identity.size,
    medium: result.medium ?? null,
    status: result.status,
    failure: result.failure ?? null,
    problems: result.problems ?? null,
    advice: result.advice ?? null,
    format: report?.format ?? null,
    agency: meta?.agency || null,
    body: meta?.agency ? bodyKey(meta.agency) || null : null,
    level: meta?.level ?? null,
    scope: meta?.scope ?? null,
    year: meta && Number.isInteger(meta.year) && meta.year > 0 ? meta.year : null,
    published: meta?.published && isIsoDate(meta.published) ? meta.published : null,
    read_ms: timings.readMs,
    parse_ms: timings.parseMs,
    check_ms: timings.checkMs,
    total_ms: timings.totalMs,
  };
  try {
    if (meta?.published && row.published === null) throw new NotStorable(meta.published);
    return {
      document: row,
      ...reportRows(result, document),
      findings: [
        ...findingRows(document, 'reading', result.readingFindings, settings, null),
        ...findingRows(document, 'check', result.checkFindings, settings, null),
      ],
    };
  } catch (err) {
    if (!(err instanceof NotStorable)) throw err;
    const unreadable = { ...row, status: 'unreadable', problems: [...(row.problems ?? []), notStorable(err.value)] };
    return { document: unreadable, cells: [], findings: [], sections: [] };
  }
}
