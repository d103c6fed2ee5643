/**
 * The reader of the common layout: paragraphs and table rows, whichever medium they came from
 * (text, HTML, DOCX, PDF), into a report. Sections are found by their headings, table rows by
 * their labels, and values are placed in columns only when their position is certain; everything
 * that could not be read is a finding.
 *
 * @module
 */
import type { Lang, RuleSetting } from '../findings/types.js';
import { formatForYear, getFormat } from '../format/index.js';
import type { BlockDef, ColumnDef, FormatVersion, TableId } from '../format/grid.js';
import { SECTIONS, T4_GROUPS } from '../format/shared.js';
import { emptyReport } from '../model/empty.js';
import type { OverviewTopicKey, Report, SectionKey } from '../model/types.js';
import { isValueText, readCell } from './cell-value.js';
import { formatDetectors, labelIndex, type LabelIndex, type RowTarget } from './labels.js';
import type { LayoutBlock, SourceLoc } from './layout.js';
import { bodyLevel, readMeta } from './meta.js';
import { normalizeLabel } from './normalize.js';
import { finalizeParseFindings, locParams, type ParseFinding, type RawParseFinding } from './rules.js';
import { matchHeading, matchTopic, type HeadingMatch } from './sections.js';

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
 * Where each part of the report was read from.
 *
 * @example
 * ```ts
 * const { sourceMap } = parseText(text);
 * sourceMap.cells['3/received/natural']; // { line: 39, column: 19 }
 * sourceMap.sections.overview; // { line: 5, column: 1 }
 * sourceMap.meta; // { title: { line: 3, column: 1 } }
 * ```
 */
