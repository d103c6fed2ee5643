/**
 * Placing the rows of tables 2 and 3 once the whole table has been scanned.
 *
 * A row label with its own values is read from them. Values printed on lines of their own belong
 * to the label above them, or to rows whose labels were lost there: the official order of the
 * rows says which rows can stand between two labels, and the values are given to them only when
 * exactly one way of sharing them out fits every row's columns (a row printed one cell a line
 * takes exactly its columns; a row whose label was lost may also have printed nothing). Anything
 * else is reported, never merged into a neighbour.
 *
 * @module
 */
import type { BlockDef, ColumnDef, FormatDef, RowDef, TableId } from '../format/grid.js';
import { decideJoined, digitSplits, isDigitRun, type JoinedRow, keepsRowRelations, splitCells } from './digit-runs.js';
import type { SourceLoc } from './layout.js';
import type { Cell } from './lines.js';
import { type FieldEvidence, isComplete, placeLines, placeRow, type RowShape } from './placement.js';
import { type Reading, printedValues } from './reading.js';
import { looksShifted, rowRelations } from './row-arithmetic.js';
import { type Claimant, type Fits, share } from './row-sharing.js';
import type { TableItem, TableScan } from './table-scan.js';

/** A row of the format, where it stands in the official order, and how it is printed. */
export interface OfficialRow {
  readonly table: TableId;
  readonly row: RowDef;
  readonly block: BlockDef;
  readonly order: number;
  readonly shape: RowShape;
  /** `table/row`: its key in {@link Reading.rowsRead} and in the sets of rows read here (made once, not per test). */
  readonly key: string;
}

/** A table's rows in the official order, and by key. */
interface TableRows {
  readonly list: readonly OfficialRow[];
  readonly byKey: ReadonlyMap<string, OfficialRow>;
}

const rowCache = new WeakMap<FormatDef, Map<TableId, TableRows>>();

function tableRows(format: FormatDef, table: TableId): TableRows {
  let byTable = rowCache.get(format);
  if (!byTable) rowCache.set(format, (byTable = new Map()));
  let rows = byTable.get(table);
  if (!rows) {
    const list = buildRows(format, table);
    rows = { list, byKey: new Map(list.map((r) => [r.row.key, r])) };
    byTable.set(table, rows);
  }
  return rows;
}

/** The rows of a table in the official order (made once per format and table). */
export function officialRows(format: FormatDef, table: TableId): readonly OfficialRow[] {
  return tableRows(format, table).list;
}

/** A row of a table by its key. */
export function officialRow(format: FormatDef, table: TableId, key: string): OfficialRow | undefined {
  return tableRows(format, table).byKey.get(key);
}

function buildRows(format: FormatDef, table: TableId): OfficialRow[] {
  const def = format.tables.find((t) => t.id === table);
  const out: OfficialRow[] = [];
  const blocks = def?.blocks ?? [];
  const deepest = Math.max(0, ...blocks.flatMap((b) => b.rows.map((r) => r.parents?.length ?? 0)));
  const widest = Math.max(0, ...blocks.map((b) => b.columns.length));
  for (const block of blocks) {
    for (const row of block.rows) {
      const depth = row.parents?.length ?? 0;
      const width = block.columns.length;
      const shape = { table, block: block.key, depth, deepest, width, mergedValues: width > 1 && width < widest };
      out.push({ table, row, block, order: out.length, shape, key: `${table}/${row.key}` });
    }
  }
  return out;
}

/** Values on lines of their own, after a row label (or the start of the table) and before the next label. */
interface Stretch {
  /** The label item that owns the stretch (undefined: the table's start, or text that is no label). */
  readonly owner: Extract<TableItem, { kind: 'label' }> | undefined;
  /** True when the stretch follows text that is no label: its values belong to no row. */
  readonly stray: boolean;
  readonly lines: Extract<TableItem, { kind: 'values' }>[];
  /** The next label item in the table, if any. */
  readonly next: Extract<TableItem, { kind: 'label' }> | undefined;
}

function stretches(items: readonly TableItem[]): Stretch[] {
  const out: Stretch[] = [];
  let owner: Stretch['owner'];
  let stray = false;
  let lines: Stretch['lines'] = [];
  const close = (next: Stretch['next']): void => {
    out.push({ owner, stray, lines, next });
    lines = [];
  };
  for (const item of items) {
    if (item.kind === 'values') {
      lines.push(item);
    } else if (item.kind === 'label') {
      close(item);
      owner = item;
      stray = false;
    } else {
      close(undefined);
      owner = undefined;
      stray = true;
    }
  }
  close(undefined);
  // A stretch closed by text that is no label still ends where the next label starts.
  for (let s = out.length - 2; s >= 0; s--) {
    const here = out[s] as Stretch;
    if (!here.next) out[s] = { ...here, next: (out[s + 1] as Stretch).next ?? (out[s + 1] as Stretch).owner };
  }
  return out;
}

