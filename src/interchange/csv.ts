/**
 * The interchange table: a long-form CSV with header `table,row,column,value`, using the
 * official labels as printed in the report's format, so any tool can join it without our keys.
 *
 * Rows by table:
 * - `meta`: `meta,agency,,…`, `meta,year,,2024`, `meta,format,,2021`, `meta,level,,department`,
 *   `meta,scope,,unknown`, `meta,published,,2025-01-20` (empty when unknown).
 * - `2`, `3`: official row label, official column label, value (empty for a blank cell).
 * - `4`: the group (行政复议, 未经复议直接起诉, 复议后起诉), the column, the value.
 * - `unit`: row and column labels of a table 2 cell, and the unit read from the cell (`元`).
 * - `section`: the official heading, `heading` or `text`, and the printed heading or the text.
 * - `topic`: the label of a section 1 sub-topic, empty, and its text.
 *
 * Free text (the agency, sections, topics, units) that a spreadsheet would take for a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading `'`, and
 * read back without it; numbers are written as they are.
 *
 * @module
 */
import { formatCells, getFormat, type CellDef } from '../format/index.js';
import type { FormatVersion } from '../format/grid.js';
import { OVERVIEW_TOPICS, SECTIONS } from '../format/shared.js';
import { decimalText } from '../model/decimal.js';
import { exactNumber, inexactMessage } from '../model/exact.js';
import { createReport, ReportInputError, type InputIssue } from '../model/validate.js';
import type { ReadonlyReport, Report } from '../model/types.js';
import { csvField, neutralizeText, parseCsv, restoreText } from './csv-syntax.js';

/**
 * The header line of the interchange table.
 *
 * @example
 * ```ts
 * CSV_HEADER; // 'table,row,column,value'
 * writeCsv(report).startsWith(CSV_HEADER); // true
 * ```
 */
export const CSV_HEADER = 'table,row,column,value';

/**
 * A problem in an interchange CSV, at a 1-based line.
 *
 * @example
 * ```ts
 * const issue: CsvIssue = { line: 25, message: 'unknown label in table 3 of the 2021 format: row "二、上年结转申请数量", column "自然人"' };
 * ```
 */
export interface CsvIssue {
  line: number;
  message: string;
}

/**
 * Thrown by {@link readCsv}: every problem found, each with its line.
 *
 * @example
 * ```ts
 * try {
 *   readCsv(text);
 * } catch (err) {
 *   if (err instanceof InterchangeError) for (const i of err.issues) console.error(`line ${i.line}: ${i.message}`);
 * }
 * ```
 */
export class InterchangeError extends Error {
  readonly issues: CsvIssue[];
  constructor(issues: CsvIssue[]) {
    super(`invalid interchange CSV:\n${issues.map((i) => `  line ${i.line}: ${i.message}`).join('\n')}`);
    this.name = 'InterchangeError';
    this.issues = issues;
  }
}

/**
 * Writes a report as the interchange CSV (CRLF-free, one row per cell, meta and text first).
 *
 * @example
 * ```ts
 * writeCsv(report).split('\n')[0]; // 'table,row,column,value'
 * ```
 */
