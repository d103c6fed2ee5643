/**
 * The kind table: what each kind of cell accepts, and the generated test the fast cell readers
 * use agreeing with it on every number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitsKindSource, VALUE_KINDS, valueProblem, type ValueKind } from '../../src/format/index.js';

const KINDS = Object.keys(VALUE_KINDS) as ValueKind[];

describe('VALUE_KINDS', () => {
  it.each([
    ['count', [0, 3, 1e15], [-1, 1.5]],
    ['signed', [-3, 0, 7], [1.5, -0.5]],
    ['money', [0, 0.1, 96171.6], [-0.1]],
    ['amount', [251000, 0.5], [-1]],
  ] as const)('%s accepts what it should and says why it refuses the rest', (kind, good, bad) => {
    for (const v of [...good, null]) expect(valueProblem(v, kind), String(v)).toBeUndefined();
    for (const v of bad) expect(valueProblem(v, kind), String(v)).toMatch(/^(negative|fraction)$/);
    for (const v of [Number.NaN, Infinity, '3', undefined, {}]) expect(valueProblem(v, kind)).toBe('type');
  });

  it('the generated test agrees with valueProblem on every number', () => {
    const tests = new Map(
      KINDS.map((k) => [k, new Function('v', `return ${fitsKindSource(k)};`) as (v: number) => boolean]),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...KINDS),
        fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 0.5, -1)),
        (kind, v) => tests.get(kind)?.(v) === (valueProblem(v, kind) === undefined),
      ),
      { numRuns: 2000 },
    );
  });
});
