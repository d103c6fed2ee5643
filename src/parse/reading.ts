/**
 * The state of one reading: the report being filled, its source map, and the findings, each
 * written by one method so that every finding of a kind has the same shape.
 *
 * @module
 */
import type { ColumnDef, TableId } from '../format/grid.js';
import type { Report, SectionKey } from '../model/types.js';
import { CellLocations, keyId } from './cell-locations.js';
import { readCell } from './cell-value.js';
import { MAX_LISTED } from './digit-runs.js';
import type { SourceLoc } from './layout.js';
import type { Cell, Line } from './lines.js';
import { locParams, type RawParseFinding } from './rules.js';

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

/** Findings of one code that a document may produce about stray content (extra rows, variants). */
const MAX_STRAY_FINDINGS = 100;

/** The numbers of the source-map keys of a row's cells (`table/row/column`). */
interface RowKeys {
  readonly ids: readonly number[];
}
const cellKeyCache = new WeakMap<readonly ColumnDef[], Map<string, RowKeys>>();
/** The source-map keys of a row's cells, built once per block and row. */
function cellKeys(table: TableId, rowKey: string, columns: readonly ColumnDef[]): RowKeys {
  let byRow = cellKeyCache.get(columns);
  if (!byRow) cellKeyCache.set(columns, (byRow = new Map()));
  let row = byRow.get(rowKey);
  if (!row) {
    row = { ids: columns.map((c) => keyId(`${table}/${rowKey}/${c.key}`)) };
    byRow.set(rowKey, row);
  }
  return row;
}

/**
 * The value of a text of 1 to 15 ASCII digits (what most cells hold), which `readCell` reads as
 * that number whatever the column, or -1: read without a regular expression or a reading object.
 */
