/**
 * Whether a number written as text survives the conversion to a JavaScript number exactly. A
 * double holds every integer up to 2^53 and about 15 significant decimal digits; beyond, converting
 * rounds (`9007199254740993` becomes `9007199254740992`, `1234567890123456.7` becomes
 * `1234567890123456.8`) without an error. Every place that turns printed or serialised digits into
 * a cell value (the interchange CSV, JSON input, the document readers) asks this first, so that a
 * figure is never changed silently.
 *
 * @module
 */

/** A decimal spelling, with an optional exponent (JSON allows one). */
const SPELLING = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Digits without leading or trailing zeros, and the power of ten of their last digit. */
function canonical(text: string): { digits: string; exponent: number } | undefined {
  const m = SPELLING.exec(text);
  if (!m) return undefined;
  const [, , whole = '', fraction = '', exponent = '0'] = m;
  let digits = (whole + fraction).replace(/^0+/, '');
  let power = Number(exponent) - fraction.length;
  const trailing = digits.length - digits.replace(/0+$/, '').length;
  digits = digits.slice(0, digits.length - trailing);
  power += trailing;
  return digits === '' ? { digits: '0', exponent: 0 } : { digits, exponent: power };
}

/**
 * The number `text` spells (digits, an optional fraction and exponent, an optional sign), when a
 * JavaScript number holds it exactly: its shortest spelling is the same decimal, and a whole number
 * is at most 2^53 − 1, so that sums of it are exact too. `undefined` when converting would round,
 * and for text that is not a number.
 *
 * @example
 * ```ts
 * exactNumber('96171.60'); // 96171.6
 * exactNumber('9007199254740991'); // 9007199254740991
 * exactNumber('9007199254740993'); // undefined: it would become 9007199254740992
 * exactNumber('1234567890123456.7'); // undefined: 17 significant digits
 * ```
 */
export function exactNumber(text: string): number | undefined {
  const spelled = canonical(text);
  if (!spelled) return undefined;
  const value = Number(text) + 0; // + 0 turns -0 into 0
  if (!Number.isFinite(value)) return undefined;
  if (Number.isInteger(value) && !Number.isSafeInteger(value)) return undefined;
  const held = canonical(String(Math.abs(value)));
  return held && held.digits === spelled.digits && held.exponent === spelled.exponent ? value : undefined;
}

/**
 * Why a number {@link exactNumber} refuses cannot be read, for an error message.
 *
 * @example
 * ```ts
 * inexactMessage('9007199254740993');
 * // '9007199254740993 has more digits than a number holds exactly: it would be read as 9007199254740992'
 * ```
 */
export function inexactMessage(text: string): string {
  const value = Number(text);
  if (!Number.isFinite(value)) return `${text} is too large for a number`;
  const spelled = canonical(text);
  const held = canonical(String(Math.abs(value)));
  if (spelled && held && spelled.digits === held.digits && spelled.exponent === held.exponent)
    return `${text} is beyond 2^53 − 1, the largest whole number whose sums are exact`;
  return `${text} has more digits than a number holds exactly (about 15 significant digits): it would be read as ${value}`;
}
