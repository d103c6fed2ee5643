import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { subtractDecimal, sumDecimal } from '../../src/model/decimal.js';

/** A decimal with up to 4 places, as the integer count of 1/10000 units and its number. */
const decimal = fc
  .tuple(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => ({ units: BigInt(n) * 10n ** BigInt(4 - places), value: n / 10 ** places }));

/** The number a count of 1/10000 units spells, computed in integers. */
function fromUnits(units: bigint): number {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(5, '0');
  return Number(`${negative ? '-' : ''}${digits.slice(0, -4)}.${digits.slice(-4)}`);
}

describe('sumDecimal', () => {
  it('adds money exactly', () => {
    expect(sumDecimal([0.1, 0.2])).toBe(0.3);
    expect(sumDecimal([0.1, 0.2, 0.3])).toBe(0.6);
    expect(sumDecimal([96171.6, 0.04])).toBe(96171.64);
    expect(sumDecimal([1.005, 2.0001])).toBe(3.0051);
  });

  it('adds counts as integers, and nothing as 0', () => {
    expect(sumDecimal([3119, 34])).toBe(3153);
    expect(sumDecimal([])).toBe(0);
  });

  it('keeps exponent spellings exact instead of looping on them', () => {
    expect(sumDecimal([1e-7, 0.1])).toBe(0.1000001);
    expect(sumDecimal([1e21, 1e21])).toBe(2e21);
    expect(sumDecimal([1.5e-10, 2])).toBe(2.00000000015);
  });

  it('refuses what is not a finite number', () => {
    expect(() => sumDecimal([0.5, Number.NaN])).toThrow(RangeError);
    expect(() => sumDecimal([0.5, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('agrees with integer arithmetic on decimals of up to 4 places', () => {
    fc.assert(
      fc.property(fc.array(decimal, { maxLength: 30 }), (values) => {
        const units = values.reduce((acc, v) => acc + v.units, 0n);
        expect(sumDecimal(values.map((v) => v.value))).toBe(fromUnits(units));
      }),
    );
  });

  it('subtracts exactly', () => {
    expect(subtractDecimal(0.3, 0.1)).toBe(0.2);
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(subtractDecimal(a.value, b.value)).toBe(fromUnits(a.units - b.units));
      }),
    );
  });
});