export interface SourceMap {
  /** By cell, keyed `table/row/column` with the format's keys, e.g. `'3/received/natural'`. */
  cells: Record<string, SourceLoc>;
  /** By section key: the heading's location. */
  sections: Partial<Record<SectionKey, SourceLoc>>;
  /** The title (agency, year) and the publication date. */
  meta: Partial<Record<'title' | 'published', SourceLoc>>;
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

/** A layout cell with what the reader needs to know about its text. */
interface Cell {
  readonly text: string;
  readonly norm: string;
  readonly loc: SourceLoc;
  readonly spanned: boolean;
  readonly empty: boolean;
  readonly value: boolean;
}

interface Line {
  readonly kind: 'paragraph' | 'row';
  readonly cells: readonly Cell[];
  readonly loc: SourceLoc;
}

/** Labels are short; longer text is never compared with them (and never normalised). */
const MAX_LABEL_TEXT = 120;
/** Findings of one code that a document may produce about stray content (extra rows, variants). */
const MAX_STRAY_FINDINGS = 100;
/** How many lines before the first heading are searched for the title and date. */
const HEAD_LINES = 30;
/** How many following lines a label broken over lines may continue on. */
const MAX_LABEL_PIECES = 3;
/** Paragraphs in a table's zone shorter than this are header fragments, not section text. */
const MIN_TEXT_IN_TABLE = 13;

/** What a cell's text is, computed once per distinct text. */
interface TextClass {
  readonly norm: string;
  readonly empty: boolean;
  readonly value: boolean;
}

const BLANK = /^(?:[\s\u200b\u200c\u2060\ufeff]|\u200d)*$/;
const LONG_TEXT: TextClass = { norm: '', empty: false, value: false };

/**
 * Documents repeat the same few texts ('0', empty cells, the labels), within one report and across
 * reports: each distinct short text is classified once. Bounded, so memory stays flat.
 */
const classes = new Map<string, TextClass>();
const MAX_CLASSES = 50_000;

function classify(text: string): TextClass {
  if (text.length > MAX_LABEL_TEXT) return BLANK.test(text) ? { norm: '', empty: true, value: false } : LONG_TEXT;
  let c = classes.get(text);
  if (!c) {
    const norm = normalizeLabel(text);
    c = { norm, empty: norm === '', value: norm !== '' && isValueText(text) };
    if (classes.size >= MAX_CLASSES) classes.clear();
    classes.set(text, c);
  }
  return c;
}

function toLines(blocks: readonly LayoutBlock[]): Line[] {
  const toCell = (text: string, loc: SourceLoc, spanned: boolean): Cell => {
    const c = classify(text);
    return { text, loc, spanned, norm: c.norm, empty: c.empty, value: c.value };
  };
  return blocks.map((b) =>
    b.kind === 'paragraph'
      ? { kind: 'paragraph', cells: [toCell(b.text, b.loc, false)], loc: b.loc }
      : { kind: 'row', cells: b.cells.map((c) => toCell(c.text, c.loc, c.spanned === true)), loc: b.loc },
  );
}

/** The one text a line holds (a paragraph, or a row whose non-empty cells all say the same). */
function soleText(line: Line): Cell | undefined {
  let sole: Cell | undefined;
  for (const c of line.cells) {
    if (c.empty) continue;
    if (sole && c.norm !== sole.norm) return undefined;
    sole ??= c;
  }
  return sole;
}

const isValueOnly = (line: Line): boolean => line.cells.every((c) => c.spanned || c.empty || c.value);

const SECTION_TABLE: Partial<Record<SectionKey, TableId>> = { proactive: '2', requests: '3', appeals: '4' };

/** Detects the format from the labels only found in one version (spec §0). */
function detectFormat(lines: readonly Line[]): { version?: FormatVersion; n2019: number; n2021: number } {
  const d2019 = formatDetectors('2019');
  const d2021 = formatDetectors('2021');
  const seen = new Set<string>();
  let n2019 = 0;
  let n2021 = 0;
  for (const line of lines) {
    for (const c of line.cells) {
      if (c.empty || c.value || c.norm === '' || seen.has(c.norm)) continue;
      seen.add(c.norm);
      // A label with an instruction appended (上一年项目数量(指2019年事项数)) counts as the label.
      const paren = c.norm.indexOf('(');
      const core = paren > 0 ? c.norm.slice(0, paren) : c.norm;
      if (d2019.has(c.norm) || d2019.has(core)) n2019++;
      if (d2021.has(c.norm) || d2021.has(core)) n2021++;
    }
  }
  const version = n2019 === n2021 ? undefined : n2019 > n2021 ? '2019' : '2021';
  return version ? { version, n2019, n2021 } : { n2019, n2021 };
}

/** A row label found in the lines: what it names and where its values start. */
interface LabelAt {
  target: RowTarget;
  official: string;
  variant: boolean;
  printed: string;
  /** Line and cell index of the label's last piece; values follow it. */
  line: number;
  cell: number;
  /** The printed label is also a merged parent cell (2021 （六）其他处理). */
  parentAlias: boolean;
}

/**
 * The row label of a line: the last cell that names a row before the values start, joined with
 * the next lines when the label was broken over lines.
 */
function findRowLabel(lines: readonly Line[], i: number, index: LabelIndex): LabelAt | undefined {
  const line = lines[i] as Line;
  let found: LabelAt | undefined;
  let lastText = -1;
  for (let k = 0; k < line.cells.length; k++) {
    const c = line.cells[k] as Cell;
    if (c.empty) continue;
    if (c.value && !c.spanned) {
      if (found) break;
      continue;
    }
    lastText = k;
    const m = index.matchRow(c.norm);
    if (m) {
      found = {
        target: m.target,
        official: m.official,
        variant: m.variant,
        printed: c.text,
        line: i,
        cell: k,
        parentAlias: index.isParent(c.norm),
      };
    }
  }
  // A label broken over lines: this line ends with the beginning of a label.
  const tail = lastText >= 0 ? (line.cells[lastText] as Cell) : undefined;
  const endsLine = tail !== undefined && line.cells.slice(lastText + 1).every((c) => c.empty || c.spanned);
  if (tail && endsLine && (!found || found.cell === lastText) && index.isRowLabelPrefix(tail.norm)) {
    let joined = tail.norm;
    let printed = tail.text;
    for (let j = i + 1; j < lines.length && j <= i + MAX_LABEL_PIECES; j++) {
      const next = lines[j] as Line;
      const k = next.cells.findIndex((c) => !c.empty && !c.spanned);
      const piece = next.cells[k];
      if (!piece || piece.value) break;
      joined += piece.norm;
      printed += piece.text;
      const m = index.matchRow(joined);
      if (m)
        return {
          target: m.target,
          official: m.official,
          variant: m.variant,
          printed,
          line: j,
          cell: k,
          parentAlias: index.isParent(joined),
        };
      if (!index.isRowLabelPrefix(joined)) break;
    }
  }
  return found;
}

/** How the printed values of a row fall into its columns. */
type Placement = { ok: true; cells: readonly (Cell | undefined)[] } | { ok: false; truncated: boolean };

/**
 * Places a row's printed fields into its `n` columns, only when that is certain: the fields
 * between the first and last value are exactly `n`; or all the fields are; or exactly `n` values
 * are printed. No values at all is a blank row (unless the document ends there).
 */
function place(fields: readonly Cell[], n: number, atEnd: boolean): Placement {
  const filled = fields.filter((f) => !f.empty);
  if (filled.length === 0)
    return atEnd ? { ok: false, truncated: true } : { ok: true, cells: fields.length === n ? fields : [] };
  const first = fields.indexOf(filled[0] as Cell);
  const last = fields.lastIndexOf(filled[filled.length - 1] as Cell);
  if (last - first + 1 === n) return { ok: true, cells: fields.slice(first, last + 1) };
  if (fields.length === n) return { ok: true, cells: fields };
  if (filled.length === n) return { ok: true, cells: filled };
  return { ok: false, truncated: atEnd && filled.length < n };
}

const cellKeyCache = new WeakMap<readonly ColumnDef[], Map<string, readonly string[]>>();
/** The source-map keys of a row's cells (`table/row/column`), built once per block and row. */
function cellKeys(table: TableId, rowKey: string, columns: readonly ColumnDef[]): readonly string[] {
  let byRow = cellKeyCache.get(columns);
  if (!byRow) cellKeyCache.set(columns, (byRow = new Map()));
  let keys = byRow.get(rowKey);
  if (!keys) byRow.set(rowKey, (keys = columns.map((c) => `${table}/${rowKey}/${c.key}`)));
  return keys;
}

/** The state of one reading. */
class Reading {
  readonly raw: RawParseFinding[] = [];
  readonly sourceMap: SourceMap = { cells: {}, sections: {}, meta: {} };
  readonly rowsRead = new Set<string>();
  readonly tablesSeen = new Set<TableId>();
  table4Read = false;
  private readonly variants = new Set<string>();
  private readonly duplicates = new Set<string>();
  private extras = 0;

