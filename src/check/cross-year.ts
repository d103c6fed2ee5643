/**
 * The cross-year checks `check(report, { previous })` runs: the cross-year relations of the format
 * (carry-over, the stock of documents), copied narrative and large jumps (spec/format.md §1.5,
 * §5 on 内容雷同).
 *
 * @module
 */
import {
  comparablePairs,
  formatCells,
  getFormat,
  NARRATIVE_SECTIONS,
  SECTIONS,
  VALUE_KINDS,
  type CellDef,
} from '../format/index.js';
import type { CellRef, FormatVersion } from '../format/grid.js';
import type { RuleCode } from '../findings/catalog.js';
import { cellPlace, placeParams } from '../findings/place.js';
import type { RawFinding, RuleSettings } from '../findings/types.js';
import { readerFor, type CountReader, type Tables } from '../model/cell-reader.js';
import { sumOfCells } from '../model/cells.js';
import type { ReadonlyReport } from '../model/types.js';
import { compileRelations, sides, type CompiledRelations } from './engine.js';
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

interface CompiledPair {
  readonly relations: CompiledRelations;
  /** Reads this year's report into slots `0 .. n` and last year's into `n .. n + m`. */
  readonly readCurrent: CountReader;
  readonly readPrevious: CountReader;
  readonly size: number;
}

const cellId = (c: CellRef): string => `${c.table}/${c.row}/${c.column}`;
const pairCache = new Map<string, CompiledPair>();
const ignoreBadCell = (): void => {};

/** The cross-year relations of this year's format, compiled against last year's format. */
function compilePair(current: FormatVersion, previous: FormatVersion): CompiledPair {
  const key = `${current}<${previous}`;
  let compiled = pairCache.get(key);
  if (compiled) return compiled;
  const now = formatCells(current);
  const before = formatCells(previous);
  const slotsOf = (cells: readonly CellDef[], offset: number) =>
    new Map(cells.map((cell, i) => [cellId(cell), { cell, slot: offset + i }]));
  const nowSlots = slotsOf(now, 0);
  const beforeSlots = slotsOf(before, now.length);
  const reader = (cells: readonly CellDef[], offset: number) =>
    readerFor(cells.map((c, i) => ({ table: c.table, row: c.row, column: c.column, target: offset + i })));
  compiled = {
    relations: compileRelations(getFormat(current).crossYear, (term) =>
      (term.year === 'previous' ? beforeSlots : nowSlots).get(cellId(term)),
    ),
    readCurrent: reader(now, 0),
    readPrevious: reader(before, now.length),
    size: now.length + before.length,
  };
  pairCache.set(key, compiled);
  return compiled;
}

/**
 * The cross-year relations of the format (X-CARRYOVER, X-STOCK), by the relation engine: each
 * failing instance is a finding on its checked cell, with the value it should have.
 */
function checkRelationsAcrossYears(
  report: ReadonlyReport,
  previous: ReadonlyReport,
  rules?: RuleSettings,
): RawFinding[] {
  const { relations, readCurrent, readPrevious, size } = compilePair(report.format, previous.format);
  const values = new Float64Array(size);
  const blanks = new Uint32Array(size);
  // A cell that is not a number counts as 0 here; CELL-INVALID reports it.
  readCurrent(report as unknown as Tables, values, blanks, ignoreBadCell);
  readPrevious(previous as unknown as Tables, values, blanks, ignoreBadCell);
  for (let i = 0; i < size; i++) if (!Number.isFinite(values[i])) values[i] = 0;
  const out: RawFinding[] = [];
  relations.instances.forEach(({ relation, subject, required, named, cells }, i) => {
    const code = relation.code as RuleCode;
    if (subject === undefined || rules?.[code] === 'off' || required.some((slot) => blanks[slot] === 1)) return;
    const [left, right] = sides(relations, i, values);
    if (left === right) return;
    const value = (slot: number): number | null => (blanks[slot] === 1 ? null : (values[slot] as number));
    const actual = value(subject);
    const expected = (values[subject] as number) + right - left;
    const place = cellPlace(report.format, cells[0] as CellRef);
    out.push({
      code,
      ...place,
      cells: [...cells],
      expected,
      actual,
      params: {
        ...placeParams(place),
        actual,
        expected,
        year: previous.meta.year,
        ...Object.fromEntries(named.map(([name, slot]) => [name, value(slot)])),
      },
    });
  });
  return out;
}

/** X-TEXT-REUSE: a narrative section largely identical to last year's same section. */
function checkTextReuse(report: ReadonlyReport, previous: ReadonlyReport): RawFinding[] {
  const out: RawFinding[] = [];
  // Sections 2–4 hold the tables (and, read from a page, the tables' text), whose labels repeat
  // every year by design: only the prose sections are compared.
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
function checkJumps(report: ReadonlyReport, previous: ReadonlyReport): RawFinding[] {
  const { ratio, floor } = JUMP_PARAMETERS;
  const out: RawFinding[] = [];
  const { grid, pairs } = comparablePairs(previous.format, report.format);
  for (const { target, from: before, to: now } of pairs) {
    // A net change (the 2019 本年增/减) swings around 0 by nature.
    if (VALUE_KINDS[target.columnDef.kind].negative) continue;
    const from = sumOfCells(previous, before);
    const to = sumOfCells(report, now);
    if (from === null || to === null || from === to) continue;
    const lo = Math.min(from, to);
    const hi = Math.max(from, to);
    if (hi < ratio * Math.max(lo, floor)) continue;
    // Name the cell as this year's report prints it; a derived sum (this year's three 2021
    // （六） rows against a 2019 row) keeps the grid's label, the heading over those rows.
    const derived = now.length > 1;
    const place = cellPlace(derived ? grid : report.format, target);
    out.push({
      code: 'X-JUMP',
      ...place,
      cells: now.map(({ table, row, column }) => ({ table, row, column })),
      ...(derived && { path: [`table${target.table}`] }),
      expected: from,
      actual: to,
      params: { ...placeParams(place), from, to, year: previous.meta.year },
    });
  }
  return out;
}

const OTHER_RULES: readonly {
  code: RuleCode;
  run: (report: ReadonlyReport, previous: ReadonlyReport) => RawFinding[];
}[] = [
  { code: 'X-TEXT-REUSE', run: checkTextReuse },
  { code: 'X-JUMP', run: checkJumps },
];

/**
 * Runs the cross-year rules of a report against the same body's report of the year before.
 * Throws a `TypeError` when `previous` is not about the year before: comparing other years is a
 * mistake of the caller, not a property of the report.
 * @internal
 */
export function checkCrossYear(report: ReadonlyReport, previous: ReadonlyReport, rules?: RuleSettings): RawFinding[] {
  if (previous.meta.year !== report.meta.year - 1) {
    throw new TypeError(
      `the previous report is about ${previous.meta.year}, not ${report.meta.year - 1}: cross-year checks compare a report with the year before`,
    );
  }
  return [
    ...checkRelationsAcrossYears(report, previous, rules),
    ...OTHER_RULES.filter((r) => rules?.[r.code] !== 'off').flatMap((r) => r.run(report, previous)),
  ];
}
