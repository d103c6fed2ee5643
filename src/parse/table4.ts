/**
 * Reading table 4: its fifteen values (three groups of four outcomes and a 总计) printed on one
 * row, continued over lines, or as one small table per group under its group's label.
 *
 * @module
 */
import type { BlockDef, ColumnDef, FormatDef } from '../format/grid.js';
import { T4_GROUPS } from '../format/shared.js';
import type { SourceLoc } from './layout.js';
import { digitSplits, isDigitRun, keepsRowRelations, splitCells } from './digit-runs.js';
import type { Cell } from './lines.js';
import { type FieldEvidence, type Placement, placeLines, type RowShape } from './placement.js';
import type { Reading } from './reading.js';
import { looksShifted, rowRelations } from './row-arithmetic.js';
import { reorderTable4 } from './table4-order.js';
import type { Table4Item } from './table-scan.js';

/** The label of table 4 as a whole in findings: its three groups. */
export const TABLE4_GROUPS_LABEL = T4_GROUPS.map((g) => g.label).join('、');

type ValueItem = Extract<Table4Item, { kind: 'values' }>;

/** Values on consecutive lines, and the groups named since the run before. */
interface Run {
  readonly items: ValueItem[];
  readonly groups: ReadonlySet<number>;
}

function runsOf(items: readonly Table4Item[]): Run[] {
  const runs: Run[] = [];
  let named = new Set<number>();
  let current: ValueItem[] = [];
  let groups: ReadonlySet<number> = named;
  const flush = (): void => {
    if (current.length) runs.push({ items: current, groups });
    current = [];
  };
  for (const item of items) {
    if (item.kind === 'values') {
      if (!current.length) {
        groups = named;
        named = new Set();
      }
      current.push(item);
      continue;
    }
    flush();
    if (item.kind === 'groups') for (const g of item.groups) named.add(g);
  }
  flush();
  return runs;
}