  constructor(readonly report: Report) {}

  variant(printed: string, official: string, loc: SourceLoc, extra: Partial<RawParseFinding> = {}): void {
    const key = `${printed}\u0000${official}`;
    if (this.variants.has(key) || this.variants.size >= MAX_STRAY_FINDINGS) return;
    this.variants.add(key);
    this.raw.push({
      code: 'PARSE-LABEL-VARIANT',
      params: { printed, official, ...locParams(loc) },
      quote: printed,
      loc,
      ...extra,
    });
  }

  /** Writes one placed row into the report, reading each cell for its column's kind. */
  writeRow(
    table: TableId,
    rowKey: string,
    rowLabel: string,
    columns: readonly ColumnDef[],
    cells: readonly (Cell | undefined)[],
    rowLoc: SourceLoc,
  ): void {
    const tableKey = `table${table}` as 'table2' | 'table3' | 'table4';
    const rows = this.report[tableKey] as unknown as Record<string, Record<string, number | null>>;
    const row = rows[rowKey] as Record<string, number | null>;
    const keys = cellKeys(table, rowKey, columns);
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k] as ColumnDef;
      const cell = cells[k];
      // A blank row whose blanks left no field of their own is located at its label.
      this.sourceMap.cells[keys[k] as string] = cell?.loc ?? rowLoc;
      if (!cell || cell.empty) {
        row[column.key] = null;
        continue;
      }
      const reading = readCell(cell.text, column.kind);
      if (reading.kind === 'number') {
        row[column.key] = reading.value;
        if (reading.unit) this.report.units[`${rowKey}/${column.key}`] = reading.unit;
        continue;
      }
      row[column.key] = null;
      const ref = { table, row: rowKey, column: column.key };
      const common = {
        table,
        row: rowLabel,
        column: column.label,
        cells: [ref],
        path: [tableKey, rowKey, column.key],
        quote: cell.text,
        loc: cell.loc,
      };
      if (reading.kind === 'marker') {
        this.raw.push({
          code: 'PARSE-CELL-MARKER',
          params: { table, row: rowLabel, column: column.label, marker: reading.marker, ...locParams(cell.loc) },
          ...common,
        });
      } else if (reading.kind === 'invalid') {
        this.raw.push({
          code: 'PARSE-VALUE-INVALID',
          params: {
            table,
            row: rowLabel,
            column: column.label,
            text: cell.text,
            reason: reading.reason,
            ...locParams(cell.loc),
          },
          ...common,
        });
      }
    }
  }

  /** PARSE-ROW-DUPLICATE, once per row however often it repeats. */
  duplicate(table: TableId, key: string, label: string, path: string[], loc: SourceLoc): void {
    if (this.duplicates.has(key)) return;
    this.duplicates.add(key);
    this.raw.push({
      code: 'PARSE-ROW-DUPLICATE',
      params: { table, row: label, ...locParams(loc) },
      table,
      row: label,
      path,
      loc,
    });
  }

  /** PARSE-ROW-EXTRA (or, `unlabelled`, values with no row label), for at most {@link MAX_STRAY_FINDINGS} rows. */
  extra(table: TableId, label: string, loc: SourceLoc, unlabelled = false): void {
    if (this.extras++ >= MAX_STRAY_FINDINGS) return;
    const messageKey = unlabelled ? 'PARSE-ROW-EXTRA/unlabelled' : 'PARSE-ROW-EXTRA';
    this.raw.push({
      code: 'PARSE-ROW-EXTRA',
      messageKey,
      params: { table, label, ...locParams(loc) },
      table,
      quote: label,
      loc,
    });
  }

  unaligned(
    table: TableId,
    rowLabel: string,
    fields: readonly Cell[],
    expected: number,
    truncated: boolean,
    loc: SourceLoc,
    path: string[],
  ): void {
    const printed = fields.filter((f) => !f.empty).map((f) => f.text.trim());
    this.raw.push({
      code: 'PARSE-ROW-UNALIGNED',
      messageKey: truncated ? 'PARSE-ROW-UNALIGNED/truncated' : 'PARSE-ROW-UNALIGNED',
      params: { table, row: rowLabel, found: printed.length, values: printed.join(', '), expected, ...locParams(loc) },
      table,
      row: rowLabel,
      path,
      quote: printed.join(' '),
      loc,
    });
  }
}

