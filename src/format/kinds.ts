/**
 * What each kind of cell accepts, written once: the model's validator, the zod schemas, the cell
 * readers of `check` and `rollup`, and the document readers all ask this table.
 *
 * @module
 */
import type { ValueKind } from './grid.js';

/**
 * What a cell of one kind may hold.
 *
 * @example
 * ```ts
 * VALUE_KINDS.signed; // { integer: true, negative: true, decimal: false, units: ['件', '个', '项'], unitInCell: false, expected: 'an integer' }
 * ```
 */
export interface KindDef {
  /** Whole numbers only (counts of documents, applications, cases). */
  readonly integer: boolean;
  /** May be below zero (the 2019 本年增/减). */
  readonly negative: boolean;
  /** Summed as an exact decimal (money). */
  readonly decimal: boolean;
  /** Units a printed cell of this kind may carry after its number. */
  readonly units: readonly string[];
  /** The header states no unit, so the unit printed in the cell is kept with the report (`units`). */
  readonly unitInCell: boolean;
  /** What a value must be, as validation messages say it: `expected ${expected}, got …`. */
  readonly expected: string;
}

const COUNT_UNITS = ['件', '个', '项'] as const;

/**
 * Every value kind and what it accepts.
 *
 * @example
 * ```ts
 * VALUE_KINDS.count.integer; // true
 * VALUE_KINDS.money.units; // ['万元']
 * ```
 */
export const VALUE_KINDS: { readonly [K in ValueKind]: KindDef } = {
  count: {
    integer: true,
    negative: false,
    decimal: false,
    units: COUNT_UNITS,
    unitInCell: false,
    expected: 'a non-negative integer count',
  },
  signed: {
    integer: true,
    negative: true,
    decimal: false,
    units: COUNT_UNITS,
    unitInCell: false,
    expected: 'an integer',
  },
  money: {
    integer: false,
    negative: false,
    decimal: true,
    units: ['万元'],
    unitInCell: false,
    expected: 'a non-negative amount',
  },
  amount: {
    integer: false,
    negative: false,
    decimal: true,
    units: ['元', '万元'],
    unitInCell: true,
    expected: 'a non-negative amount',
  },
};

/**
 * Why a value cannot stand in a cell of a kind: `'type'` (not a finite number), `'negative'` or
 * `'fraction'`; `undefined` when it can (blank, `null`, always can).
 *
 * @example
 * ```ts
 * valueProblem(1.5, 'count'); // 'fraction'
 * valueProblem(-2, 'signed'); // undefined
 * valueProblem('3', 'money'); // 'type'
 * ```
 */
export function valueProblem(value: unknown, kind: ValueKind): 'type' | 'negative' | 'fraction' | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'type';
  const def = VALUE_KINDS[kind];
  if (!def.negative && value < 0) return 'negative';
  if (def.integer && !Number.isInteger(value)) return 'fraction';
  return undefined;
}

/**
 * The test that a number `v` fits a kind, as a JavaScript expression (for readers generated as
 * code; the same rule as {@link valueProblem}, and tested to agree with it).
 *
 * @example
 * ```ts
 * fitsKindSource('count'); // 'v >= 0 && Number.isInteger(v)'
 * ```
 */
export function fitsKindSource(kind: ValueKind): string {
  const def = VALUE_KINDS[kind];
  // Cheap comparisons first: most values pass `v >= 0`, and NaN fails it at once.
  if (def.negative) return def.integer ? 'Number.isInteger(v)' : 'Number.isFinite(v)';
  return `v >= 0 && ${def.integer ? 'Number.isInteger(v)' : 'v < Infinity'}`;
}