/** A row that may own a stretch's lines: its label's, or one the official order implies. */
interface RowClaimant extends Claimant {
  readonly row: OfficialRow;
  /** The label was printed here (not a row the order implies). */
  readonly labelled: boolean;
  /** For a label, whether the next line may continue its own (a number cut by a line break). */
  readonly continues?: boolean;
  /** For a label on one line, how many cells that line has. */
  readonly lineWidth?: number;
}

/**
 * A merged parent cell printed as a row's label (`（六）其他处理`) names the one row a table printed
 * without sub-rows stands for. Where the table prints that parent's sub-rows, the row is one of them
 * whose own label was lost: its values are values whose label is missing, placed by the order.
 */
function withoutLostSubRows(items: readonly TableItem[]): readonly TableItem[] {
  const parentOf = (item: Extract<TableItem, { kind: 'label' }>) => item.label.target.row.parents?.at(-1);
  const printedParents = new Set<string>();
  for (const item of items)
    if (item.kind === 'label' && !item.label.parentAlias) {
      const parent = parentOf(item);
      if (parent) printedParents.add(parent);
    }
  if (!items.some((item) => item.kind === 'label' && item.label.parentAlias)) return items;
  return items.map((item) => {
    if (item.kind !== 'label' || !item.label.parentAlias || item.label.fields.length === 0) return item;
    const parent = parentOf(item);
    if (!parent || !printedParents.has(parent)) return item;
    return { kind: 'values', fields: item.label.fields, loc: item.label.loc, atEnd: item.atEnd };
  });
}

/** Reads tables 2 and 3 from their scanned lines into the report. */
export class RowTables {
  private readonly relations;
  private readonly done = new Set<string>();
  /** Rows among which values could not be shared out with certainty. */
  private readonly uncertain = new Set<string>();

  constructor(
    private readonly reading: Reading,
    private readonly format: FormatDef,
    private readonly evidence: FieldEvidence,
  ) {
    this.relations = rowRelations(format);
  }

  /** Rows printed as one run of digits, decided once both tables are read (their relations span rows). */
  private readonly joined: { row: JoinedRow; loc: SourceLoc }[] = [];

  read(scan: TableScan): void {
    for (const table of ['2', '3'] as const) this.readTable(table, scan.rows[table], scan.endsIn === table);
    this.readJoined();
  }

  /** Splits the runs of digits of joined rows where the report's arithmetic allows one way only. */
  private readJoined(): void {
    if (!this.joined.length) return;
    const locs = new Map(this.joined.map((j) => [j.row, j.loc]));
    for (const decision of decideJoined(
      this.joined.map((j) => j.row),
      this.reading.report,
      this.format,
    )) {
      const { row } = decision;
      const loc = locs.get(row) as SourceLoc;
      const path = [`table${row.table}`, row.rowKey];
      if ('split' in decision) {
        this.reading.digitsSplit(row.table, row.rowLabel, row.run, decision.split, path);
        this.reading.writeRow(
          row.table,
          row.rowKey,
          row.rowLabel,
          row.columns,
          splitCells(row.run, decision.split),
          loc,
        );
      } else {
        this.reading.digitsOpen(row.table, row.rowLabel, row.run, decision.open, path);
      }
    }
  }

  /**
   * A row printed as one run of digits for several columns: kept for {@link readJoined}, with the
   * splits its own relations leave. Returns whether the row was taken.
   */
  private keepJoined(row: OfficialRow, fields: readonly Cell[], loc: SourceLoc): boolean {
    const run = fields[0];
    if (fields.length !== 1 || !run?.joined || row.shape.width < 2 || !isDigitRun(run)) return false;
    const columns = row.block.columns as readonly ColumnDef[];
    const relations = this.relations.get(row.key) ?? [];
    const splits = digitSplits(run.text.trim(), columns.length)?.filter(keepsRowRelations(columns, relations));
    const table = row.table as '2' | '3';
    this.joined.push({ row: { table, rowKey: row.row.key, rowLabel: row.row.label, columns, run, splits }, loc });
    this.done.add(row.key);
    this.reading.rowsRead.add(row.key);
    this.reading.tablesSeen.add(row.table);
    return true;
  }

