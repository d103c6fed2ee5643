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
 * The points of the subpath being read, on the page: x and y one after the other. One buffer for
 * every path (reading is synchronous): a new array per path, and emptying it, cost a tenth of
 * reading a content stream.
 */
let points = new Float64Array(64);
let pointCount = 0;

function addPoint(x: number, y: number): void {
  if (pointCount + 2 > points.length) {
    const grown = new Float64Array(points.length * 2);
    grown.set(points);
    points = grown;
  }
  points[pointCount++] = x;
  points[pointCount++] = y;
}

/**
 * Adds the ruling lines of one painted path to `out`: for a stroked path, its horizontal and
 * vertical straight pieces; for a filled one, the path itself when it is a thin rectangle (Word and
 * WPS draw borders either way). `data` is the path in pdf.js's draw operations, in the user space
 * of `ctm`, which takes it to the page; `end` is where it ends in `data` (by default, with `data`).
 * @internal
 *
 * @example
 * ```ts
 * const out: Segment[] = [];
 * pathSegments([DRAW.moveTo, 0, 0, DRAW.lineTo, 100, 0], [1, 0, 0, 1, 0, 0], true, out); // one rule
 * ```
 */
export function pathSegments(
  data: ArrayLike<number>,
  ctm: Matrix,
  stroked: boolean,
  out: Segment[],
  end = data.length,
): void {
  const a = ctm[0];
  const b = ctm[1];
  const c = ctm[2];
  const d = ctm[3];
  const e = ctm[4];
  const f = ctm[5];
  pointCount = 0;
  let i = 0;
  while (i < end) {
    const op = data[i];
    // Where the operation ends: its point is the last two numbers (a curve counts by its end).
    const next =
      op === DRAW.curveTo ? i + 7 : op === DRAW.quadraticCurveTo ? i + 5 : op === DRAW.closePath ? i + 1 : i + 3;
    if (op === DRAW.closePath || op === undefined || op > DRAW.closePath) {
      if (pointCount > 2 && stroked) addPoint(points[0] as number, points[1] as number);
      i += 1;
      continue;
    }
    if (op === DRAW.moveTo) flush(stroked, out);
    const x = data[next - 2] as number;
    const y = data[next - 1] as number;
    addPoint(a * x + c * y + e, b * x + d * y + f);
    i = next;
  }
  flush(stroked, out);
}

/** Adds the lines of the subpath read (its points) to `out`, and empties it. */
function flush(stroked: boolean, out: Segment[]): void {
  if (pointCount === 0) return;
  if (stroked) {
    for (let k = 2; k < pointCount; k += 2)
      pushAxis(points[k - 2] as number, points[k - 1] as number, points[k] as number, points[k + 1] as number, out);
  } else {
    thinRectangle(out);
  }
  pointCount = 0;
}

function pushAxis(x1: number, y1: number, x2: number, y2: number, out: Segment[]): void {
  if (Math.abs(y1 - y2) <= 0.5 || Math.abs(x1 - x2) <= 0.5) out.push({ x1, y1, x2, y2 });
}

function thinRectangle(out: Segment[]): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let k = 0; k < pointCount; k += 2) {
    const x = points[k] as number;
    const y = points[k + 1] as number;
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
