/**
 * The relations of a report: every sum relation of its format, evaluated by the relation engine,
 * with the invalid and blank cells found while reading the same cells.
 *
 * Blank cells count as 0. A blank total whose parts are not all zero is not an arithmetic error:
 * it is reported (CELL-BLANK, warning) with the value it should have, and that value stands in for
 * it in the relations it is a part of (the Shanghai 2019 report leaves the 总计 column blank for
 * every outcome row; its (七)总计 is then the sum of the values those blanks stand for).
 *
 * A cell the reader could not read is not blank but unknown: a relation through it is not
 * evaluated, and says so (RELATION-UNCHECKED). A table the relations run on that holds no value at
 * all was not filled in (TABLE-BLANK), which its trivially holding relations would hide.
 *
 * @module
 */
import { cellLabels, formatCells, getFormat, valueProblem, type CellDef } from '../format/index.js';
import type { CellRef, FormatDef, FormatVersion, TableId } from '../format/grid.js';
import type { RuleCode } from '../findings/catalog.js';
import type { RuleDefinition } from '../findings/define.js';
import { cellPlace, placeParams } from '../findings/place.js';
import { REPORT } from '../findings/report.js';
import type { Finding, MessageParams, RawFinding, Severity } from '../findings/types.js';
import { type FindingSink, ruleOf } from '../findings/write.js';
import { readerFor, type CountReader, type Tables } from '../model/cell-reader.js';
import { cellValue } from '../model/cells.js';
import type { ReadonlyReport } from '../model/types.js';
import {
  type CompiledInstance,
  compileRelations,
  type HoldTest,
  holdOf,
  instanceSlots,
  rightSum,
  type CompiledRelations,
  type SumsWriter,
  sumsOf,
} from './engine.js';
import type { TopicText } from './narrative.js';
import { describeUnread, listNames, type UnreadCell } from './unread.js';

/**
 * What `check` knows about a report besides the report itself.
 * @internal
 */
export interface CheckContext {
  /** Cells the reader could not read (blank in the report, but not printed blank). */
  readonly unread: readonly UnreadCell[];
  /** The topics of section 1 read apart from its text, worked out by the first rule that needs them. */
  topics?: readonly TopicText[];
  /**
   * Whether the parts of the narrative TEXT-TABLE-MISMATCH reads (sections 1, 3 and 4, the topics
   * apart) name an assessment, found in its scan of them where the report must name one;
   * `undefined` where they were not scanned for it.
   */
  assessmentNamed?: boolean;
}

interface TableSlots {
  readonly table: TableId;
  readonly from: number;
  readonly to: number;
  readonly checked: boolean;
}

