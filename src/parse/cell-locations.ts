/**
 * The cells of the source map while a report is read: a key and a location per cell written, in
 * the order first written, made into the public object (`sourceMap.cells`) once at the end.
 *
 * Written key by key into `{}` as the rows were read, the object went over V8's limit of fast
 * properties after a dozen keys and became a hash table, grown several times for a report's
 * ~200 cells (about a tenth of reading a small text report, most of it allocation). The keys of
 * a report are written in an order most reports of a format share; an order met often
 * ({@link COMPILE_AFTER} times) is written out once as an object literal (`new Function`), which
 * V8 copies from its template with the keys laid out in the object. Other orders, and every order
 * where code generation is refused, are written key by key as before. The object is the same either way: the same keys,
 * in the same order, with the same locations.
 *
 * @module
 */
import type { SourceLoc } from './layout.js';

/** The number of each source-map key met (`table/row/column`, from the formats' definitions: a few hundred). */
const keyIds = new Map<string, number>();
/** The keys by number. */
const keyNames: string[] = [];

/**
 * The number of a source-map key, the same for every reading.
 *
 * @example
 * ```ts
 * keyId('3/received/total') === keyId('3/received/total'); // true
 * ```
 */
export function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyNames.length;
    keyIds.set(key, id);
    keyNames.push(key);
  }
  return id;
}

type Materialise = (locs: readonly SourceLoc[]) => Record<string, SourceLoc>;

/** How often each order was met (as a string of its key numbers), bounded. */
const seenOrders = new Map<string, number>();
const MAX_SEEN = 2048;
/**
 * Writing a literal out costs about 0.7 ms (two or three readings of a small report); it saves
 * 10–20 µs a reading. An order is written out once met this many times, so a folder of many
 * orders met a few times each does not pay more than it gains.
 */
const COMPILE_AFTER = 32;
/**
 * The literal of each order met often, for the first {@link MAX_COMPILED} such orders:
 * writing one out costs as much as a few dozen readings, so a process never writes more (orders
 * met later are written key by key), whatever the folder.
 */
const compiled = new Map<string, Materialise>();
const MAX_COMPILED = 64;
/** Set once code generation was refused: every order is then written key by key. */
let refused = false;

/** The object literal of an order of keys, or `undefined` where code generation is refused. */
function compile(ids: readonly number[]): Materialise | undefined {
  // Every key holds `/`: none is an array index (which a literal would put first) or `__proto__`.
  const fields = ids.map((id, i) => `${JSON.stringify(keyNames[id])}: l[${i}]`);
  try {
    return new Function('l', `return {${fields.join(',\n')}};`) as Materialise;
  } catch {
    refused = true;
    return undefined;
  }
}

/**
 * The source locations of a reading's cells.
 *
 * @example
 * ```ts
 * const cells = new CellLocations();
 * cells.set(keyId('3/received/total'), { line: 40, column: 9 });
 * cells.toObject(); // { '3/received/total': { line: 40, column: 9 } }
 * ```
 */
export class CellLocations {
  /** The key numbers written, in order, and their locations. */
  private readonly ids: number[] = [];
  private readonly locs: SourceLoc[] = [];
  /**
   * Position + 1 in the lists above, by key number (0: not written). A plain array: a typed array
   * of this size has its memory outside V8's heap, slower to make for every reading.
   */
  private readonly positions: number[] = new Array<number>(keyNames.length + 64).fill(0);
  /** A key number too large for one UTF-16 code unit of an order's string (never, with the formats' keys). */
  private wide = false;

  /** Records the location of a cell; a cell written again keeps its place and takes the new location. */
  set(id: number, loc: SourceLoc): void {
    const at = this.positions[id];
    if (at !== undefined && at > 0) {
      this.locs[at - 1] = loc;
      return;
    }
    this.ids.push(id);
    this.locs.push(loc);
    this.positions[id] = this.locs.length;
    if (id > 0xffff) this.wide = true;
  }

  /** The public object: each key with its location, in the order first written. */
  toObject(): Record<string, SourceLoc> {
    const { ids, locs } = this;
    if (ids.length === 0) return {};
    if (!refused && !this.wide) {
      const order = String.fromCharCode.apply(null, ids);
      const literal = compiled.get(order);
      if (literal) return literal(locs);
      const met = (seenOrders.get(order) ?? 0) + 1;
      const made = met >= COMPILE_AFTER && compiled.size < MAX_COMPILED ? compile(ids) : undefined;
      if (made) {
        compiled.set(order, made);
        seenOrders.delete(order);
        return made(locs);
      }
      if (met === 1 && seenOrders.size >= MAX_SEEN) seenOrders.clear();
      seenOrders.set(order, met);
    }
    const out: Record<string, SourceLoc> = {};
    for (let i = 0; i < ids.length; i++) out[keyNames[ids[i] as number] as string] = locs[i] as SourceLoc;
    return out;
  }
}
