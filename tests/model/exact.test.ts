/**
 * The one test of whether digits survive becoming a number, shared by the CSV, JSON and document
 * readers: the oracle is decimal arithmetic on the digits (BigInt), not the conversion itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactNumber } from '../../src/model/exact.js';

describe('exactNumber', () => {
  it('gives every whole number up to 2^53 − 1, however written', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 2n ** 53n - 1n }), fc.nat(3), (n, zeros) => {
        expect(exactNumber(`${'0'.repeat(zeros)}${n}`)).toBe(Number(n));
        expect(exactNumber(`${n}.${'0'.repeat(zeros + 1)}`)).toBe(Number(n));
      }),
    );
  });

  it('refuses every whole number beyond 2^53 − 1, rounded or not', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 2n ** 53n, max: 10n ** 30n }), (n) => {
        expect(exactNumber(String(n))).toBeUndefined();
      }),
    );
  });

  it('gives a decimal of up to 15 significant digits, and refuses one a double cannot hold', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 15n - 1n }), fc.integer({ min: 1, max: 8 }), (digits, scale) => {
        const text = `${digits / 10n ** BigInt(scale)}.${String(digits % 10n ** BigInt(scale)).padStart(scale, '0')}`;
        expect(exactNumber(text)).toBe(Number(text));
      }),
    );
    expect(exactNumber('1234567890123456.7')).toBeUndefined(); // a double gives …456.8
    expect(exactNumber('0.1000000000000000055511151231257827')).toBeUndefined(); // the double 0.1, spelled out
    expect(exactNumber('96171.60')).toBe(96171.6);
    expect(exactNumber('-0')).toBe(0);
    expect(exactNumber('1e400')).toBeUndefined();
    expect(exactNumber('12a')).toBeUndefined();
  });
});