interface Compiled {
  readonly cells: readonly CellDef[];
  /** The slot of each cell, by `table/row/column`. */
  readonly indexOf: ReadonlyMap<string, number>;
  /**
   * Every table in order with the slots of its cells, `from` to `to` (the format lists a table's
   * cells together), and whether the relations run on it.
   */
  readonly tables: readonly TableSlots[];
  /**
   * Each cell's address, frozen: findings that name many cells (every blank cell of a partial
   * report) share these instead of making one object per cell on every check.
   */
  readonly refs: readonly CellRef[];
  /** Each cell's keys in the report: `table3`, its row, its column. */
  readonly keys: readonly { readonly tableKey: string; readonly row: string; readonly column: string }[];
  /** Each cell's row (or table 4 group) and column labels, for the findings that name one cell. */
  readonly labels: readonly { readonly row: string; readonly column: string }[];
  readonly relations: CompiledRelations;
  /** Whether every instance holds, and the sums of every instance (see the engine). */
  readonly hold: HoldTest;
  readonly sums: SumsWriter;
  /** Per instance, the slot of its checked cell ({@link CompiledInstance.subject}), or -1 for a balance of two sums. */
  readonly subjects: Int32Array;
  /** Per instance: the label of the column, row or group it runs along. */
  readonly alongLabels: readonly string[];
  /** Per instance: the rule of its relation's code. */
  readonly rules: readonly RuleDefinition[];
  /**
   * Reads every cell of tables 2–4 into `values` (blank and non-numbers left 0), in format order,
   * and reports a cell that is not a valid value of its column.
   */
  readonly readCells: CountReader;
  /** Scratch space for the cell values of one report (checks run synchronously, one at a time). */
  readonly values: Float64Array;
  /** Scratch space: 1 where the cell is blank (and, once `failures` has run, does not stand for the sum of its parts). */
  readonly blanks: Uint32Array;
  /** Scratch space: 1 where a blank total stands for the sum of its parts (its value in `values`). */
  readonly inferred: Uint8Array;
  /** Scratch space: 1 where the blank total's CELL-BLANK finding is made (a total is in several instances). */
  readonly reported: Uint8Array;
  /** Scratch space: the blank cells of a table, listed before they are copied at their number (it grows once to the most). */
  readonly listed: CellRef[];
  /** Per slot, the instances that have it among their parts (on the right). */
  readonly partOf: readonly (readonly number[])[];
  /** Scratch space: 1 for an instance whose parts changed since it was last summed. */
  readonly stale: Uint8Array;
  /** Scratch space: the left and right sums of each instance, once the blank totals are inferred. */
  readonly lefts: Float64Array;
  readonly rights: Float64Array;
}

const cellId = (c: CellRef): string => `${c.table}/${c.row}/${c.column}`;

/**
 * The key of each table in a report, as constant strings: a key written as `table${table}` is a
 * new string for every finding that names its table.
 */
const TABLE_KEY: Readonly<Record<TableId, string>> = { '2': 'table2', '3': 'table3', '4': 'table4' };

/** Per slot, the instances whose right side sums it. */
function partsOf(relations: CompiledRelations, slots: number): number[][] {
  const out = Array.from({ length: slots }, (): number[] => []);
  const { terms, bounds } = relations;
  relations.instances.forEach((_, i) => {
    for (let k = bounds[2 * i + 1] as number; k < (bounds[2 * i + 2] as number); k++) out[terms[k] as number]?.push(i);
  });
  return out;
}

/** The slots of each table, in order; `related` are the tables the relations run on. */
function tableSlots(cells: readonly CellDef[], related: ReadonlySet<TableId>): TableSlots[] {
  const out: TableSlots[] = [];
  cells.forEach((cell, i) => {
    const last = out.at(-1);
    if (last?.table === cell.table && last.to === i) out[out.length - 1] = { ...last, to: i + 1 };
    else if (out.some((t) => t.table === cell.table)) throw new TypeError(`the cells of table ${cell.table} are apart`);
    else out.push({ table: cell.table, from: i, to: i + 1, checked: related.has(cell.table) });
  });
  return out;
}
const compiledCache = new Map<FormatDef, Compiled>();