  /** `cutShort`: the document ends inside this table, so rows after its last label were never printed. */
  private readTable(table: '2' | '3', printed: readonly TableItem[], cutShort: boolean): void {
    const { list: rows, byKey } = tableRows(this.format, table);
    const items = withoutLostSubRows(printed);
    // A row read from its own values is read there, wherever else its label appears.
    const direct = new Map<string, Extract<TableItem, { kind: 'label' }>>();
    for (const item of items) {
      if (item.kind !== 'label') continue;
      const row = byKey.get(item.label.target.row.key) as OfficialRow;
      const { label } = item;
      if (label.variant)
        this.reading.variant(label.printed, label.official, label.loc, {
          table,
          row: label.official,
          path: [`table${table}`, row.row.key],
        });
      if (label.fields.length === 0) continue;
      if (direct.has(row.row.key))
        this.reading.duplicate(table, row.key, row.row.label, [`table${table}`, row.row.key], label.loc);
      else direct.set(row.row.key, item);
    }
    const labelOnly = new Map<string, Extract<TableItem, { kind: 'label' }>>();
    const all = stretches(items);
    for (const stretch of all) {
      const owner = stretch.owner;
      const ownerRow = owner && (byKey.get(owner.label.target.row.key) as OfficialRow);
      // A label owns its row where the row is read from it: its own values, or, printed alone,
      // the row not read elsewhere (a label printed again away from its values owns nothing).
      const ownsRow =
        owner !== undefined &&
        ownerRow !== undefined &&
        (owner.label.fields.length > 0
          ? direct.get(ownerRow.row.key) === owner
          : !direct.has(ownerRow.row.key) && !this.done.has(ownerRow.key));
      if (owner && ownerRow && ownsRow && owner.label.fields.length === 0 && stretch.lines.length === 0) {
        if (!labelOnly.has(ownerRow.row.key)) labelOnly.set(ownerRow.row.key, owner);
        continue;
      }
      if (stretch.stray) {
        for (const line of stretch.lines)
          this.reading.extra(table, printedValues(line.fields).join(' '), line.loc, true);
        continue;
      }
      const from = ownerRow?.order ?? -1;
      // In a document cut short, the values after the last label belong to no row after the cut.
      const last = stretch === all[all.length - 1];
      const next = stretch.next && (byKey.get(stretch.next.label.target.row.key) as OfficialRow);
      const to = next ? next.order : cutShort && last ? from + 1 : rows.length;
      // The rows between the two labels: `order` is a row's index in `rows`.
      const missing: OfficialRow[] = [];
      if (stretch.lines.length > 0)
        for (let o = Math.max(0, from + 1); o < Math.min(to, rows.length); o++) {
          const r = rows[o] as OfficialRow;
          if (!direct.has(r.row.key) && !this.done.has(r.key) && r !== ownerRow) missing.push(r);
        }
      const claimants: RowClaimant[] = [];
      if (owner && ownerRow && ownsRow)
        claimants.push({
          row: ownerRow,
          own: owner.label.fields,
          width: ownerRow.shape.width,
          labelled: true,
          continues: owner.continues,
          lineWidth: owner.label.lineWidth,
        });
      for (const r of missing) claimants.push({ row: r, own: [], width: r.shape.width, labelled: false });
      this.shareStretch(table, claimants, stretch.lines, owner?.label.loc, owner?.atEnd ?? false);
    }
    for (const [key, item] of labelOnly) {
      const row = byKey.get(key) as OfficialRow;
      if (this.done.has(row.key)) continue;
      if (this.uncertain.has(row.key)) this.unaligned(row, [], false, item.label.loc);
      else this.write(row, [], item.label.loc, { atEnd: item.atEnd });
    }
  }