/** The non-spanned cells after a label, continued on value-only lines when its line has none. */
function valuesAfter(
  lines: readonly Line[],
  label: LabelAt,
  stopAt: ReadonlySet<number>,
): { fields: Cell[]; end: number } {
  const line = lines[label.line] as Line;
  const fields = line.cells.slice(label.cell + 1).filter((c) => !c.spanned);
  let end = label.line;
  if (fields.some((f) => !f.empty)) return { fields, end };
  for (let j = label.line + 1; j < lines.length && !stopAt.has(j); j++) {
    const next = lines[j] as Line;
    if (!isValueOnly(next)) break;
    for (const c of next.cells) if (!c.spanned) fields.push(c);
    end = j;
  }
  return { fields, end };
}

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
  const lines = toLines(blocks);

  // Section headings: the first line recognised as each section's heading, in document order.
  const headings = new Map<number, HeadingMatch & { cell: Cell }>();
  const seenSections = new Set<SectionKey>();
  lines.forEach((line, i) => {
    const sole = soleText(line);
    const heading = sole && !sole.value ? matchHeading(sole.text, sole.norm || undefined) : undefined;
    if (heading && !seenSections.has(heading.key)) {
      seenSections.add(heading.key);
      headings.set(i, { ...heading, cell: sole as Cell });
    }
  });
  const firstHeading = headings.size ? Math.min(...headings.keys()) : lines.length;
  const paragraphText = (from: number, to: number): string[] =>
    lines
      .slice(from, to)
      .filter((l) => l.kind === 'paragraph')
      .map((l) => (l.cells[0] as Cell).text.trim())
      .filter(Boolean);

  // Meta: the title and date before the first heading; the year also from the overview's text.
  // The title is among the last lines before the first heading (after a page's navigation), or
  // among the first lines when no heading was found.
  const headStart = headings.size ? Math.max(0, firstHeading - HEAD_LINES) : 0;
  const headLines = lines.slice(headStart, Math.min(firstHeading, headStart + HEAD_LINES));
  const headTexts = headLines.map((l) =>
    l.cells
      .filter((c) => !c.empty)
      .map((c) => c.text.trim())
      .join(' '),
  );
  const meta = readMeta(headTexts, paragraphText(firstHeading, firstHeading + 20));

  const detected = options.format ? { version: options.format, n2019: 0, n2021: 0 } : detectFormat(lines);
  const assumed = detected.version ?? (meta.year !== undefined ? formatForYear(meta.year) : undefined) ?? '2021';
  const index = labelIndex(assumed);
  const agency = meta.agency ?? '';
  const report = emptyReport({
    format: assumed,
    agency,
    year: meta.year ?? 0,
    level: agency ? bodyLevel(agency) : 'other',
    published: meta.published ?? null,
  }) as Report;
  const reading = new Reading(report);
  const { raw, sourceMap } = reading;
  if (meta.titleLine !== undefined) sourceMap.meta.title = (headLines[meta.titleLine] as Line).loc;
  if (meta.publishedLine !== undefined) sourceMap.meta.published = (headLines[meta.publishedLine] as Line).loc;

  const headingLines = new Set(headings.keys());
  const consumed = new Uint8Array(lines.length);
  const zoneAt = new Array<TableId | null>(lines.length).fill(null);
  let zone: TableId | null = null;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const heading = headings.get(i);
    if (heading) {
      zone = SECTION_TABLE[heading.key] ?? null;
      sourceMap.sections[heading.key] = heading.cell.loc;
      if (heading.variant)
        reading.variant(heading.cell.text.trim(), heading.heading, heading.cell.loc, {
          path: ['sections', heading.key],
        });
      consumed[i] = 1;
      continue;
    }
    zoneAt[i] = zone;
    let structural = false;
    for (const c of line.cells) {
      if (c.empty || c.value || c.spanned || c.norm === '') continue;
      if (index.opensTable4(c.norm)) {
        zone = '4';
        reading.tablesSeen.add('4');
        structural = true;
      } else if (index.isStructural(c.norm)) {
        structural = true;
        const column = index.matchColumn(c.norm);
        if (column?.variant) reading.variant(c.text.trim(), column.official, c.loc);
        if (c.norm.startsWith('第二十条')) {
          zone = '2';
          reading.tablesSeen.add('2');
        }
      }
    }

    const label = findRowLabel(lines, i, index);
    if (label) {
      const { fields, end } = valuesAfter(lines, label, headingLines);
      const filled = fields.some((f) => !f.empty);
      if (!(label.parentAlias && !filled)) {
        readRow(reading, label, fields, end === lines.length - 1, lines[label.line] as Line);
        zone = label.target.table;
        for (let j = i; j <= end; j++) consumed[j] = 1;
        i = end;
        continue;
      }
    }

    if (zone === '4' && !reading.table4Read && isValueOnly(line) && line.cells.some((c) => !c.empty && !c.spanned)) {
      const fields: Cell[] = [];
      let end = i;
      for (let j = i; j < lines.length && !headingLines.has(j) && isValueOnly(lines[j] as Line); j++) {
        for (const c of (lines[j] as Line).cells) if (!c.spanned) fields.push(c);
        end = j;
      }
      readTable4(reading, fields, end === lines.length - 1, line.loc);
      for (let j = i; j <= end; j++) consumed[j] = 1;
      i = end;
      zone = null;
      continue;
    }

    if ((zone === '2' || zone === '3') && line.kind === 'row' && !structural) {
      const first = line.cells.find((c) => !c.empty && !c.spanned);
      const hasValue = line.cells.some((c) => c.value && !c.spanned);
      if (first && !first.value && hasValue && !index.isParent(first.norm)) {
        reading.extra(zone, first.text.trim(), first.loc);
        consumed[i] = 1;
      } else if (first?.value) {
        // Values with no row label before them: no cell can be told for them, but they were
        // printed, so they are reported rather than dropped in silence.
        const values = line.cells.filter((c) => c.value && !c.spanned).map((c) => c.text.trim());
        reading.extra(zone, values.join(' '), first.loc, true);
        consumed[i] = 1;
      }
    }
    if (structural) consumed[i] = 1;
  }

  // Sections and section 1's topics: the running text between one heading and the next.
  const order = [...headings.entries()].sort((a, b) => a[0] - b[0]);
  order.forEach(([start, heading], n) => {
    const stop = n + 1 < order.length ? (order[n + 1] as [number, unknown])[0] : lines.length;
    const texts: string[] = [];
    let topic: OverviewTopicKey | undefined;
    for (let j = start + 1; j < stop; j++) {
      const line = lines[j] as Line;
      if (consumed[j] || line.kind !== 'paragraph') continue;
      const text = (line.cells[0] as Cell).text.trim();
      if (!text || (zoneAt[j] !== null && text.length < MIN_TEXT_IN_TABLE)) continue;
      texts.push(text);
      if (heading.key === 'overview') {
        topic = matchTopic(text) ?? topic;
        if (topic) report.topics[topic] = report.topics[topic] ? `${report.topics[topic]}\n${text}` : text;
      }
    }
    report.sections[heading.key] = { heading: heading.cell.text.trim(), text: texts.join('\n') };
  });

  const reportLike = headings.size > 0 || reading.tablesSeen.size > 0 || meta.titleLine !== undefined;
  if (!reportLike) {
    raw.length = 0;
    raw.push({ code: 'PARSE-NOT-REPORT', params: {} });
    return { report: null, findings: finalizeParseFindings(raw, options), sourceMap };
  }

  const head: RawParseFinding[] = [];
  if (!detected.version && !options.format) {
    const both = detected.n2019 > 0;
    head.push({
      code: 'PARSE-FORMAT-UNKNOWN',
      messageKey: both ? 'PARSE-FORMAT-UNKNOWN/conflict' : 'PARSE-FORMAT-UNKNOWN',
      params: both
        ? { n2019: detected.n2019, n2021: detected.n2021, chosen: assumed }
        : { assumed: meta.year !== undefined ? assumed : undefined },
      path: ['format'],
    });
  }
  if (!meta.agency) head.push({ code: 'PARSE-META-MISSING', params: { field: 'agency' }, path: ['meta', 'agency'] });
  if (meta.year === undefined)
    head.push({ code: 'PARSE-META-MISSING', params: { field: 'year' }, path: ['meta', 'year'] });
  else if (meta.yearFromText) {
    head.push({
      code: 'PARSE-META-MISSING',
      messageKey: 'PARSE-META-MISSING/year-from-text',
      params: { year: meta.year },
      path: ['meta', 'year'],
    });
  }
  for (const s of SECTIONS) {
    if (!seenSections.has(s.key))
      head.push({ code: 'PARSE-SECTION-MISSING', params: { heading: s.heading }, path: ['sections', s.key] });
  }
  const tail = missingFindings(reading);
  return { report, findings: finalizeParseFindings([...head, ...raw, ...tail], options), sourceMap };
}