function compile(format: FormatDef): Compiled {
  let compiled = compiledCache.get(format);
  if (compiled) return compiled;
  const cells = formatCells(format);
  const indexOf = new Map<string, number>(cells.map((cell, i) => [cellId(cell), i]));
  const relations = compileRelations(format.relations, (term) => {
    const slot = indexOf.get(cellId(term));
    return slot === undefined ? undefined : { cell: cells[slot] as CellDef, slot };
  });
  const related = new Set(relations.instances.flatMap((i) => i.cells.map((c) => c.table)));
  compiled = {
    cells,
    indexOf,
    tables: tableSlots(cells, related),
    refs: cells.map(({ table, row, column }) => Object.freeze({ table, row, column })),
    keys: cells.map(({ table, row, column }) => ({ tableKey: TABLE_KEY[table], row, column })),
    labels: cells.map((cell) => cellLabels(format, cell)),
    relations,
    hold: holdOf(relations),
    sums: sumsOf(relations),
    subjects: Int32Array.from(relations.instances, (i) => i.subject ?? -1),
    alongLabels: relations.instances.map(({ instance }) => {
      const labels = cellLabels(format, instance.left[0] as CellRef);
      return instance.axis === 'column' ? labels.column : labels.row;
    }),
    // The format's relation codes are rules of the findings (a test keeps them in step).
    rules: relations.instances.map(({ relation }) => ruleOf(REPORT, relation.code as RuleCode)),
    // Straight-line code where allowed: `check` reads 200 cells per report, and constant keys
    // make those reads as cheap as a hand-written function's (see `bench/check.bench.ts`).
    readCells: readerFor(
      cells.map((c, i) => ({ table: c.table, row: c.row, column: c.column, target: i, kind: c.columnDef.kind })),
    ),
    values: new Float64Array(cells.length),
    blanks: new Uint32Array(cells.length),
    inferred: new Uint8Array(cells.length),
    reported: new Uint8Array(cells.length),
    listed: [],
    partOf: partsOf(relations, cells.length),
    stale: new Uint8Array(relations.instances.length),
    lefts: new Float64Array(relations.instances.length),
    rights: new Float64Array(relations.instances.length),
  };
  compiledCache.set(format, compiled);
  return compiled;
}

/** Set by the cell reader when a cell is not a valid value of its column (reported later, in full). */
let sawBadCell = false;
const noteBadCell = (): void => {
  sawBadCell = true;
};

const TABLE_BLANK = ruleOf(REPORT, 'TABLE-BLANK');
const CELL_BLANK = ruleOf(REPORT, 'CELL-BLANK');
const BLANK_CELLS = CELL_BLANK.variants?.cells as NonNullable<RuleDefinition['variants']>[string];

/**
 * Evaluates every relation of the report's format, with invalid, blank and unread cells, and adds
 * the findings to `sink`.
 * @internal
 */
export function checkRelations(report: ReadonlyReport, context: CheckContext, sink: FindingSink): void {
  const format = getFormat(report.format as FormatVersion);
  const compiled = compile(format);
  const { readCells, values, blanks, cells } = compiled;

  // Fast path: read every cell once into the scratch array (blank and invalid as 0), then sum
  // every instance over it. A report that passes allocates nothing more than its result.
  values.fill(0);
  blanks.fill(0);
  sawBadCell = false;
  readCells(report as unknown as Tables, values, blanks, noteBadCell);
  const sawInvalid = sawBadCell;
  // NaN and ±Infinity were added like any number; in the sums they count as 0.
  if (sawInvalid) for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i])) values[i] = 0;
  // `indexOf`: `includes` took longer than a loop here, and a loop half as long again as `indexOf`.
  const sawBlank = blanks.indexOf(1) >= 0;
  const unknown = unknownSlots(compiled, context.unread);
  const hold = compiled.hold(values);
  if (!sawInvalid && hold && !sawBlank && !unknown) return;

  if (sawInvalid) sink.raw(invalidCells(format, report, cells));
  const blankTables = sawBlank ? blankTablesOf(compiled, unknown) : [];
  for (const table of blankTables) {
    const severity = sink.severity(TABLE_BLANK);
    if (!severity) continue;
    const params = { table, title: format.tables.find((t) => t.id === table)?.title ?? '' };
    const message = sink.message(TABLE_BLANK.message, params);
    sink.add({ code: 'TABLE-BLANK', severity, message, table, path: [TABLE_KEY[table]] }, TABLE_BLANK.message, params);
  }
  compiled.inferred.fill(0);
  if (!hold || unknown) {
    failures(report, compiled, unknown, sink);
    if (unknown) sink.raw(unchecked(format, compiled, unknown, context.unread));
  }
  if (sawBlank) blankSummary(compiled, unknown, blankTables, sink);
}