function plainNumber(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The texts of the values among fields, for quoting them. */
export const printedValues = (fields: readonly Cell[]): string[] =>
  fields.filter((f) => !f.empty).map((f) => f.text.trim());

/** The report being read, what was read of it, and the findings so far. */
export class Reading {
  readonly raw: RawParseFinding[] = [];
  /** The source map's sections and meta; its cells are kept in {@link cells} until {@link sourceMap} makes them. */
  readonly sections: SourceMap['sections'] = {};
  readonly meta: SourceMap['meta'] = {};
  private readonly cells = new CellLocations();
  /** Rows written (`table/rowKey`, and `4` for table 4 as a whole). */
  readonly rowsRead = new Set<string>();
  readonly tablesSeen = new Set<TableId>();
  private readonly variants = new Set<string>();
  private readonly duplicates = new Set<string>();
  private readonly byPosition = new Set<TableId>();
  private extras = 0;

  constructor(readonly report: Report) {}

  /** The source map of what was read (its cells made into their object here, once). */
  sourceMap(): SourceMap {
    return { cells: this.cells.toObject(), sections: this.sections, meta: this.meta };
  }

  /** PARSE-LABEL-VARIANT, once per printed text and official label. */
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
    const { ids } = cellKeys(table, rowKey, columns);
    for (let k = 0; k < columns.length; k++) {
      const column = columns[k] as ColumnDef;
      const cell = cells[k];
      // A blank row whose blanks left no field of their own is located at its label.
      this.cells.set(ids[k] as number, cell?.loc ?? rowLoc);
      if (!cell || cell.empty) {
        row[column.key] = null;
        continue;
      }
      const plain = plainNumber(cell.text);
      if (plain >= 0) {
        row[column.key] = plain;
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

  /** PARSE-ROW-EMPTY: a row printed as its label alone, read as blank where values may have been lost. */
  empty(table: TableId, label: string, path: string[], loc: SourceLoc): void {
    this.raw.push({
      code: 'PARSE-ROW-EMPTY',
      params: { table, row: label, ...locParams(loc) },
      table,
      row: label,
      path,
      loc,
    });
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

  /** PARSE-ROW-UNALIGNED: the printed values of a row whose columns cannot be told. */
  unaligned(
    table: TableId,
    rowLabel: string,
    fields: readonly Cell[],
    expected: number,
    truncated: boolean,
    loc: SourceLoc,
    path: string[],
  ): void {
    const printed = printedValues(fields);
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

  /** PARSE-VALUES-REORDERED: values printed out of their columns' order, put back the one way that fits. */
  reordered(table: TableId, label: string, fields: readonly Cell[], loc: SourceLoc, path: string[]): void {
    this.valuesRead('PARSE-VALUES-REORDERED', table, label, fields, loc, path);
  }

  /** PARSE-ROW-BY-ORDER: values whose label was lost, read as the one row the official order leaves for them. */
  byOrder(table: TableId, rowLabel: string, fields: readonly Cell[], loc: SourceLoc, path: string[]): void {
    this.valuesRead('PARSE-ROW-BY-ORDER', table, rowLabel, fields, loc, path);
  }

  /** PARSE-COLUMNS-BY-POSITION, once per table: its column headers name no column; values go by the official order. */
  columnsByPosition(table: TableId, line: Line): void {
    if (this.byPosition.has(table)) return;
    this.byPosition.add(table);
    const headers = line.cells.filter((c) => !c.empty && !c.spanned).map((c) => c.text.trim());
    this.raw.push({
      code: 'PARSE-COLUMNS-BY-POSITION',
      params: { table, headers: headers.join(' | '), ...locParams(line.loc) },
      table,
      path: [`table${table}`],
      quote: headers.join(' | '),
      loc: line.loc,
    });
  }

  /** PARSE-DIGITS-SPLIT: a row's run of joined digits, split the one way the report's arithmetic allows. */
  digitsSplit(table: TableId, rowLabel: string, run: Cell, split: readonly string[], path: string[]): void {
    this.raw.push({
      code: 'PARSE-DIGITS-SPLIT',
      params: { table, row: rowLabel, run: run.text.trim(), split: split.join(', '), ...locParams(run.loc) },
      table,
      row: rowLabel,
      path,
      quote: run.text.trim(),
      loc: run.loc,
    });
  }

  /**
   * PARSE-DIGITS-AMBIGUOUS: a row's run of joined digits that the arithmetic does not split one way
   * (several splits fit, none does, or too many to try); the row is not read.
   */
  digitsOpen(
    table: TableId,
    rowLabel: string,
    run: Cell,
    splits: readonly (readonly string[])[] | undefined,
    path: string[],
  ): void {
    const listed = (splits ?? []).slice(0, MAX_LISTED).map((s) => s.join(' '));
    const messageKey =
      splits === undefined
        ? 'PARSE-DIGITS-AMBIGUOUS/many'
        : splits.length === 0
          ? 'PARSE-DIGITS-AMBIGUOUS/none'
          : 'PARSE-DIGITS-AMBIGUOUS';
    this.raw.push({
      code: 'PARSE-DIGITS-AMBIGUOUS',
      messageKey,
      params: {
        table,
        row: rowLabel,
        run: run.text.trim(),
        count: splits?.length ?? 0,
        splits: `${listed.join('; ')}${(splits?.length ?? 0) > MAX_LISTED ? '; …' : ''}`,
        ...locParams(run.loc),
      },
      table,
      row: rowLabel,
      path,
      quote: run.text.trim(),
      loc: run.loc,
    });
  }

  /** An info finding on values read through evidence other than their printed place, quoting them. */
  private valuesRead(
    code: 'PARSE-ROW-BY-ORDER' | 'PARSE-VALUES-REORDERED',
    table: TableId,
    rowLabel: string,
    fields: readonly Cell[],
    loc: SourceLoc,
    path: string[],
  ): void {
    const printed = printedValues(fields);
    this.raw.push({
      code,
      params: { table, row: rowLabel, values: printed.join(', '), ...locParams(loc) },
      table,
      row: rowLabel,
      path,
      quote: printed.join(' '),
      loc,
    });
  }
}
