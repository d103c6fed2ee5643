/**
 * The relation engine: every sum relation of the format definitions (Σ left = Σ right), in a
 * report or across two years' reports, compiled once to slots of a flat array of values and
 * summed there, the way an XBRL calculation linkbase is checked by one generic engine.
 *
 * Relations run over counts only: whole numbers add exactly as doubles (below 2^53), so the sums
 * need no decimal arithmetic. `compileRelations` refuses a relation over another kind of cell.
 *
 * @module
 */
import { VALUE_KINDS } from '../format/kinds.js';
import type { CellDef } from '../format/lookups.js';
import type { CellRef, RelationDef, RelationInstance, RelationTerm } from '../format/grid.js';

/** One instance of a relation, compiled. */
export interface CompiledInstance {
  readonly relation: RelationDef;
  readonly instance: RelationInstance;
  /**
   * The slot of the checked cell when the instance has a single left term (a total, a carried
   * figure): its finding says what the cell should be. `undefined` for a balance of two sums.
   */
  readonly subject: number | undefined;
  /** Slots that leave the instance unchecked when blank. */
  readonly required: readonly number[];
  /** Slots whose values the rule's message quotes, by name. */
  readonly named: readonly (readonly [string, number])[];
  /** The terms of this year's report, in the order written: the cells a finding names. */
  readonly cells: readonly CellRef[];
}

/** Relations compiled to slots: instance i sums `terms[bounds[2i] .. bounds[2i+1])` on the left, then to `bounds[2i+2]` on the right. */
export interface CompiledRelations {
  readonly instances: readonly CompiledInstance[];
  readonly terms: Int32Array;
  readonly bounds: Int32Array;
}

/** Where a term's value is: its cell definition and its slot, or `undefined` when it has none. */
export type TermSlot = (term: RelationTerm) => { readonly cell: CellDef; readonly slot: number } | undefined;

/**
 * Compiles relations to slots. A negated term is moved to the other side, so the sums only add.
 * An instance with a term that has no slot (a cell last year's format does not have) is left out.
 */
export function compileRelations(relations: readonly RelationDef[], slotOf: TermSlot): CompiledRelations {
  const instances: CompiledInstance[] = [];
  const terms: number[] = [];
  const bounds: number[] = [0];
  for (const relation of relations) {
    for (const instance of relation.instances) {
      const left: number[] = [];
      const right: number[] = [];
      const required: number[] = [];
      const named: [string, number][] = [];
      let complete = true;
      for (const [side, other, declared] of [
        [left, right, instance.left],
        [right, left, instance.right],
      ] as const) {
        for (const term of declared) {
          const found = slotOf(term);
          if (!found) {
            complete = false;
            continue;
          }
          if (!VALUE_KINDS[found.cell.columnDef.kind].integer)
            throw new TypeError(
              `relation ${relation.code} runs through ${found.cell.columnDef.kind} cells; only counts add exactly`,
            );
          (term.negate ? other : side).push(found.slot);
          if (term.required) required.push(found.slot);
          if (term.name) named.push([term.name, found.slot]);
        }
      }
      if (!complete) continue;
      terms.push(...left);
      bounds.push(terms.length);
      terms.push(...right);
      bounds.push(terms.length);
      const single = instance.left.length === 1 && !instance.left[0]?.negate;
      instances.push({
        relation,
        instance,
        subject: single ? left[0] : undefined,
        required,
        named,
        cells: [...instance.left, ...instance.right]
          .filter((t) => t.year === undefined)
          .map(({ table, row, column }) => ({ table, row, column })),
      });
    }
  }
  return { instances, terms: Int32Array.from(terms), bounds: Int32Array.from(bounds) };
}

/** The sum of `values` over the slots `terms[from .. to)`. */
function sum(terms: Int32Array, values: Float64Array, from: number, to: number): number {
  let total = 0;
  for (let k = from; k < to; k++) total += values[terms[k] as number] as number;
  return total;
}

/** The sums of both sides of instance `i` over `values`. */
export function sides(compiled: CompiledRelations, i: number, values: Float64Array): [number, number] {
  return [leftSum(compiled, i, values), rightSum(compiled, i, values)];
}

/** The sum of the left side of instance `i` over `values`. */
export function leftSum(compiled: CompiledRelations, i: number, values: Float64Array): number {
  const { terms, bounds } = compiled;
  return sum(terms, values, bounds[2 * i] as number, bounds[2 * i + 1] as number);
}