/** 1 for each slot the reader could not read, or `undefined` when it read every cell. */
function unknownSlots(compiled: Compiled, unread: readonly UnreadCell[]): Uint8Array | undefined {
  let unknown: Uint8Array | undefined;
  for (const cell of unread) {
    const slot = compiled.indexOf.get(cellId(cell));
    if (slot === undefined) continue;
    unknown ??= new Uint8Array(compiled.cells.length);
    unknown[slot] = 1;
  }
  return unknown;
}

/** The tables the relations run on whose every cell is blank (and was read so). */
function blankTablesOf(compiled: Compiled, unknown: Uint8Array | undefined): TableId[] {
  const { blanks } = compiled;
  const out: TableId[] = [];
  for (const { table, from, to, checked } of compiled.tables) {
    if (!checked) continue;
    // Most tables have a value in their first cells: the search stops there.
    let blank = true;
    for (let i = from; i < to && blank; i++) blank = blanks[i] === 1 && !unknown?.[i];
    if (blank) out.push(table);
  }
  return out;
}

/** Whether instance `i` runs through a cell that was not read. */
function touchesUnknown(relations: CompiledRelations, i: number, unknown: Uint8Array | undefined): boolean {
  // The loops over every instance ask `unknown &&` first: a call per instance for nothing took
  // a twentieth of `check` on a report with failing relations.
  if (!unknown) return false;
  for (const slot of instanceSlots(relations, i)) if (unknown[slot]) return true;
  return false;
}

/** CELL-INVALID: each cell that is not a valid value of its kind, tables 3 and 4 before table 2. */
function invalidCells(format: FormatDef, report: ReadonlyReport, cells: readonly CellDef[]): RawFinding[] {
  const out: RawFinding[] = [];
  for (const cell of [...cells.filter((c) => c.table !== '2'), ...cells.filter((c) => c.table === '2')]) {
    const v = cellValue(report, cell);
    const reason = valueProblem(v, cell.columnDef.kind);
    if (!reason) continue;
    const place = cellPlace(format, cell);
    out.push({
      code: 'CELL-INVALID',
      ...place,
      actual: reason === 'type' ? null : (v as number),
      params: { ...placeParams(place), actual: String(v), reason },
    });
  }
  return out;
}

/** Slow path: infer the values blank totals stand for, then report what still fails. */
function failures(
  report: ReadonlyReport,
  compiled: Compiled,
  unknown: Uint8Array | undefined,
  sink: FindingSink,
): void {
  const { relations, values, blanks, alongLabels, inferred } = compiled;
  const { instances } = relations;
  // A fixed point: a blank total inferred from its row can be a part of a column total. After the
  // first pass, only an instance with a part inferred since it was last summed can change. The
  // first pass reads the sums of the cells as read (`rights`), all made at once; an instance
  // whose parts changed before the pass reached it (2) is summed again.
  const { partOf, stale, reported, lefts, rights, subjects } = compiled;
  compiled.sums(values, lefts, rights);
  stale.fill(1);
  let anyInferred = false;
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < instances.length; i++) {
      const state = stale[i];
      if (state === 0) continue;
      stale[i] = 0;
      // The subjects as numbers: reading each instance's object here took a fifth of this loop.
      const subject = subjects[i] as number;
      if (subject < 0 || blanks[subject] === 0 || inferred[subject] === 1) continue;
      if (unknown && touchesUnknown(relations, i, unknown)) continue;
      const parts = state === 1 ? (rights[i] as number) : rightSum(relations, i, values);
      if (parts === 0) continue;
      values[subject] = parts;
      inferred[subject] = 1;
      // No longer blank to the blank summary, which then reads `blanks` alone.
      blanks[subject] = 0;
      for (const other of partOf[subject] as readonly number[]) stale[other] = 2;
      changed = true;
      anyInferred = true;
    }
  }

  // Findings are built as they are listed, without spreading a place into them: an object spread
  // per finding took more time than the rest of a report with findings.
  const { rules } = compiled;
  reported.fill(0);
  // The sums again only where a blank total was given a value.
  if (anyInferred) compiled.sums(values, lefts, rights);
  for (let i = 0; i < instances.length; i++) {
    if (unknown && touchesUnknown(relations, i, unknown)) continue;
    const { instance, subject, cells } = instances[i] as CompiledInstance;
    const left = lefts[i] as number;
    const right = rights[i] as number;
    // An inferred total keeps the value it was given in `values`.
    if (subject !== undefined && inferred[subject] === 1 && values[subject] === right) {
      // The blank total stands for the sum of its parts: say so once, not as an arithmetic error.
      if (reported[subject] === 0) {
        reported[subject] = 1;
        blankTotal(compiled, subject, cells, right, sink);
      }
      continue;
    }
    if (left === right) continue;
    const rule = rules[i] as RuleDefinition;
    const severity = sink.severity(rule);
    if (!severity) continue;
    const along = alongLabels[i] as string;
    const table = (cells[0] as CellRef).table as TableId;
    if (subject !== undefined) {
      const printed = printedAt(report, compiled, subject);
      const actual = typeof printed === 'number' && Number.isFinite(printed) ? printed : null;
      const params = { along, expected: right, actual };
      relationFinding(sink, rule, severity, params, cells, table, instance.axis, along, right, actual);
    } else {
      const params = { along, left, right };
      relationFinding(sink, rule, severity, params, cells, table, instance.axis, along, left, right);
    }
  }
}

