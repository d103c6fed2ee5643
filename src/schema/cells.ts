/**
 * The zod schema of one cell of each value kind, from the kind table (`VALUE_KINDS`), as the
 * model's validator reads it: a finite number or `null`, whole where the kind is, non-negative
 * unless the kind may be negative.
 *
 * @module
 */
import * as z from 'zod';
import type { ValueKind } from '../format/grid.js';
import { VALUE_KINDS } from '../format/kinds.js';

// `z.int()` accepts safe integers only; the model accepts any integer, and so must the schema.
// The refinement keeps the parse rule; the metadata keeps `"type": "integer"` in the JSON Schema.
const integer = (description: string) =>
  z
    .number()
    .refine(Number.isInteger, { message: `expected ${description}` })
    .meta({ type: 'integer' });

function valueSchema(kind: ValueKind): z.ZodType<number> {
  const def = VALUE_KINDS[kind];
  const number = def.integer ? integer(def.expected) : z.number();
  return def.negative ? number : number.check(z.gte(0));
}

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
  return valueSchema(kind).nullable();
}
