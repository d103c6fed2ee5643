/**
 * Single edits of a report printed in a table medium (DOCX, PDF), as a careless copier or a damaged
 * file makes them: a field emptied, a cell removed (the cells after it move left), two fields joined
 * into one cell with a space, a footnote mark or list marker put into a number, two values swapped,
 * a row cut out. The writers print each row of values through a {@link ValuePrinter}; an edit is
 * one, and it says which values a correct reading may return for each cell.
 */
import fc from 'fast-check';
import { type CellRef, formatCells, type FormatVersion, getFormat } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import { uniqueReportArb } from './arbitraries.js';
import { cellKey, cellValue } from './oracle.js';

/** One value of a printed row: the cell it is, and the text printed for it. */
export interface ValueCell {
  readonly ref: CellRef;
  readonly text: string;
}

/** What is printed in place of a row's values: each with how many of the row's value cells it covers. */
export interface PrintedValue {
  readonly text: string;
  readonly span: number;
}

/** Prints one row of values; `null` leaves the row out altogether. */
export type ValuePrinter = (cells: readonly ValueCell[]) => readonly PrintedValue[] | null;

/** Every value as it is. */
export const printAsIs: ValuePrinter = (cells) => cells.map((c) => ({ text: c.text, span: 1 }));

/**
 * A row of a report's values printed through `printer`: each printed value with the grid columns
 * it covers (the sum of `widths`, in grid columns per value cell, over the value cells it stands
 * for; one column a value cell by default); `null` when the row is left out. What the DOCX and PDF
 * writers print in a row of a table.
 */
export function printRow(
  report: Report,
  refs: readonly CellRef[],
  printer: ValuePrinter,
  widths?: readonly number[],
): { text: string; cols: number }[] | null {
  const values = refs.map((ref) => {
    const value = cellValue(report, ref);
    const unit = report.units[`${ref.row}/${ref.column}`] ?? '';
    return { ref, text: value === null || value === undefined ? '' : `${value}${unit}` };
  });
  const printed = printer(values);
  if (!printed) return null;
  let at = 0;
  return printed.map((p) => {
    const cols = (widths ?? []).slice(at, at + p.span).reduce((a, b) => a + b, 0) || p.span;
    at += p.span;
    return { text: p.text, cols };
  });
}