  /**
   * Shares a stretch's lines among its claimants (the owner label first, then the rows the
   * official order leaves between it and the next label), when exactly one way fits.
   */
  private shareStretch(
    table: TableId,
    claimants: readonly RowClaimant[],
    lines: Stretch['lines'],
    ownerLoc: SourceLoc | undefined,
    ownerAtEnd: boolean,
  ): void {
    const total = lines.length;
    const atEnd = lines.at(-1)?.atEnd ?? ownerAtEnd;
    const first = claimants[0];
    if (first?.labelled && first.continues) {
      this.unaligned(first.row, [...first.own, ...lines.flatMap((l) => l.fields)], atEnd, ownerLoc as SourceLoc);
      for (const c of claimants.slice(1)) this.uncertain.add(c.row.key);
      return;
    }
    // The usual case: a label with its values on its line, and nothing printed after it.
    if (total === 0) {
      if (first?.labelled)
        this.write(first.row, first.own, ownerLoc as SourceLoc, { atEnd, lineWidth: first.lineWidth });
      return;
    }
    const shared = share(
      claimants,
      lines.map((l) => l.fields),
      this.fits,
      atEnd,
    );
    if (shared.ways === 1) {
      let p = 0;
      claimants.forEach((c, r) => {
        const take = shared.takes[r] as number;
        const fields = [...c.own, ...lines.slice(p, p + take).flatMap((l) => l.fields)];
        const last = atEnd && p + take === total;
        if (c.labelled)
          this.write(c.row, fields, ownerLoc as SourceLoc, { atEnd: last, lineWidth: take ? undefined : c.lineWidth });
        else if (take > 0)
          this.write(c.row, fields, (lines[p] as { loc: SourceLoc }).loc, { atEnd: last, byOrder: true });
        p += take;
      });
      return;
    }
    // No way, or several: the owner is read from its own values only when they fill its columns
    // (values left over could be its own otherwise); nothing is given to a row the order implies;
    // the values left are reported.
    const owner = claimants[0]?.labelled ? claimants[0] : undefined;
    let reported = false;
    if (owner) {
      if (isComplete(owner.own, owner.row.shape.width)) {
        this.write(owner.row, owner.own, ownerLoc as SourceLoc, { atEnd: false });
      } else {
        this.unaligned(owner.row, [...owner.own, ...lines.flatMap((l) => l.fields)], atEnd, ownerLoc as SourceLoc);
        reported = true;
      }
    }
    for (const c of claimants) if (!c.labelled) this.uncertain.add(c.row.key);
    if (!reported)
      for (const line of lines) this.reading.extra(table, printedValues(line.fields).join(' '), line.loc, true);
  }

  /** Whether a claimant's values and the lines it would take place in its columns. */
  private readonly fits: Fits<RowClaimant> = (c, parts, atEnd) => {
    const placed = placeLines(parts, { shape: c.row.shape, evidence: this.evidence, atEnd });
    // The label's line alone keeps its width; with lines of values after it, there is none.
    const lineWidth = parts.length === 1 && c.own.length > 0 ? c.lineWidth : undefined;
    return placed.ok && (placed.cells.length > 0 || c.labelled) && !this.doubtful(c.row, placed, lineWidth);
  };

  /**
   * Whether a placement made on weak evidence is contradicted: by the width of the label's line
   * (one cell short of its kind's), or by the row's own arithmetic (its 总计 one column early).
   */
  private doubtful(row: OfficialRow, placed: ReturnType<typeof placeRow>, lineWidth: number | undefined): boolean {
    if (!placed.ok || !placed.weak) return false;
    if (lineWidth !== undefined && !this.evidence.usualWidth(row.shape, lineWidth)) return true;
    const relations = this.relations.get(row.key);
    return relations !== undefined && looksShifted(placed.cells, row.block.columns, relations);
  }

  /**
   * Places and writes a row's fields, or reports them as unaligned. `byOrder`: the row's label was
   * lost and the order says which row it is; `lineWidth`: the cells of its label's line.
   */
  private write(
    row: OfficialRow,
    fields: readonly Cell[],
    loc: SourceLoc,
    how: { atEnd: boolean; byOrder?: boolean; lineWidth?: number | undefined },
  ): void {
    const key = row.key;
    if (this.done.has(key) || this.keepJoined(row, fields, loc)) return;
    const placed = placeRow(fields, { shape: row.shape, evidence: this.evidence, atEnd: how.atEnd });
    if (!placed.ok || this.doubtful(row, placed, how.lineWidth)) {
      this.unaligned(row, fields, !placed.ok && placed.truncated, loc);
      return;
    }
    this.done.add(key);
    this.reading.rowsRead.add(key);
    this.reading.tablesSeen.add(row.table);
    if (how.byOrder) this.reading.byOrder(row.table, row.row.label, fields, loc, [`table${row.table}`, row.row.key]);
    // A label with no cells at all (not blank cells): blank, but its values may be what was lost.
    if (fields.length === 0) this.reading.empty(row.table, row.row.label, [`table${row.table}`, row.row.key], loc);
    this.reading.writeRow(
      row.table,
      row.row.key,
      row.row.label,
      row.block.columns as readonly ColumnDef[],
      placed.cells,
      loc,
    );
  }

  private unaligned(row: OfficialRow, fields: readonly Cell[], truncated: boolean, loc: SourceLoc): void {
    const key = row.key;
    if (this.done.has(key)) return;
    this.done.add(key);
    this.reading.rowsRead.add(key);
    this.reading.unaligned(row.table, row.row.label, fields, row.shape.width, truncated, loc, [
      `table${row.table}`,
      row.row.key,
    ]);
  }
}
