/**
 * The reader of the common layout: paragraphs and table rows, whichever medium they came from
 * (text, HTML, DOCX, PDF), into a report. Sections are found by their headings, table rows by
 * their labels, and values are placed in columns only when their position is certain; everything
 * that could not be read is a finding.
 *
 * @module
 */
import type { Lang, RuleSetting } from '../findings/types.js';
import type { FormatVersion, RowDef } from '../format/grid.js';
import { formatForYear, getFormat } from '../format/index.js';
import { SECTIONS } from '../format/shared.js';
import { emptyReport } from '../model/empty.js';
import type { Report } from '../model/types.js';
import { detectFormat } from './format-detect.js';
import { labelIndex } from './labels.js';
import type { LayoutBlock } from './layout.js';
import { BlockLines, type Cell, type Lines } from './lines.js';
import { bodyLevel, type MetaReading, readMeta } from './meta.js';
import { FieldEvidence, isComplete } from './placement.js';
import { Reading, type SourceMap } from './reading.js';
import { finalizeParseFindings, type ParseFinding, type RawParseFinding } from './rules.js';
import { readSections } from './section-text.js';
import { findHeadings, type HeadingAt } from './sections.js';
import { officialRow, officialRows, RowTables } from './table-rows.js';
import { scanTables, type TableScan } from './table-scan.js';
import { readTable4, TABLE4_GROUPS_LABEL } from './table4.js';

export type { SourceMap } from './reading.js';

/**
 * Options of the readers.
 *
 * @example
 * ```ts
 * parseText(text, { lang: 'en', format: '2019', rules: { 'PARSE-LABEL-VARIANT': 'off' } });
 * ```
 */
export interface ReadOptions {
  /** Language of the findings' messages: `'zh'` (default) or `'en'`. */
  lang?: Lang;
  /** Per-code severity overrides, or `'off'`, as for `check`. */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Read with this format instead of detecting it from the labels. */
  format?: FormatVersion;
}

/**
 * What a reader returns.
 *
 * @example
 * ```ts
 * const { report, findings, sourceMap } = parseText(text);
 * report?.meta.agency; // '北关区应急管理局'
 * findings.map((f) => f.code); // ['PARSE-LABEL-VARIANT']
 * sourceMap.cells['3/received/natural']; // { line: 39, column: 19 }
 * ```
 */
export interface ParseResult {
  /** The report, or `null` when nothing report-like was found (the findings say why). */
  report: Report | null;
  /** What could not be read, or was read through a variant: every gap is here. */
  findings: ParseFinding[];
  sourceMap: SourceMap;
}

/** How many lines before the first heading are searched for the title and date. */
const HEAD_LINES = 30;
/** How many lines at the end are searched for the signature block (a page's furniture may follow it). */
const TAIL_LINES = 60;

/**
 * Reads a report from the common layout: the reader that text, HTML, DOCX and PDF extraction
 * all feed. Deterministic, never throws on content, linear in the size of the layout.
 *
 * @example
 * ```ts
 * const { report, findings } = readLayout([
 *   { kind: 'paragraph', text: '北关区应急管理局2024年政府信息公开工作年度报告', loc: { line: 1 } },
 *   { kind: 'paragraph', text: '二、主动公开政府信息情况', loc: { line: 2 } },
 *   { kind: 'row', loc: { line: 3 }, cells: [
 *     { text: '行政处罚', loc: { line: 3, column: 1 } },
 *     { text: '13', loc: { line: 3, column: 6 } },
 *   ] },
 * ]);
 * report?.table2.penalty; // { decisions: 13 }
 * ```
 */
export function readLayout(blocks: readonly LayoutBlock[], options: ReadOptions = {}): ParseResult {
  return readLines(new BlockLines(blocks), options);
}

/** The title and date: among the last lines before the first heading, or the first lines. */
function readHead(
  lines: Lines,
  firstHeading: number | undefined,
): { meta: MetaReading; lineOf: (n: number) => number } {
  const headStart = firstHeading === undefined ? 0 : Math.max(0, firstHeading - HEAD_LINES);
  const headEnd = Math.min(firstHeading ?? lines.length, headStart + HEAD_LINES);
  const texts: string[] = [];
  for (let i = headStart; i < headEnd; i++) {
    let text: string | undefined;
    for (const c of lines.line(i).cells)
      if (!c.empty) text = text === undefined ? c.text.trim() : `${text} ${c.text.trim()}`;
    texts.push(text ?? '');
  }
  // The year may also come from the first paragraphs after the first heading; the agency from
  // the signature block among the last lines.
  const from = firstHeading ?? lines.length;
  const body = paragraphTexts(lines, from, from + 20);
  const tail = paragraphTexts(lines, Math.max(from, lines.length - TAIL_LINES), lines.length);
  return { meta: readMeta(texts, body, tail), lineOf: (n) => headStart + n };
}

