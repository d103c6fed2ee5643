/**
 * The cross-year checks `check(report, { previous })` runs: carry-over, the stock of documents,
 * copied narrative and large jumps (spec/format.md §1.5, X-1 and X-2; §5 on 内容雷同).
 *
 * @module
 */
import { SECTIONS, T3_COLUMNS } from '../format/shared.js';
import { cellLabels, comparablePairs, getTable, type BlockDef } from '../format/index.js';
import type { RawFinding, RuleSettings } from '../findings/types.js';
import { sumOfCells } from '../model/cells.js';
import type { Report, SectionKey } from '../model/types.js';
import { TEXT_REUSE_PARAMETERS, textReuse } from './similarity.js';

/**
 * When a cell's change counts as a jump (`X-JUMP`): with `lo` and `hi` the smaller and larger of
 * the two years' values, `hi ≥ ratio × max(lo, floor)`. So 12 → 60 and 0 → 50 are jumps; 3 → 40
 * and 10 → 45 are not. Small counts move a lot by chance; the floor keeps them quiet.
 *
 * @example
 * ```ts
 * const { ratio, floor } = JUMP_PARAMETERS;
 * const isJump = (a: number, b: number) => Math.max(a, b) >= ratio * Math.max(Math.min(a, b), floor);
 * isJump(12, 60); // true
 * ```
 */
export const JUMP_PARAMETERS = { ratio: 5, floor: 10 } as const;

/** X-CARRYOVER: this year's 二、上年结转 against last year's 四、结转下年度继续办理, per column. */
function checkCarryOver(report: Report, previous: Report): RawFinding[] {
  const out: RawFinding[] = [];
  for (const column of T3_COLUMNS) {
    const cell = { table: '3', row: 'carriedOver', column: column.key } as const;
    const now = sumOfCells(report, [cell]);
    const before = sumOfCells(previous, [{ ...cell, row: 'carriedForward' }]);
    // Blank counts as 0, as in the arithmetic checks; two blanks say nothing.
    if ((now === null && before === null) || (now ?? 0) === (before ?? 0)) continue;
    out.push({
      code: 'X-CARRYOVER',
      table: '3',
      row: cellLabels(report.format, cell).row,
      column: column.label,
      cells: [cell],
      path: ['table3', 'carriedOver', column.key],
      expected: before ?? 0,
      actual: now,
      params: { column: column.label, actual: now, expected: before, year: previous.meta.year },
    });
  }
  return out;
}

/** X-STOCK: 现行有效件数 = last year's + 本年制发件数 − 本年废止件数, in the 2021 format on both sides. */
function checkStock(report: Report, previous: Report): RawFinding[] {
  if (report.format !== '2021' || previous.format !== '2021') return [];
  // The rows of 第二十条第（一）项: the block whose columns hold the stock of documents.
  const block = getTable('2021', '2').blocks.find((b) => b.columns.some((c) => c.key === 'inForce')) as BlockDef;
  const out: RawFinding[] = [];
  for (const { key: row } of block.rows) {
    const cell = (column: 'inForce' | 'issued' | 'repealed') => ({ table: '2', row, column }) as const;
    const inForce = sumOfCells(report, [cell('inForce')]);
    const last = sumOfCells(previous, [cell('inForce')]);
    if (inForce === null || last === null) continue;
    const issued = sumOfCells(report, [cell('issued')]) ?? 0;
    const repealed = sumOfCells(report, [cell('repealed')]) ?? 0;
    const expected = last + issued - repealed;
    if (inForce === expected) continue;
    const labels = cellLabels('2021', cell('inForce'));
    out.push({
      code: 'X-STOCK',
      table: '2',
      row: labels.row,
      column: labels.column,
      cells: [cell('inForce'), cell('issued'), cell('repealed')],
      path: ['table2', row, 'inForce'],
      expected,
      actual: inForce,
      params: { row: labels.row, actual: inForce, expected, last, issued, repealed, year: previous.meta.year },
    });
  }
  return out;
}