/** The kinds of edit. */
export const EDIT_KINDS = ['delete-field', 'delete-cell', 'join', 'mark', 'swap', 'cut'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Footnote marks and list markers that look like digits. */
export const MARKS = ['²', '³', '¹', '⁰', '⁴', '①', '⑤', '⑫', '⑴', '⒈', '₂'];

/**
 * The rows of values as the official layout prints them: each row of tables 2 and 3, and table 4's
 * one row of fifteen values (its three groups side by side).
 */
export function valueRows(format: FormatVersion): CellRef[][] {
  const rows = new Map<string, CellRef[]>();
  for (const c of formatCells(getFormat(format))) {
    const key = c.table === '4' ? '4' : `${c.table}/${c.row}`;
    let row = rows.get(key);
    if (!row) rows.set(key, (row = []));
    row.push({ table: c.table, row: c.row, column: c.column });
  }
  return [...rows.values()];
}

/** One edit, placed: its kind, the row and the value it touches, and what else it needs. */
export interface Edit {
  readonly kind: EditKind;
  readonly row: number;
  readonly at: number;
  /** The other value of a swap (an index in the same row). */
  readonly other: number;
  readonly mark: string;
  /** Where in the value's text a mark goes. */
  readonly offset: number;
}

/** Any edit of one of `kinds` of a report of a format. */
export function editArb(format: FormatVersion, kinds: readonly EditKind[] = EDIT_KINDS): fc.Arbitrary<Edit> {
  const rows = valueRows(format);
  return fc
    .record({
      kind: fc.constantFrom(...kinds),
      row: fc.nat({ max: rows.length - 1 }),
      at: fc.nat(),
      other: fc.nat(),
      mark: fc.constantFrom(...MARKS),
      offset: fc.nat(),
    })
    .map((e) => {
      const width = (rows[e.row] as CellRef[]).length;
      return { ...e, at: e.at % width, other: e.other % width };
    });
}

const show = (v: number | null | undefined): string => (v === null || v === undefined ? '' : String(v));

/** The text printed for a cell of a report. */
export const printedText = (report: Report, ref: CellRef): string => show(cellValue(report, ref));

/** The printer that makes the edit on its row, and prints every other row as it is. */
export function printerOf(edit: Edit, format: FormatVersion): ValuePrinter {
  const target = valueRows(format)[edit.row] as CellRef[];
  return (cells) => {
    if (!cells[0] || cellKey(cells[0].ref) !== cellKey(target[0] as CellRef)) return printAsIs(cells);
    const out = cells.map((c) => ({ text: c.text, span: 1 }));
    const here = out[edit.at] as PrintedValue;
    switch (edit.kind) {
      case 'delete-field':
        out[edit.at] = { text: '', span: 1 };
        return out;
      case 'delete-cell':
        out.splice(edit.at, 1);
        return out;
      case 'join': {
        const next = out[edit.at + 1];
        if (!next) return out;
        out.splice(edit.at, 2, { text: `${here.text} ${next.text}`.trim(), span: 2 });
        return out;
      }
      case 'mark': {
        const at = edit.offset % (here.text.length + 1);
        out[edit.at] = { text: here.text.slice(0, at) + edit.mark + here.text.slice(at), span: 1 };
        return out;
      }
      case 'swap': {
        const other = out[edit.other] as PrintedValue;
        [out[edit.at], out[edit.other]] = [other, here];
        return out;
      }
      case 'cut':
        return null;
    }
  };
}

/**
 * The values a reading may give each cell without a finding, after the edit: the value printed
 * there, or for an emptied field a blank; none (only a blank with a finding) for the cells a
 * removed cell moved and for a row cut out. A joined or marked value is read as printed, or not
 * at all.
 */
export function acceptedAfter(edit: Edit, report: Report): (ref: CellRef) => readonly (number | null)[] {
  const row = valueRows(report.format)[edit.row] as CellRef[];
  const index = new Map(row.map((ref, i) => [cellKey(ref), i]));
  return (ref) => {
    const i = index.get(cellKey(ref));
    const printed = cellValue(report, ref) ?? null;
    if (i === undefined) return [printed];
    switch (edit.kind) {
      case 'delete-field':
        return i === edit.at ? [null] : [printed];
      case 'delete-cell':
        return i >= edit.at ? [] : [printed];
      case 'swap':
        return i === edit.at
          ? [cellValue(report, row[edit.other] as CellRef) ?? null]
          : i === edit.other
            ? [cellValue(report, row[edit.at] as CellRef) ?? null]
            : [printed];
      case 'cut':
        return [];
      default:
        return [printed];
    }
  };
}

/** What an edit did, for a failure's message. */
export function describeEdit(edit: Edit, report: Report): string {
  const row = valueRows(report.format)[edit.row] as CellRef[];
  const at = row[edit.at] as CellRef;
  return `${edit.kind} at ${cellKey(at)} (${printedText(report, at)})${edit.kind === 'swap' ? ` with ${cellKey(row[edit.other] as CellRef)}` : ''}${edit.kind === 'mark' ? ` mark ${edit.mark}` : ''}`;
}

/** A report of either format, every value unique, with one edit of one of `kinds`. */
export const editedReportArb = (kinds: readonly EditKind[] = EDIT_KINDS): fc.Arbitrary<[Report, Edit]> =>
  fc
    .constantFrom<FormatVersion>('2021', '2019')
    .chain((format) => fc.tuple(uniqueReportArb(format), editArb(format, kinds)));

/**
 * How many edited reports a property reads: `ZFXXGK_MUTATION_RUNS` when set (the full run, ten
 * thousand and more), else `normal`.
 */
export const mutationRuns = (normal: number): number => Number(process.env.ZFXXGK_MUTATION_RUNS ?? normal);