/** The non-empty paragraphs among lines `from` to `to` (exclusive), trimmed. */
function paragraphTexts(lines: Lines, from: number, to: number): string[] {
  const texts: string[] = [];
  for (let i = from; i < Math.min(lines.length, to); i++) {
    const line = lines.line(i);
    const text = line.kind === 'paragraph' ? (line.cells[0] as { text: string }).text.trim() : '';
    if (text) texts.push(text);
  }
  return texts;
}

/**
 * Reads a report from its lines (the layout of any medium, made on demand).
 * @internal
 */
export function readLines(lines: Lines, options: ReadOptions = {}): ParseResult {
  const headings = findHeadings(lines);
  const firstHeading = headings.size ? Math.min(...headings.keys()) : undefined;
  const { meta, lineOf } = readHead(lines, firstHeading);

  const detected = options.format ? { version: options.format, n2019: 0, n2021: 0 } : detectFormat(lines);
  const version = detected.version ?? (meta.year !== undefined ? formatForYear(meta.year) : undefined) ?? '2021';
  const index = labelIndex(version);
  const agency = meta.agency ?? '';
  const report = emptyReport({
    format: version,
    agency,
    year: meta.year ?? 0,
    level: agency ? bodyLevel(agency) : 'other',
    published: meta.published ?? null,
  }) as Report;
  const reading = new Reading(report);
  const { raw } = reading;
  if (meta.titleLine !== undefined) reading.meta.title = lines.line(lineOf(meta.titleLine)).loc;
  if (meta.publishedLine !== undefined) reading.meta.published = lines.line(lineOf(meta.publishedLine)).loc;
  for (const [, heading] of headings) {
    reading.sections[heading.key] = heading.cell.loc;
    if (heading.variant)
      reading.variant(heading.cell.text.trim(), heading.heading, heading.cell.loc, { path: ['sections', heading.key] });
  }

  const scan = scanTables(lines, headings, index, reading);
  const format = getFormat(version);
  const evidence = fieldEvidence(scan, format);
  new RowTables(reading, format, evidence).read(scan);
  readTable4(scan.table4, reading, format, evidence);
  readSections(lines, headings, index, scan, reading);

  const reportLike = headings.size > 0 || reading.tablesSeen.size > 0 || meta.titleLine !== undefined;
  if (!reportLike) {
    return {
      report: null,
      findings: finalizeParseFindings([{ code: 'PARSE-NOT-REPORT', params: {} }], options),
      sourceMap: reading.sourceMap(),
    };
  }
  const head = [
    ...formatFindings(detected, options, meta.year, version),
    ...metaFindings(meta),
    ...sectionFindings(headings),
  ];
  return {
    report,
    findings: finalizeParseFindings([...head, ...raw, ...missingFindings(reading)], options),
    sourceMap: reading.sourceMap(),
  };
}

/** What the complete rows printed in the tables say about where fields stand. */
function fieldEvidence(scan: TableScan, format: ReturnType<typeof getFormat>): FieldEvidence {
  const evidence = new FieldEvidence(scan.padsMergedCells);
  /** How many fields the label lines of each block of table 2 have. */
  const widths = new Map<string, Set<number>>();
  for (const table of ['2', '3'] as const) {
    for (const item of scan.rows[table]) {
      if (item.kind !== 'label') continue;
      const row = officialRow(format, table, item.label.target.row.key);
      if (!row) continue;
      if (isComplete(item.label.fields, row.shape.width)) evidence.addComplete(row.shape, item.label.fields);
      evidence.addLineWidth(row.shape, item.label.lineWidth);
      if (table === '2') {
        let seen = widths.get(row.block.key);
        if (!seen) widths.set(row.block.key, (seen = new Set()));
        seen.add(item.label.fields.length);
      }
    }
  }
  // A header row of table 2 shows where its block's values stand, as a complete row would, where
  // no complete row of the block does and its rows have as many fields as the header: with its
  // empty cells after the last column label (a spare cell every row has), or without them (they
  // pad the header to a wider block's width, as a Markdown table does).
  for (const header of scan.headers) {
    const named = header.fields.length - trailingEmpty(header.fields);
    for (const row of officialRows(format, '2')) {
      const columns = row.block.columns.map((c) => c.label);
      const same = columns.length === header.columns.length && columns.every((c, k) => c === header.columns[k]);
      const seen = widths.get(row.block.key);
      if (!same || evidence.shows(row.shape) || seen?.size !== 1) continue;
      const [fields] = seen;
      // Without its empty cells only where no complete row shows fields besides its values.
      if (fields === header.fields.length || (fields === named && !evidence.rowsPadded))
        evidence.addComplete(row.shape, header.fields.slice(0, fields), true);
    }
  }
  return evidence;
}

