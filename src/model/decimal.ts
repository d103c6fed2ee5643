/**
 * Exact decimal arithmetic for money cells. Values stay JavaScript numbers in the model (so the
 * JSON form is plain), but sums are taken on their shortest decimal spelling as scaled integers,
 * the way dinero.js keeps an amount and a scale: 0.1 + 0.2 gives 0.3, not 0.30000000000000004.
 *
 * @module
 */

interface Scaled {
  units: bigint;
  scale: number;
}

const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
const EXPONENT = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/;

/** The exact decimal a number's shortest spelling denotes, as digits and a scale. */
function toScaled(value: number): Scaled {
  if (!Number.isFinite(value)) throw new RangeError(`cannot add ${value} as a decimal`);
  const text = String(value);
  // Exponent forms (1e21, 1e-7) are outside what a report prints, but still exact: shift the digits.
  const m = PLAIN.exec(text) ?? EXPONENT.exec(text);
  if (!m) throw new RangeError(`cannot read ${text} as a decimal`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = m;
  const scale = fraction.length - Number(exponent);
  const digits = BigInt(whole + fraction) * 10n ** BigInt(Math.max(0, -scale));
  return { units: sign ? -digits : digits, scale: Math.max(0, scale) };
}

function fromScaled({ units, scale }: Scaled): number {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return Number(negative ? `-${text}` : text);
}

/**
 * Adds decimal numbers exactly, as decimals written in a report. Throws a `RangeError` for a value
 * that is not a finite number (NaN, Infinity), which no report cell can hold.
 *
 * @example
 * ```ts
 * sumDecimal([0.1, 0.2]); // 0.3
 * ```
 */
export function sumDecimal(values: readonly number[]): number {
  if (values.every(Number.isInteger)) {
    let total = 0;
    for (const v of values) total += v;
    return total;
  }
  const scaled = values.map(toScaled);
  const scale = Math.max(...scaled.map((s) => s.scale));
  let units = 0n;
  for (const s of scaled) units += s.units * 10n ** BigInt(scale - s.scale);
  return fromScaled({ units, scale });
}

/**
 * Subtracts exactly: `a − b` as decimals.
 *
 * @example
 * ```ts
 * subtractDecimal(0.3, 0.1); // 0.2
 * ```
 */
export function subtractDecimal(a: number, b: number): number {
  return sumDecimal([a, -b]);
}

/**
 * A number in plain decimal form, as a report prints it: no exponent, no grouping, no digits
 * beyond the number's shortest spelling (96171.6 stays `96171.6`; 1e21 is written out).
 *
 * @example
 * ```ts
 * decimalText(96171.6); // '96171.6'
 * decimalText(1e21); // '1000000000000000000000'
 * ```
 */
export function decimalText(value: number): string {
  const text = String(value);
  return text.includes('e') ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : text;
}