/**
 * The sections written as prose. Sections 2–4 hold the tables (and, read from a page, the tables'
 * text), whose labels repeat every year by design.
 */
const NARRATIVE_SECTIONS: ReadonlySet<SectionKey> = new Set<SectionKey>(['overview', 'problems', 'other']);

/** X-TEXT-REUSE: a narrative section largely identical to last year's same section. */
function checkTextReuse(report: Report, previous: Report): RawFinding[] {
  const out: RawFinding[] = [];
  for (const def of SECTIONS) {
    if (!NARRATIVE_SECTIONS.has(def.key)) continue;
    const now = report.sections[def.key]?.text;
    const before = previous.sections[def.key]?.text;
    if (!now || !before) continue;
    const reuse = textReuse(now, before);
    if (!reuse || reuse.containment < TEXT_REUSE_PARAMETERS.threshold) continue;
    const percent = Math.round(reuse.containment * 100);
    out.push({
      code: 'X-TEXT-REUSE',
      path: ['sections', def.key],
      quote: reuse.shared[0] ?? '',
      params: {
        heading: def.heading,
        percent,
        jaccard: Math.round(reuse.jaccard * 100),
        year: previous.meta.year,
        quote: (reuse.shared[0] ?? '').replace(/\s+/g, ' ').slice(0, 60),
      },
    });
  }
  return out;
}

/** X-JUMP: a comparable cell whose value moved by the documented ratio (info). */
function checkJumps(report: Report, previous: Report): RawFinding[] {
  const { ratio, floor } = JUMP_PARAMETERS;
  const out: RawFinding[] = [];
  const { grid, pairs } = comparablePairs(previous.format, report.format);
  for (const { target, from: before, to: now } of pairs) {
    if (target.columnDef.kind === 'signed') continue;
    const from = sumOfCells(previous, before);
    const to = sumOfCells(report, now);
    if (from === null || to === null || from === to) continue;
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    if (hi < ratio * Math.max(lo, floor)) continue;
    // Name the cell as this year's report prints it; a derived sum (this year's three 2021
    // （六） rows against a 2019 row) keeps the grid's label, the heading over those rows.
    const derived = now.length > 1;
    const labels = cellLabels(derived ? grid : report.format, target);
    const cells = now.map(({ table, row, column }) => ({ table, row, column }));
    out.push({
      code: 'X-JUMP',
      table: target.table,
      ...(target.table === '4' ? { group: labels.row } : { row: labels.row }),
      column: labels.column,
      cells,
      path: derived ? [`table${target.table}`] : [`table${target.table}`, target.row, target.column],
      expected: from,
      actual: to,
      params: { table: target.table, row: labels.row, column: labels.column, from, to, year: previous.meta.year },
    });
  }
  return out;
}

const CROSS_YEAR: readonly { code: RawFinding['code']; run: (report: Report, previous: Report) => RawFinding[] }[] = [
  { code: 'X-CARRYOVER', run: checkCarryOver },
  { code: 'X-STOCK', run: checkStock },
  { code: 'X-TEXT-REUSE', run: checkTextReuse },
  { code: 'X-JUMP', run: checkJumps },
];

/**
 * Runs the cross-year rules of a report against the same body's report of the year before.
 * Throws a `TypeError` when `previous` is not about the year before: comparing other years is a
 * mistake of the caller, not a property of the report.
 * @internal
 */
export function checkCrossYear(report: Report, previous: Report, rules?: RuleSettings): RawFinding[] {
  if (previous.meta.year !== report.meta.year - 1) {
    throw new TypeError(
      `the previous report is about ${previous.meta.year}, not ${report.meta.year - 1}: cross-year checks compare a report with the year before`,
    );
  }
  return CROSS_YEAR.filter((r) => rules?.[r.code] !== 'off').flatMap((r) => r.run(report, previous));
}