/** How many empty fields end a line. */
function trailingEmpty(fields: readonly Cell[]): number {
  let n = 0;
  while (n < fields.length && (fields[fields.length - 1 - n] as Cell).empty) n++;
  return n;
}

function formatFindings(
  detected: ReturnType<typeof detectFormat>,
  options: ReadOptions,
  year: number | undefined,
  chosen: FormatVersion,
): RawParseFinding[] {
  if (detected.version || options.format) return [];
  const both = detected.n2019 > 0;
  return [
    {
      code: 'PARSE-FORMAT-UNKNOWN',
      messageKey: both ? 'PARSE-FORMAT-UNKNOWN/conflict' : 'PARSE-FORMAT-UNKNOWN',
      params: both
        ? { n2019: detected.n2019, n2021: detected.n2021, chosen }
        : { assumed: year !== undefined ? chosen : undefined },
      path: ['format'],
    },
  ];
}

function metaFindings(meta: MetaReading): RawParseFinding[] {
  const out: RawParseFinding[] = [];
  if (!meta.agency) out.push({ code: 'PARSE-META-MISSING', params: { field: 'agency' }, path: ['meta', 'agency'] });
  if (meta.year === undefined)
    out.push({ code: 'PARSE-META-MISSING', params: { field: 'year' }, path: ['meta', 'year'] });
  else if (meta.yearFromText) {
    out.push({
      code: 'PARSE-META-MISSING',
      messageKey: 'PARSE-META-MISSING/year-from-text',
      params: { year: meta.year },
      path: ['meta', 'year'],
    });
  }
  return out;
}

function sectionFindings(headings: ReadonlyMap<number, HeadingAt>): RawParseFinding[] {
  const found = new Set([...headings.values()].map((h) => h.key));
  return SECTIONS.filter((s) => !found.has(s.key)).map((s) => ({
    code: 'PARSE-SECTION-MISSING',
    params: { heading: s.heading },
    path: ['sections', s.key],
  }));
}

/** A table's rows, each with its key in {@link Reading.rowsRead} (`table/row`). */
type KeyedRows = readonly { readonly row: RowDef; readonly key: string }[];
const keyedRowCache = new Map<FormatVersion, readonly KeyedRows[]>();

/** The rows of each table of a format with their keys, made once per format. */
function keyedRows(version: FormatVersion): readonly KeyedRows[] {
  let tables = keyedRowCache.get(version);
  if (!tables) {
    tables = getFormat(version).tables.map((table) =>
      table.blocks.flatMap((b) => b.rows).map((row) => ({ row, key: `${table.id}/${row.key}` })),
    );
    keyedRowCache.set(version, tables);
  }
  return tables;
}

/** Findings for every table, and every row of a table found, that the document lacks. */
function missingFindings(reading: Reading): RawParseFinding[] {
  const out: RawParseFinding[] = [];
  const format = getFormat(reading.report.format);
  const keyed = keyedRows(reading.report.format);
  format.tables.forEach((table, t) => {
    if (!reading.tablesSeen.has(table.id)) {
      out.push({
        code: 'PARSE-TABLE-MISSING',
        params: { table: table.id, title: table.title },
        table: table.id,
        path: [`table${table.id}`],
      });
      return;
    }
    const rows = keyed[t] as KeyedRows;
    const missing: RowDef[] = [];
    for (const { row, key } of rows) if (!reading.rowsRead.has(key)) missing.push(row);
    if (table.id === '4' && missing.length === rows.length) {
      out.push({
        code: 'PARSE-ROW-MISSING',
        params: { table: '4', row: TABLE4_GROUPS_LABEL },
        table: '4',
        row: TABLE4_GROUPS_LABEL,
        path: ['table4'],
      });
      return;
    }
    for (const row of missing) {
      out.push({
        code: 'PARSE-ROW-MISSING',
        params: { table: table.id, row: row.label },
        table: table.id,
        row: row.label,
        path: [`table${table.id}`, row.key],
      });
    }
  });
  return out;
}
