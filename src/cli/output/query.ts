/**
 * The result of a query as people and programs read it: an aligned table (wide characters count
 * twice, numbers to the right), CSV, or JSON. Values come as DuckDB's JSON forms give them;
 * numbers are written in their exact decimal spelling (a DECIMAL without trailing zeros, a BIGINT
 * in full), and a blank cell is NULL, never 0.
 *
 * @module
 */
import { csvField } from '../../interchange/csv-syntax.js';

/**
 * A column of a result: its name, and whether its values are numbers.
 *
 * @example
 * ```ts
 * const col: ResultColumn = { name: 'value', numeric: true };
 * ```
 */
export interface ResultColumn {
  name: string;
  numeric: boolean;
}

/** A value as DuckDB's JSON conversion gives it. */
export type ResultValue = string | number | boolean | null | ResultValue[] | { [key: string]: ResultValue };

const NUMERIC = /^(?:U?(?:TINY|SMALL|BIG|HUGE)?INT(?:EGER)?|FLOAT|DOUBLE|DECIMAL)\b/;

/**
 * Whether a SQL type (as DuckDB names it) holds numbers.
 *
 * @example
 * ```ts
 * isNumericType('DECIMAL(38,6)'); // true
 * isNumericType('VARCHAR'); // false
 * ```
 */
export const isNumericType = (type: string): boolean => NUMERIC.test(type);

/**
 * A number's text without the trailing zeros of its scale: `'13.000000'` → `'13'`.
 *
 * @example
 * ```ts
 * numberText('96171.600000'); // '96171.6'
 * numberText(1.5); // '1.5'
 * ```
 */
export function numberText(value: string | number): string {
  const text = String(value);
  return /^-?\d+\.\d+$/.test(text) ? text.replace(/\.?0+$/, '') : text;
}

/** A value as one line of text: numbers exact, lists and structs as JSON. */
function plain(value: ResultValue, numeric: boolean): string | null {
  if (value === null) return null;
  if (numeric && (typeof value === 'string' || typeof value === 'number')) return numberText(value);
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Columns wide in a terminal: East Asian wide and full-width characters. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/**
 * How many terminal columns a text takes.
 *
 * @example
 * ```ts
 * displayWidth('北关区2024'); // 10
 * ```
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** How wide a value may be in a table for people; CSV and JSON give values whole. */
const MAX_CELL_WIDTH = 60;

/** A text cut to a display width, with `…` when cut. */
function cut(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const char of text) {
    if (displayWidth(out + char) > width - 1) break;
    out += char;
  }
  return `${out}…`;
}

/**
 * The rows as an aligned table with a header, NULL where a value is NULL, line breaks in texts
 * shown as `↵`, texts wider than 60 columns cut with `…`.
 *
 * @example
 * ```ts
 * formatTable([{ name: 'year', numeric: true }], [[2024]]); // 'year\n----\n2024'
 * ```
 */
export function formatTable(columns: readonly ResultColumn[], rows: readonly (readonly ResultValue[])[]): string {
  const cells = rows.map((row) =>
    row.map((value, i) =>
      cut((plain(value, columns[i]?.numeric ?? false) ?? 'NULL').replace(/\r?\n/g, '↵'), MAX_CELL_WIDTH),
    ),
  );
  const widths = columns.map((col, i) =>
    Math.max(displayWidth(col.name), ...cells.map((r) => displayWidth(r[i] ?? ''))),
  );
  const pad = (text: string, i: number, right: boolean): string => {
    const fill = ' '.repeat((widths[i] ?? 0) - displayWidth(text));
    return right ? fill + text : text + fill;
  };
  const line = (texts: readonly string[], numeric: (i: number) => boolean): string =>
    texts
      .map((t, i) => pad(t, i, numeric(i)))
      .join('  ')
      .trimEnd();
  return [
    line(
      columns.map((c) => c.name),
      (i) => columns[i]?.numeric ?? false,
    ),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map((r) => line(r, (i) => columns[i]?.numeric ?? false)),
  ].join('\n');
}

/**
 * CSV lines of rows (without the header): NULL as an empty field.
 *
 * @example
 * ```ts
 * csvLines([{ name: 'value', numeric: true }], [['13.000000'], [null]]); // ['13', '']
 * ```
 */
export function csvLines(columns: readonly ResultColumn[], rows: readonly (readonly ResultValue[])[]): string[] {
  return rows.map((row) => row.map((value, i) => csvField(plain(value, columns[i]?.numeric ?? false) ?? '')).join(','));
}

/**
 * The CSV header of a result.
 *
 * @example
 * ```ts
 * csvHeader([{ name: 'table', numeric: false }, { name: 'value', numeric: true }]); // 'table,value'
 * ```
 */
export const csvHeader = (columns: readonly ResultColumn[]): string => columns.map((c) => csvField(c.name)).join(',');

/**
 * A row as a JSON object: numbers as JSON numbers in their exact spelling.
 *
 * @example
 * ```ts
 * jsonRow([{ name: 'value', numeric: true }], ['96171.600000']); // '{"value":96171.6}'
 * ```
 */
export function jsonRow(columns: readonly ResultColumn[], row: readonly ResultValue[]): string {
  const fields = columns.map((col, i) => {
    const value = row[i] ?? null;
    const text = col.numeric && value !== null ? numberText(value as string | number) : undefined;
    // A number DuckDB spells as NaN or Infinity has no JSON spelling: it stays a string.
    const json = text !== undefined && /^-?\d/.test(text) ? text : JSON.stringify(value);
    return `${JSON.stringify(col.name)}:${json}`;
  });
  return `{${fields.join(',')}}`;
}
