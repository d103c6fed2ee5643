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

function toScaled(value: number): Scaled {
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text)) {
    // Exponent forms (1e21, 1e-7) are outside what a report prints; keep them exact via toFixed.
    return toScaled(Number(value.toFixed(20).replace(/\.?0+$/, '')));
  }
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

function fromScaled({ units, scale }: Scaled): number {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return Number(negative ? `-${text}` : text);
}

/**
 * Adds decimal numbers exactly, as decimals written in a report.
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
