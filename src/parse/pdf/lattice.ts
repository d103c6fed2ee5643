/**
 * Tables from ruling lines ("lattice" tables): the drawn borders of a table give its grid, and a
 * border missing between two grid cells means they are one merged cell. This is how reports made
 * in Word or WPS and printed to PDF come out, and it is exact where text positions alone are not
 * (labels wrapped over lines, group labels set one character per line, numbers set lower than
 * their labels).
 *
 * @module
 */
import { centreX, centreY, type Segment, type TextPiece } from './geometry.js';

/** Coordinates closer than this (points) are the same ruling line. */
const SNAP = 2;
/**
 * Bounds that keep the lattice's work small on a hostile page: a page drawing more ruling
 * segments than this is read without them (its tables from the gaps in their lines), and a grid of
 * more cells than this is not a table. A report's page draws a few hundred segments; its largest
 * table has a few hundred cells.
 */
const MAX_SEGMENTS = 20_000;
const MAX_GRID_CELLS = 20_000;

/**
 * A merged cell: the grid rows and columns it covers and the pieces inside it.
 *
 * @example
 * ```ts
 * const { tables } = findGridTables(segments, pieces);
 * tables[0]?.cells[3]?.[0]; // { row: 3, col: 0, rows: 1, cols: 3, pieces: […] }
 * ```
 */
export interface GridRegion {
  row: number;
  col: number;
  rows: number;
  cols: number;
  pieces: TextPiece[];
  /**
   * Whether the region lies on the table's right edge where no rule is drawn: not a cell of its
   * row but the place of one that is not there (a row printed with a cell too few).
   */
  open?: boolean;
}

/**
 * A table found on a page: its grid lines and its cells.
 *
 * @example
 * ```ts
 * const { tables } = findGridTables(segments, pieces);
 * tables[0]?.xs; // [71.4, 95.6, 137.7, 250.9, …]
 * ```
 */
export interface GridTable {
  /** Column boundaries left to right (`cols + 1` values). */
  xs: number[];
  /** Row boundaries top to bottom, descending y (`rows + 1` values). */
  ys: number[];
  /** For each grid row, for each grid column, the region covering it. */
  cells: GridRegion[][];
}

interface Line {
  at: number;
  from: number;
  to: number;
}

/** Clusters nearly equal coordinates and returns the cluster means, ascending. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  let last = Number.NaN;
  for (const v of sorted) {
    if (count > 0 && v - last > SNAP) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += v;
    count++;
    last = v;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

/** Narrower than this (points), a space between two rules is a double border, not a cell. */
const MIN_CELL = 4;

/** Drops the second rule of each double border (ascending positions). */
function dropSlivers(bounds: number[]): number[] {
  const out: number[] = [];
  for (const b of bounds) if (out.length === 0 || b - (out[out.length - 1] as number) >= MIN_CELL) out.push(b);
  return out;
}

/** Whether some line at `at` covers the point `mid` along its length. */
function covered(lines: readonly Line[], at: number, mid: number): boolean {
  return lines.some((l) => Math.abs(l.at - at) <= SNAP && l.from - SNAP <= mid && mid <= l.to + SNAP);
}

/** Splits segments into horizontal and vertical lines, dropping slanted ones. */
function orient(segments: readonly Segment[]): { h: Line[]; v: Line[] } {
  const h: Line[] = [];
  const v: Line[] = [];
  for (const s of segments) {
    if (Math.abs(s.y1 - s.y2) <= 0.5 && Math.abs(s.x1 - s.x2) > SNAP) {
      h.push({ at: (s.y1 + s.y2) / 2, from: Math.min(s.x1, s.x2), to: Math.max(s.x1, s.x2) });
    } else if (Math.abs(s.x1 - s.x2) <= 0.5 && Math.abs(s.y1 - s.y2) > SNAP) {
      v.push({ at: (s.x1 + s.x2) / 2, from: Math.min(s.y1, s.y2), to: Math.max(s.y1, s.y2) });
    }
  }
  return { h: mergeCollinear(h), v: mergeCollinear(v) };
}

/**
 * Joins collinear lines that touch or overlap into one: word processors draw a border cell by
 * cell, and a table's rules are only connected through these joins.
 */
function mergeCollinear(lines: Line[]): Line[] {
  const sorted = [...lines].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Line[] = [];
  for (const line of sorted) {
    let joined = false;
    for (let k = out.length - 1; k >= 0 && (out[k] as Line).at >= line.at - SNAP / 2; k--) {
      const o = out[k] as Line;
      if (line.from <= o.to + SNAP && line.to >= o.from - SNAP) {
        o.from = Math.min(o.from, line.from);
        o.to = Math.max(o.to, line.to);
        joined = true;
        break;
      }
    }
    if (!joined) out.push({ ...line });
  }
  return out;
}

/** Groups lines that touch or cross into connected sets: one set per drawn table. */
function components(h: readonly Line[], v: readonly Line[]): { h: Line[]; v: Line[] }[] {
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  h.forEach((a, i) => {
    v.forEach((b, j) => {
      const touches = b.at >= a.from - SNAP && b.at <= a.to + SNAP && a.at >= b.from - SNAP && a.at <= b.to + SNAP;
      if (touches) parent[find(i)] = find(h.length + j);
    });
  });
  const groups = new Map<number, { h: Line[]; v: Line[] }>();
  const add = (i: number, line: Line, kind: 'h' | 'v'): void => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) groups.set(root, (g = { h: [], v: [] }));
    g[kind].push(line);
  };
  h.forEach((l, i) => {
    add(i, l, 'h');
  });
  v.forEach((l, j) => {
    add(h.length + j, l, 'v');
  });
  return [...groups.values()];
}