function readRow(reading: Reading, label: LabelAt, fields: readonly Cell[], atEnd: boolean, line: Line): void {
  const { table, block, row } = label.target;
  const key = `${table}/${row.key}`;
  const loc = (line.cells[label.cell] as Cell).loc;
  if (label.variant) {
    reading.variant(label.printed.trim(), label.official, loc, {
      table,
      row: label.official,
      path: [`table${table}`, row.key],
    });
  }
  reading.tablesSeen.add(table);
  if (reading.rowsRead.has(key)) {
    reading.duplicate(table, key, row.label, [`table${table}`, row.key], loc);
    return;
  }
  reading.rowsRead.add(key);
  const placed = place(fields, block.columns.length, atEnd);
  if (placed.ok) reading.writeRow(table, row.key, row.label, block.columns, placed.cells, loc);
  // A label with no cells at all (not blank cells): blank, but its values may be what was lost.
  if (placed.ok && placed.cells.length === 0)
    reading.raw.push({
      code: 'PARSE-ROW-EMPTY',
      params: { table, row: row.label, ...locParams(loc) },
      table,
      row: row.label,
      path: [`table${table}`, row.key],
      loc,
    });
  else if (!placed.ok)
    reading.unaligned(table, row.label, fields, block.columns.length, placed.truncated, loc, [
      `table${table}`,
      row.key,
    ]);
}