/** Reads table 4 from the lines of its zone into the report. */
export function readTable4(
  items: readonly Table4Item[],
  reading: Reading,
  format: FormatDef,
  evidence: FieldEvidence,
): void {
  const runs = runsOf(items);
  if (!runs.length) return;
  const block = format.tables[2].blocks[0] as BlockDef;
  const width = block.columns.length;
  const relations = rowRelations(format);
  const fieldsOf = (run: Run): Cell[] => run.items.flatMap((i) => i.fields);
  const all = runs.flatMap(fieldsOf);
  const loc = ((runs[0] as Run).items[0] as ValueItem).loc;
  const atEnd = ((runs[runs.length - 1] as Run).items.at(-1) as ValueItem).atEnd;
  const vetoed = (placed: Placement, cells: (k: number) => (Cell | undefined)[]): boolean =>
    placed.ok &&
    placed.weak &&
    block.rows.some((row, g) => looksShifted(cells(g), block.columns, relations.get(`4/${row.key}`) ?? []));
  const write = (g: number, cells: readonly (Cell | undefined)[], at: SourceLoc): void => {
    const row = block.rows[g] as (typeof block.rows)[number];
    reading.rowsRead.add(`4/${row.key}`);
    reading.tablesSeen.add('4');
    reading.writeRow('4', row.key, row.label, block.columns as readonly ColumnDef[], cells, at);
  };

  // One run: the fifteen values in the order of the groups.
  const whole: RowShape = {
    table: '4',
    block: block.key,
    depth: 0,
    deepest: 0,
    width: width * block.rows.length,
    mergedValues: false,
  };
  if (runs.length === 1 && all.length === 1 && splitJoined(all[0] as Cell)) return;
  if (runs.length === 1) {
    const placed = placeLines(
      (runs[0] as Run).items.map((i) => i.fields),
      { shape: whole, evidence, atEnd },
    );
    const groupCells = (g: number) => (placed.ok ? placed.cells.slice(g * width, (g + 1) * width) : []);
    if (placed.ok && !vetoed(placed, groupCells)) {
      for (let g = 0; g < block.rows.length; g++) write(g, groupCells(g), loc);
      return;
    }
    unaligned(reading, all, whole.width, !placed.ok && placed.truncated, loc, block);
    return;
  }
  /**
   * The fifteen values printed as one run of digits (text a crawler flattened): split where exactly
   * one split keeps each group's 总计 the sum of its outcomes. Returns whether the run was one.
   */
  function splitJoined(run: Cell): boolean {
    if (!isDigitRun(run) || run.text.trim().length < whole.width) return false;
    const groupRelations = block.rows.map((row) => relations.get(`4/${row.key}`) ?? []);
    const keeps = groupRelations.map((r) => keepsRowRelations(block.columns as readonly ColumnDef[], r));
    const splits = digitSplits(run.text.trim(), whole.width)?.filter((split) =>
      keeps.every((keep, g) => keep(split.slice(g * width, (g + 1) * width))),
    );
    for (const row of block.rows) reading.rowsRead.add(`4/${row.key}`);
    if (splits?.length !== 1) {
      reading.tablesSeen.add('4');
      reading.digitsOpen('4', TABLE4_GROUPS_LABEL, run, splits, ['table4']);
      return true;
    }
    const cells = splitCells(run, splits[0] as readonly string[]);
    reading.digitsSplit('4', TABLE4_GROUPS_LABEL, run, splits[0] as readonly string[], ['table4']);
    for (let g = 0; g < block.rows.length; g++) write(g, cells.slice(g * width, (g + 1) * width), run.loc);
    return true;
  }
  // One small table per group, each under its group's label.
  const delimited =
    runs.every((r) => r.groups.size === 1) && new Set(runs.map((r) => [...r.groups][0])).size === runs.length;
  if (delimited) {
    const part: RowShape = {
      table: '4',
      block: `${block.key}/group`,
      depth: 0,
      deepest: 0,
      width,
      mergedValues: false,
    };
    const placements = runs.map((run) =>
      placeLines(
        run.items.map((i) => i.fields),
        { shape: part, evidence, atEnd: false },
      ),
    );
    if (placements.every((p) => p.ok && !vetoed(p, () => (p.ok ? [...p.cells] : [])))) {
      runs.forEach((run, n) => {
        const placed = placements[n] as Extract<Placement, { ok: true }>;
        write([...run.groups][0] as number, placed.cells, (run.items[0] as ValueItem).loc);
      });
      return;
    }
  }
  // Runs scattered among header words: only when every value is the same does order not matter.
  const filled = all.filter((f) => !f.empty);
  if (all.length === whole.width && filled.length === all.length && new Set(filled.map((f) => f.norm)).size === 1) {
    for (let g = 0; g < block.rows.length; g++) write(g, all.slice(g * width, (g + 1) * width), loc);
    return;
  }
  // Runs out of the columns' order (one cell a line): put back when exactly one way fits.
  const reordered = reorderTable4(
    runs.map((r) => ({ fields: fieldsOf(r), groups: r.groups })),
    block.rows.length,
    block.columns,
    block.rows.map((row) => relations.get(`4/${row.key}`) ?? []),
  );
  if (reordered.ways === 1) {
    reading.reordered('4', TABLE4_GROUPS_LABEL, all, loc, ['table4']);
    for (let g = 0; g < block.rows.length; g++) write(g, reordered.cells.slice(g * width, (g + 1) * width), loc);
    return;
  }
  unaligned(reading, all, whole.width, false, loc, block);
}

function unaligned(
  reading: Reading,
  fields: readonly Cell[],
  expected: number,
  truncated: boolean,
  loc: SourceLoc,
  block: BlockDef,
): void {
  for (const row of block.rows) reading.rowsRead.add(`4/${row.key}`);
  reading.tablesSeen.add('4');
  reading.unaligned('4', TABLE4_GROUPS_LABEL, fields, expected, truncated, loc, ['table4']);
}
