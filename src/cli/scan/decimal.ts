/**
 * Figures as the corpus database holds them: decimals exact at six places, never rounded. A figure
 * is written as the interchange CSV spells it, then as whole units of the scale.
 *
 * @module
 */
import { DECIMAL_SCALE } from './schema.js';

/**
 * A value that the database cannot hold exactly: the document is stored without its report, with
 * this said in its problems, rather than with a rounded figure.
 *
 * @example
 * ```ts
 * throw new NotStorable('0.1234567');
 * ```
 */
export class NotStorable extends Error {
  readonly value: string;
  constructor(value: string) {
    super(`${value} cannot be stored exactly`);
    this.name = 'NotStorable';
    this.value = value;
  }
}

const DECIMAL_TEXT = /^-?(\d+)(?:\.(\d+))?$/;
const MAX_WHOLE_DIGITS = 38 - DECIMAL_SCALE;

/**
 * A decimal's text (checked by {@link decimalText}) as its units at the database's scale.
 *
 * @example
 * ```ts
 * decimalUnits('96171.6'); // 96171600000n
 * ```
 */
export function decimalUnits(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(whole + fraction.padEnd(DECIMAL_SCALE, '0'));
  return negative ? -units : units;
}

/**
 * A number as the exact decimal it stands for (its shortest spelling, as the interchange CSV
 * writes it), checked to fit the database's decimal columns.
 *
 * @example
 * ```ts
 * decimalText(96171.6); // '96171.6'
 * decimalText(null); // null
 * decimalText(0.1234567); // throws NotStorable
 * ```
 */
export function decimalText(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  // Counts, nearly every cell: their spelling is their digits.
  if (Number.isSafeInteger(value)) return String(value);
  const text = /e/i.test(String(value))
    ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    : String(value);
  const m = DECIMAL_TEXT.exec(text);
  if (!m || (m[2] ?? '').length > DECIMAL_SCALE || (m[1] as string).length > MAX_WHOLE_DIGITS)
    throw new NotStorable(text);
  return text;
}