/** The sum of the right side of instance `i` over `values` (the parts, for a total). */
export function rightSum(compiled: CompiledRelations, i: number, values: Float64Array): number {
  const { terms, bounds } = compiled;
  return sum(terms, values, bounds[2 * i + 1] as number, bounds[2 * i + 2] as number);
}

/** The slots instance `i` sums, both sides. */
export function instanceSlots(compiled: CompiledRelations, i: number): Int32Array {
  const { terms, bounds } = compiled;
  return terms.subarray(bounds[2 * i] as number, bounds[2 * i + 2] as number);
}

/** Whether every instance holds over `values`, by walking the slots: where code generation is refused. */
function walkAllHold(compiled: CompiledRelations, values: Float64Array): boolean {
  const { terms, bounds } = compiled;
  for (let i = 0; i + 2 < bounds.length; i += 2) {
    const split = bounds[i + 1] as number;
    if (sum(terms, values, bounds[i] as number, split) !== sum(terms, values, split, bounds[i + 2] as number))
      return false;
  }
  return true;
}

/** Whether every instance of relations holds over the values of their cells. */
export type HoldTest = (values: Float64Array) => boolean;
const holdTests = new WeakMap<CompiledRelations, HoldTest | null>();
/** Writes the two sums of every instance of relations, by instance. */
export type SumsWriter = (values: Float64Array, lefts: Float64Array, rights: Float64Array) => void;
const sumsWriters = new WeakMap<CompiledRelations, SumsWriter | null>();

/**
 * A function over the relations' instances written out once as straight-line code, as the cell
 * reader is (see `model/cell-reader.ts`): `body` is given each instance's two sides as source, the
 * terms added in the same order from 0 with one constant slot each (`v[…]`), so the sums are the
 * same numbers as the walk gives. Slots are integers from the compiled relations, so nothing of a
 * report is in the code. `null` where code generation is refused.
 */
function writtenOnce<T>(
  cache: WeakMap<CompiledRelations, T | null>,
  compiled: CompiledRelations,
  params: readonly string[],
  body: (sides: readonly (readonly [left: string, right: string])[]) => string,
): T | null {
  let fn = cache.get(compiled);
  if (fn !== undefined) return fn;
  const { terms, bounds } = compiled;
  const side = (from: number, to: number): string => {
    let source = '0';
    for (let k = from; k < to; k++) source += ` + v[${terms[k] as number}]`;
    return `(${source})`;
  };
  const sides: (readonly [string, string])[] = [];
  for (let i = 0; i + 2 < bounds.length; i += 2)
    sides.push([
      side(bounds[i] as number, bounds[i + 1] as number),
      side(bounds[i + 1] as number, bounds[i + 2] as number),
    ]);
  try {
    fn = new Function(...params, body(sides)) as T;
  } catch {
    fn = null;
  }
  cache.set(compiled, fn);
  return fn;
}

/**
 * Whether every instance holds: walking the slots through `terms` and `bounds` took a quarter of
 * `check` on a report without findings.
 */
const holdTest = (compiled: CompiledRelations): HoldTest | null =>
  writtenOnce(holdTests, compiled, ['v'], (sides) =>
    sides.length === 0
      ? 'return true;'
      : `return ${sides.map(([left, right]) => `${left} === ${right}`).join(' &&\n')};`,
  );

/**
 * Both sums of every instance: a report whose relations fail had each side of every instance
 * summed by walking its slots, which took over a third of `check` on a report with a dozen findings.
 */
const sumsWriter = (compiled: CompiledRelations): SumsWriter | null =>
  writtenOnce(sumsWriters, compiled, ['v', 'l', 'r'], (sides) =>
    sides.map(([left, right], i) => `l[${i}] = ${left};\nr[${i}] = ${right};`).join('\n'),
  );

/**
 * The function that writes the left and right sums of every instance over `values` into `lefts`
 * and `rights` (indexed by instance), as {@link leftSum} and {@link rightSum} would give them one
 * by one. Asked once per format by its caller, which keeps it: finding it by the relations on
 * every call (a `WeakMap`) cost as much as a third of the sums themselves.
 */
export function sumsOf(compiled: CompiledRelations): SumsWriter {
  return (
    sumsWriter(compiled) ??
    ((values, lefts, rights) => {
      for (let i = 0; i < compiled.instances.length; i++) {
        lefts[i] = leftSum(compiled, i, values);
        rights[i] = rightSum(compiled, i, values);
      }
    })
  );
}

/** The test of whether every instance holds over `values` (the fast path of a clean report), asked once as {@link sumsOf} is. */
export function holdOf(compiled: CompiledRelations): HoldTest {
  return holdTest(compiled) ?? ((values) => walkAllHold(compiled, values));
}