/**
 * The value printed in slot `slot` of the report, as `cellValue` reads it, by the keys of the
 * cell's table, row and column made once per format: `cellValue` makes the table's key (`table3`)
 * anew on every call, and a key made at run time is looked up as a new string each time.
 */
function printedAt(report: ReadonlyReport, compiled: Compiled, slot: number): unknown {
  const { tableKey, row, column } = compiled.keys[slot] as Compiled['keys'][number];
  return (report as unknown as Tables)[tableKey]?.[row]?.[column];
}

/**
 * A finding of a relation, named by what it runs along (a column, a row or a table 4 group): one
 * object literal per axis, so that each has one shape from the start, where adding the key of the
 * axis to a literal gave each code and axis a shape of its own (and a computed key, `[axis]:`,
 * took half as long again). The keys are in the order the finding writer gave them: code,
 * severity, message, then the place.
 */
function relationFinding(
  sink: FindingSink,
  rule: RuleDefinition,
  severity: Severity,
  params: MessageParams,
  cells: readonly CellRef[],
  table: TableId,
  axis: 'column' | 'row' | 'group',
  along: string,
  expected: number,
  actual: number | null,
): void {
  const code = rule.code as RuleCode;
  const message = sink.message(rule.message, params);
  const copy = cells.slice();
  const finding: Finding =
    axis === 'column'
      ? { code, severity, message, cells: copy, table, column: along, expected, actual }
      : axis === 'row'
        ? { code, severity, message, cells: copy, table, row: along, expected, actual }
        : { code, severity, message, cells: copy, table, group: along, expected, actual };
  sink.add(finding, rule.message, params);
}

/**
 * CELL-BLANK (warning): the blank total in slot `subject` stands for `expected`, the sum of its
 * parts. Placed as `cellPlace` places a cell, with every cell of the relation.
 */
function blankTotal(
  compiled: Compiled,
  subject: number,
  cells: readonly CellRef[],
  expected: number,
  sink: FindingSink,
): void {
  const severity = sink.severity(CELL_BLANK);
  if (!severity) return;
  const { table, row, column } = compiled.refs[subject] as CellRef;
  const labels = compiled.labels[subject] as Compiled['labels'][number];
  const params = { table, row: labels.row, column: labels.column, expected };
  const message = sink.message(CELL_BLANK.message, params);
  const path = [TABLE_KEY[table], row, column];
  const code = 'CELL-BLANK';
  // One literal for each of the two keys a cell's row is named by, as in `relationFinding`.
  const finding: Finding =
    table === '4'
      ? {
          code,
          severity,
          message,
          table,
          group: labels.row,
          column: labels.column,
          cells: cells.slice(),
          path,
          expected,
          actual: null,
        }
      : {
          code,
          severity,
          message,
          table,
          row: labels.row,
          column: labels.column,
          cells: cells.slice(),
          path,
          expected,
          actual: null,
        };
  sink.add(finding, CELL_BLANK.message, params);
}