export function writeCsv(report: ReadonlyReport): string {
  const lines = [CSV_HEADER];
  const row = (...fields: string[]) => lines.push(fields.map(csvField).join(','));
  // Free text (the body's name, the report's text, units) cannot start a formula in a spreadsheet.
  const text = (table: string, key: string, column: string, value: string) =>
    row(table, key, column, neutralizeText(value));
  const { meta } = report;
  text('meta', 'agency', '', meta.agency);
  row('meta', 'year', '', String(meta.year));
  row('meta', 'format', '', report.format);
  row('meta', 'level', '', meta.level);
  row('meta', 'scope', '', meta.scope);
  row('meta', 'published', '', meta.published ?? '');
  for (const def of SECTIONS) {
    const section = report.sections[def.key];
    if (!section) continue;
    text('section', def.heading, 'heading', section.heading);
    text('section', def.heading, 'text', section.text);
  }
  for (const def of OVERVIEW_TOPICS) {
    const topic = report.topics[def.key];
    if (topic !== undefined) text('topic', def.label, '', topic);
  }
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  for (const cell of formatCells(report.format)) {
    const value = tables[`table${cell.table}`]?.[cell.row]?.[cell.column];
    row(cell.table, cell.rowDef.label, cell.columnDef.label, typeof value === 'number' ? decimalText(value) : '');
  }
  for (const cell of formatCells(report.format)) {
    const unit = report.units[`${cell.row}/${cell.column}`];
    if (cell.table === '2' && unit) text('unit', cell.rowDef.label, cell.columnDef.label, unit);
  }
  return `${lines.join('\n')}\n`;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** A cell's key in the CSV: its table, row label and column label, as on its line. */
const labelKey = (table: string, row: string, column: string): string => `${table}\u0000${row}\u0000${column}`;

/** The cells of each format by their labels, made once: a map per call cost a quarter of reading a file. */
const cellsByLabelCache: Partial<Record<FormatVersion, ReadonlyMap<string, CellDef>>> = {};

function cellsByLabelOf(format: FormatVersion): ReadonlyMap<string, CellDef> {
  return (cellsByLabelCache[format] ??= new Map(
    formatCells(format).map((c) => [labelKey(c.table, c.rowDef.label, c.columnDef.label), c]),
  ));
}

const sectionByHeading: ReadonlyMap<string, string> = new Map(SECTIONS.map((s) => [s.heading, s.key]));
const topicByLabel: ReadonlyMap<string, string> = new Map(OVERVIEW_TOPICS.map((t) => [t.label, t.key]));
const META_KEYS = new Set(['agency', 'year', 'format', 'level', 'scope', 'published']);
/** The rows whose value is free text, written with {@link neutralizeText}. */
const TEXT_TABLES = new Set(['section', 'topic', 'unit']);

/**
 * Reads an interchange CSV into a report. Labels must be the official ones of the report's
 * format; an unknown table, label or malformed value is an {@link InterchangeError} naming the
 * line. Cells absent from the file are blank.
 *
 * @example
 * ```ts
 * const report = readCsv(fs.readFileSync('examples/2024-beiguan-yjglj.csv', 'utf8'));
 * report.table2.penalty.decisions; // 13
 * ```
 */
export function readCsv(text: string): Report {
  const { records, error } = parseCsv(text);
  const issues: CsvIssue[] = error ? [error] : [];
  const header = records[0];
  if (!header || header.fields.join(',') !== CSV_HEADER) {
    throw new InterchangeError([
      { line: header?.line ?? 1, message: `expected the header "${CSV_HEADER}"` },
      ...issues,
    ]);
  }
  const body = records.slice(1);
  const meta: Record<string, string> = {};
  for (const { line, fields } of body) {
    if (fields.length !== 4) issues.push({ line, message: `expected 4 fields, got ${fields.length}` });
    else if (fields[0] === 'meta') {
      if (!META_KEYS.has(fields[1] as string))
        issues.push({ line, message: `unknown meta field ${JSON.stringify(fields[1])}` });
      else
        meta[fields[1] as string] = fields[1] === 'agency' ? restoreText(fields[3] as string) : (fields[3] as string);
    }
  }
  const format = meta.format as FormatVersion | undefined;
  if (format !== '2019' && format !== '2021') {
    issues.push({
      line: body.find((r) => r.fields[1] === 'format')?.line ?? 1,
      message: 'meta,format must be 2019 or 2021',
    });
    throw new InterchangeError(issues);
  }
  const cellsByLabel = cellsByLabelOf(format);
  const input = {
    format,
    meta: {
      agency: meta.agency,
      year: meta.year !== undefined && /^\d{4}$/.test(meta.year) ? Number(meta.year) : meta.year,
      ...(meta.level !== undefined && { level: meta.level }),
      ...(meta.scope !== undefined && { scope: meta.scope }),
      ...(meta.published !== undefined && { published: meta.published === '' ? null : meta.published }),
    },
    sections: {} as Record<string, Record<string, string>>,
    topics: {} as Record<string, string>,
    table2: {} as Record<string, Record<string, number | null>>,
    table3: {} as Record<string, Record<string, number | null>>,
    table4: {} as Record<string, Record<string, number | null>>,
    units: {} as Record<string, string>,
  };
  const seen = new Map<string, number>();
  for (const { line, fields } of body) {
    if (fields.length !== 4) continue;
    const [table, row, column, field] = fields as [string, string, string, string];
    const value = TEXT_TABLES.has(table) ? restoreText(field) : field;
    const key = labelKey(table, row, column);
    if (seen.has(key)) {
      issues.push({ line, message: `duplicate of line ${seen.get(key)}` });
      continue;
    }
    seen.set(key, line);
    if (table === 'meta') continue;
    if (table === 'section') {
      const sectionKey = sectionByHeading.get(row);
      if (!sectionKey || (column !== 'heading' && column !== 'text'))
        issues.push({ line, message: `unknown section row ${JSON.stringify(row)} / ${JSON.stringify(column)}` });
      else (input.sections[sectionKey] ??= {})[column] = value;
    } else if (table === 'topic') {
      const topicKey = topicByLabel.get(row);
      if (!topicKey) issues.push({ line, message: `unknown topic ${JSON.stringify(row)}` });
      else input.topics[topicKey] = value;
    } else if (table === 'unit') {
      const cell = cellsByLabel.get(labelKey('2', row, column));
      if (!cell)
        issues.push({
          line,
          message: `unknown table 2 cell ${JSON.stringify(row)} / ${JSON.stringify(column)} for a unit`,
        });
      else input.units[`${cell.row}/${cell.column}`] = value;
    } else if (table === '2' || table === '3' || table === '4') {
      const cell = cellsByLabel.get(key);
      if (!cell) {
        issues.push({
          line,
          message: `unknown label in table ${table} of the ${format} format: row ${JSON.stringify(row)}, column ${JSON.stringify(column)}`,
        });
      } else if (value !== '' && !NUMBER.test(value)) {
        issues.push({ line, message: `expected a plain decimal number or empty, got ${JSON.stringify(value)}` });
      } else {
        const number = value === '' ? null : exactNumber(value);
        if (number === undefined) issues.push({ line, message: inexactMessage(value) });
        else (input[`table${table}`][cell.row] ??= {})[cell.column] = number;
      }
    } else {
      issues.push({
        line,
        message: `unknown table ${JSON.stringify(table)}; expected meta, 2, 3, 4, unit, section or topic`,
      });
    }
  }
  if (issues.length > 0) throw new InterchangeError(issues);
  try {
    return createReport(input);
  } catch (err) {
    if (!(err instanceof ReportInputError)) throw err;
    throw new InterchangeError(
      err.issues.map((issue) => ({
        line: lineOf(issue, seen, format),
        message: `${issue.path.join('.')}: ${issue.message}`,
      })),
    );
  }
}

/** The line a validation issue comes from, found back through the labels of its path. */
function lineOf(issue: InputIssue, seen: Map<string, number>, format: FormatVersion): number {
  const [first, row, column] = issue.path;
  if (first === 'meta') {
    return seen.get(labelKey('meta', String(row), '')) ?? 1;
  }
  if (typeof first === 'string' && first.startsWith('table')) {
    const cell = formatCells(getFormat(format)).find(
      (c) => `table${c.table}` === first && c.row === row && c.column === column,
    );
    if (cell) return seen.get(labelKey(cell.table, cell.rowDef.label, cell.columnDef.label)) ?? 1;
  }
  return 1;
}
