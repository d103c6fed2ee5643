/**
 * Sharing a run of value lines among the rows that may own them: the label printed before them,
 * then the rows the official order leaves between it and the next label. Each row takes the next
 * few lines (or none: a row whose label was lost may have printed nothing), in order; the ways
 * that fit every row's columns are counted, and only a single way is taken.
 *
 * @module
 */
import type { Cell } from './lines.js';

/** A row that may take lines: its own values (a label's) come first. */
export interface Claimant {
  readonly own: readonly Cell[];
  /** How many columns the row has: it never takes more lines than that. */
  readonly width: number;
}

/** Whether a row's own values and the lines it would take place in its columns. */
export type Fits<C extends Claimant> = (claimant: C, parts: readonly (readonly Cell[])[], atEnd: boolean) => boolean;

/** The outcome: no way, one way (with how many lines each row takes), or several. */
export type Shared = { readonly ways: 0 | 2 } | { readonly ways: 1; readonly takes: readonly number[] };

/**
 * Counts the ways (up to two) in which `claimants`, in order, can take all the `lines`, and for a
 * single way says how many lines each takes. `atEnd`: the last line ends the document.
 *
 * @example
 * ```ts
 * // One label followed by one line of its seven values: one way, the label takes the line.
 * share([{ own: [], width: 7 }], [values], (c, parts) => parts.flat().length === 7, false); // { ways: 1, takes: [1] }
 * ```
 */
export function share<C extends Claimant>(
  claimants: readonly C[],
  lines: readonly (readonly Cell[])[],
  fits: Fits<C>,
  atEnd: boolean,
): Shared {
  const count = claimants.length;
  const total = lines.length;
  if (count === 0) return total === 0 ? { ways: 1, takes: [] } : { ways: 0 };
  const stride = total + 1;
  // ways[r * stride + p]: the ways for claimants r… to take lines p…, capped at 2.
  const ways = new Uint8Array((count + 1) * stride);
  ways[count * stride + total] = 1;
  const fitsAt = (r: number, p: number, take: number): boolean => {
    const c = claimants[r] as C;
    const parts: (readonly Cell[])[] = c.own.length ? [c.own] : [];
    for (let k = p; k < p + take; k++) parts.push(lines[k] as readonly Cell[]);
    return parts.length === 0 || fits(c, parts, atEnd && p + take === total);
  };
  for (let r = count - 1; r >= 0; r--) {
    const most = (claimants[r] as C).width;
    for (let p = total; p >= 0; p--) {
      let sum = 0;
      for (let take = 0; take <= Math.min(total - p, most) && sum < 2; take++) {
        const rest = ways[(r + 1) * stride + p + take] as number;
        if (rest > 0 && fitsAt(r, p, take)) sum += rest;
      }
      ways[r * stride + p] = Math.min(sum, 2);
    }
  }
  const found = ways[0] as 0 | 1 | 2;
  if (found !== 1) return { ways: found };
  const takes: number[] = [];
  let p = 0;
  for (let r = 0; r < count; r++) {
    let take = 0;
    while (!(ways[(r + 1) * stride + p + take] === 1 && fitsAt(r, p, take))) take++;
    takes.push(take);
    p += take;
  }
  return { ways: 1, takes };
}