/**
 * RELATION-UNCHECKED: per relation, one finding on its instances that run through unread cells,
 * naming them and the reading findings that gave them up.
 */
function unchecked(
  format: FormatDef,
  compiled: Compiled,
  unknown: Uint8Array,
  unread: readonly UnreadCell[],
): RawFinding[] {
  const { relations, alongLabels, cells } = compiled;
  const byRelation = new Map<string, number[]>();
  relations.instances.forEach(({ relation }, i) => {
    if (!touchesUnknown(relations, i, unknown)) return;
    byRelation.set(relation.code, [...(byRelation.get(relation.code) ?? []), i]);
  });
  const reasonOf = new Map(unread.map((u) => [cellId(u), u]));
  return [...byRelation].map(([code, indices]) => {
    const involved = new Set<number>();
    for (const i of indices) for (const slot of instanceSlots(relations, i)) if (unknown[slot]) involved.add(slot);
    const unreadHere = [...involved]
      .sort((a, b) => a - b)
      .map((slot) => reasonOf.get(cellId(cells[slot] as CellRef)) as UnreadCell);
    const where = describeUnread(format.version, unreadHere, unread);
    const every = relations.instances.filter((instance) => instance.relation.code === code).length;
    const along = listNames(
      indices.map((i) => alongLabels[i] as string),
      '处',
    );
    const first = relations.instances[indices[0] as number] as (typeof relations.instances)[number];
    const table = (first.cells[0] as CellRef).table;
    return {
      code: 'RELATION-UNCHECKED' as const,
      table,
      cells: unreadHere.map(({ table, row, column }) => ({ table, row, column })),
      path: [`table${table}`],
      params: {
        table,
        relation: code,
        along: indices.length === every ? `全部 ${every} 处` : along.zh,
        alongEn: indices.length === every ? `all ${every} instances` : along.en,
        unread: where.zh,
        unreadEn: where.en,
      },
    };
  });
}

/**
 * CELL-BLANK (info): how many cells of each table are blank and counted as 0; a cell left out
 * (unread, or standing for the sum of its parts) and a table that is blank throughout
 * (TABLE-BLANK) are not counted. The cells are in the format's order, so each table's cells come
 * together, tables in order.
 */
function blankSummary(
  compiled: Compiled,
  unknown: Uint8Array | undefined,
  blankTables: readonly TableId[],
  sink: FindingSink,
): void {
  const severity = sink.severity(CELL_BLANK, 'info');
  if (!severity) return;
  // A blank total that stands for its parts is no longer blank in `blanks` (see `failures`).
  const { refs, blanks, listed } = compiled;
  for (const { table, from, to } of compiled.tables) {
    if (blankTables.includes(table)) continue;
    // Listed in scratch space, then copied at their number: grown by `push` (or counted first),
    // a list of a hundred blank cells took a twentieth of `check` on a partial report.
    let count = 0;
    // Apart for a report read whole (most): asking `unknown` of every cell took a tenth of the
    // relations of a report with a hundred blank cells.
    if (unknown) {
      for (let i = from; i < to; i++) if (blanks[i] === 1 && unknown[i] === 0) listed[count++] = refs[i] as CellRef;
    } else for (let i = from; i < to; i++) if (blanks[i] === 1) listed[count++] = refs[i] as CellRef;
    if (count === 0) continue;
    const cells = listed.slice(0, count);
    const params = { table, count };
    const message = sink.message(BLANK_CELLS, params);
    sink.add({ code: 'CELL-BLANK', severity, message, table, cells, path: [TABLE_KEY[table]] }, BLANK_CELLS, params);
  }
}