/** Table 4's one data row: the 15 values of the three groups, in the order of the definitions. */
function readTable4(reading: Reading, fields: readonly Cell[], atEnd: boolean, loc: SourceLoc): void {
  const block = getFormat(reading.report.format).tables[2].blocks[0] as BlockDef;
  const n = block.rows.length * block.columns.length;
  reading.table4Read = true;
  reading.tablesSeen.add('4');
  const placed = place(fields, n, atEnd);
  const groups = T4_GROUPS.map((g) => g.label).join('、');
  if (!placed.ok) {
    reading.unaligned('4', groups, fields, n, placed.truncated, loc, ['table4']);
    return;
  }
  block.rows.forEach((row, g) => {
    const cells = block.columns.map((_, k) => placed.cells[g * block.columns.length + k]);
    reading.writeRow('4', row.key, row.label, block.columns, cells, loc);
  });
}

/** Findings for every table, and every row of a table found, that the document lacks. */
function missingFindings(reading: Reading): RawParseFinding[] {
  const out: RawParseFinding[] = [];
  const format = getFormat(reading.report.format);
  for (const table of format.tables) {
    if (!reading.tablesSeen.has(table.id)) {
      out.push({
        code: 'PARSE-TABLE-MISSING',
        params: { table: table.id, title: table.title },
        table: table.id,
        path: [`table${table.id}`],
      });
      continue;
    }
    if (table.id === '4') {
      if (!reading.table4Read) {
        const groups = T4_GROUPS.map((g) => g.label).join('、');
        out.push({
          code: 'PARSE-ROW-MISSING',
          params: { table: '4', row: groups },
          table: '4',
          row: groups,
          path: ['table4'],
        });
      }
      continue;
    }
    for (const block of table.blocks) {
      for (const row of block.rows) {
        if (reading.rowsRead.has(`${table.id}/${row.key}`)) continue;
        out.push({
          code: 'PARSE-ROW-MISSING',
          params: { table: table.id, row: row.label },
          table: table.id,
          row: row.label,
          path: [`table${table.id}`, row.key],
        });
      }
    }
  }
  return out;
}
