/**
 * Ruling lines from painted paths. Both ways the reader learns what a page draws end here: pdf.js's
 * operator list (pdfjs.ts) and the reader's own reading of the page's content stream (content.ts)
 * hand each painted path over as pdf.js builds it (its draw operations, coordinates as 32-bit
 * floats) with the transformation in force when it was painted, so that both give the same lines.
 *
 * @module
 */
import type { Segment } from './geometry.js';

/**
 * An affine transformation `[a, b, c, d, e, f]`, as in PDF: (x, y) → (a·x + c·y + e, b·x + d·y + f).
 * @internal
 *
 * @example
 * ```ts
 * const identity: Matrix = [1, 0, 0, 1, 0, 0];
 * ```
 */
export type Matrix = [number, number, number, number, number, number];

/**
 * `n` applied first, then `m` (what PDF's `cm` operator does: `multiply(ctm, operands)`).
 * @internal
 *
 * @example
 * ```ts
 * multiply([1, 0, 0, 1, 10, 0], [2, 0, 0, 2, 0, 0]); // [2, 0, 0, 2, 10, 0]
 * ```
 */
export function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = m;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = n;
  return [a2 * a + b2 * c, a2 * b + b2 * d, c2 * a + d2 * c, c2 * b + d2 * d, e2 * a + f2 * c + e, e2 * b + f2 * d + f];
}

/**
 * A point transformed by `m`.
 * @internal
 *
 * @example
 * ```ts
 * apply([1, 0, 0, -1, 0, 842], 10, 800); // [10, 42]
 * ```
 */
export const apply = (m: Matrix, x: number, y: number): [number, number] => [
  m[0] * x + m[2] * y + m[4],
  m[1] * x + m[3] * y + m[5],
];

/**
 * pdf.js's draw operations in a path (`DrawOPS`): each is followed by its coordinates.
 * @internal
 *
 * @example
 * ```ts
 * const square = [DRAW.moveTo, 0, 0, DRAW.lineTo, 10, 0, DRAW.lineTo, 10, 10, DRAW.closePath];
 * ```
 */
export const DRAW = { moveTo: 0, lineTo: 1, curveTo: 2, quadraticCurveTo: 3, closePath: 4 } as const;

/** Thickness (points) up to which a filled rectangle is a drawn rule rather than shading. */
const RULE_THICKNESS = 3;

/**
 * Adds the ruling lines of one painted path to `out`: for a stroked path, its horizontal and
 * vertical straight pieces; for a filled one, the path itself when it is a thin rectangle (Word and
 * WPS draw borders either way). `data` is the path in pdf.js's draw operations, in the user space
 * of `ctm`, which takes it to the page.
 * @internal
 *
 * @example
 * ```ts
 * const out: Segment[] = [];
 * pathSegments([DRAW.moveTo, 0, 0, DRAW.lineTo, 100, 0], [1, 0, 0, 1, 0, 0], true, out); // one rule
 * ```
 */
export function pathSegments(data: ArrayLike<number>, ctm: Matrix, stroked: boolean, out: Segment[]): void {
  let sub: [number, number][] = [];
  const flush = (): void => {
    if (sub.length === 0) return;
    if (stroked) {
      for (let k = 1; k < sub.length; k++) pushAxis(sub[k - 1] as [number, number], sub[k] as [number, number], out);
    } else {
      thinRectangle(sub, out);
    }
    sub = [];
  };
  let i = 0;
  while (i < data.length) {
    const op = data[i];
    if (op === DRAW.moveTo) {
      flush();
      sub.push(apply(ctm, data[i + 1] as number, data[i + 2] as number));
      i += 3;
    } else if (op === DRAW.lineTo) {
      sub.push(apply(ctm, data[i + 1] as number, data[i + 2] as number));
      i += 3;
    } else if (op === DRAW.curveTo) {
      sub.push(apply(ctm, data[i + 5] as number, data[i + 6] as number));
      i += 7;
    } else if (op === DRAW.quadraticCurveTo) {
      sub.push(apply(ctm, data[i + 3] as number, data[i + 4] as number));
      i += 5;
    } else {
      if (sub.length > 1 && stroked) sub.push(sub[0] as [number, number]);
      i += 1;
    }
  }
  flush();
}

function pushAxis(p: [number, number], q: [number, number], out: Segment[]): void {
  if (Math.abs(p[1] - q[1]) <= 0.5 || Math.abs(p[0] - q[0]) <= 0.5)
    out.push({ x1: p[0], y1: p[1], x2: q[0], y2: q[1] });
}

function thinRectangle(points: [number, number][], out: Segment[]): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const w = maxX - minX;
  const h = maxY - minY;
  if (h <= RULE_THICKNESS && w > h) out.push({ x1: minX, y1: (minY + maxY) / 2, x2: maxX, y2: (minY + maxY) / 2 });
  else if (w <= RULE_THICKNESS && h > w) out.push({ x1: (minX + maxX) / 2, y1: minY, x2: (minX + maxX) / 2, y2: maxY });
}
