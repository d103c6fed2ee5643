/**
 * The zod schema of one cell of each value kind, with the rules of `cellValueProblem` in
 * `src/model/validate.ts`: a finite number or `null`, counts non-negative integers, `signed`
 * integers, money and amounts non-negative.
 *
 * @module
 */
import * as z from 'zod';
import type { ValueKind } from '../format/grid.js';

// `z.int()` accepts safe integers only; the model accepts any integer, and so must the schema.
// The refinement keeps the parse rule; the metadata keeps `"type": "integer"` in the JSON Schema.
const integer = (description: string) =>
  z
    .number()
    .refine(Number.isInteger, { message: `expected ${description}` })
    .meta({ type: 'integer' });

const VALUE_BY_KIND: Record<ValueKind, () => z.ZodType<number>> = {
  count: () => integer('a non-negative integer count').check(z.gte(0)),
  signed: () => integer('an integer'),
  money: () => z.number().nonnegative(),
  amount: () => z.number().nonnegative(),
};

/**
 * The schema of a cell of a kind: its number, or `null` for a blank cell.
 *
 * @example
 * ```ts
 * cellSchema('count').safeParse(1.5).success; // false
 * cellSchema('signed').safeParse(-3).success; // true
 * ```
 */
export function cellSchema(kind: ValueKind): z.ZodType<number | null> {
  return VALUE_BY_KIND[kind]().nullable();
}