/**
 * Finds the ruled tables among a page's segments and puts every piece whose centre lies inside one
 * into its cell. Returns the tables (top to bottom) and the pieces outside all of them.
 *
 * @example
 * ```ts
 * const { tables, rest } = findGridTables(page.segments, page.pieces);
 * ```
 */
export function findGridTables(
  segments: readonly Segment[],
  pieces: readonly TextPiece[],
): { tables: GridTable[]; rest: TextPiece[] } {
  const { h, v } = orient(segments.length > MAX_SEGMENTS ? [] : segments);
  const tables: GridTable[] = [];
  for (const group of components(h, v)) {
    const table = buildGrid(group.h, group.v);
    if (table) tables.push(table);
  }
  tables.sort((a, b) => (b.ys[0] as number) - (a.ys[0] as number));
  const rest: TextPiece[] = [];
  // The innermost table takes a piece, so a frame drawn around a whole page does not swallow
  // the tables inside it.
  const bySize = [...tables].sort((a, b) => area(a) - area(b));
  for (const piece of pieces) {
    if (!bySize.some((t) => place(t, piece))) rest.push(piece);
  }
  const kept: GridTable[] = [];
  for (const table of tables) {
    collapse(table);
    // A single cell is a frame or a text box drawn around running text, not a table.
    if (table.cells.length * (table.cells[0]?.length ?? 0) > 1) kept.push(table);
    else rest.push(...(table.cells[0]?.[0]?.pieces ?? []));
  }
  return { tables: kept, rest };
}

function area(t: GridTable): number {
  const w = (t.xs[t.xs.length - 1] as number) - (t.xs[0] as number);
  const h = (t.ys[0] as number) - (t.ys[t.ys.length - 1] as number);
  return w * h;
}

/** Builds the grid of one connected set of lines, or `null` when it is not a table (a lone rule). */
function buildGrid(h: Line[], v: Line[]): GridTable | null {
  const xs = dropSlivers(cluster(v.map((l) => l.at)));
  const ys = dropSlivers(cluster(h.map((l) => l.at))).reverse();
  if (xs.length < 2 || ys.length < 2) return null;
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  if (rows * cols > MAX_GRID_CELLS) return null;
  const id = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i] as number] as number;
    return i;
  };
  const union = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let r = 0; r < rows; r++) {
    const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
    for (let c = 0; c < cols; c++) {
      const midX = ((xs[c] as number) + (xs[c + 1] as number)) / 2;
      if (c + 1 < cols && !covered(v, xs[c + 1] as number, midY)) union(id(r, c), id(r, c + 1));
      if (r + 1 < rows && !covered(h, ys[r + 1] as number, midX)) union(id(r, c), id(r + 1, c));
    }
  }
  const regions = new Map<number, GridRegion>();
  const cells: GridRegion[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: GridRegion[] = [];
    for (let c = 0; c < cols; c++) {
      const root = find(id(r, c));
      let region = regions.get(root);
      if (!region) regions.set(root, (region = { row: r, col: c, rows: 1, cols: 1, pieces: [] }));
      region.rows = Math.max(region.rows, r - region.row + 1);
      region.cols = Math.max(region.cols, c - region.col + 1);
      const midY = ((ys[r] as number) + (ys[r + 1] as number)) / 2;
      if (c === cols - 1 && !covered(v, xs[cols] as number, midY)) region.open = true;
      row.push(region);
    }
    cells.push(row);
  }
  return { xs, ys, cells };
}

/** Index of the interval of `bounds` (ascending) containing `v`, or -1. */
function bucket(bounds: readonly number[], v: number): number {
  if (v < (bounds[0] as number) || v > (bounds[bounds.length - 1] as number)) return -1;
  let lo = 0;
  let hi = bounds.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((bounds[mid] as number) <= v) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** Puts a piece into the table cell containing its centre; false when it lies outside. */
function place(table: GridTable, piece: TextPiece): boolean {
  const c = bucket(table.xs, centreX(piece));
  const descending = table.ys;
  const y = centreY(piece);
  if (c < 0 || y > (descending[0] as number) || y < (descending[descending.length - 1] as number)) return false;
  let r = 0;
  while (r < descending.length - 2 && y < (descending[r + 1] as number)) r++;
  table.cells[r]?.[c]?.pieces.push(piece);
  return true;
}

/**
 * Removes grid columns and rows that exist only because borders of different rows are a few
 * points apart: a column in which no cell starts is part of its left neighbour everywhere.
 */
function collapse(table: GridTable): void {
  const rows = table.cells.length;
  for (let c = (table.cells[0]?.length ?? 0) - 1; c >= 1; c--) {
    if (table.cells.every((row) => row[c] === row[c - 1])) {
      for (const row of table.cells) row.splice(c, 1);
      table.xs.splice(c, 1);
    }
  }
  for (let r = rows - 1; r >= 1; r--) {
    const row = table.cells[r] as GridRegion[];
    if (row.every((region, c) => region === table.cells[r - 1]?.[c])) {
      table.cells.splice(r, 1);
      table.ys.splice(r, 1);
    }
  }
  const seen = new Set<GridRegion>();
  table.cells.forEach((row, r) => {
    row.forEach((region, c) => {
      if (seen.has(region)) {
        region.rows = Math.max(region.rows, r - region.row + 1);
        region.cols = Math.max(region.cols, c - region.col + 1);
        return;
      }
      seen.add(region);
      region.row = r;
      region.col = c;
      region.rows = 1;
      region.cols = 1;
    });
  });
}
