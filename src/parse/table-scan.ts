/**
 * The first pass over a document's lines: which table each line belongs to, and what each line
 * of a table is (a row label with its own values, a line of values alone, table 4's values and
 * group labels, or text that ends a run of values). Rows are placed afterwards, when the whole
 * table is known.
 *
 * @module
 */
import type { TableId } from '../format/grid.js';
import type { SectionKey } from '../model/types.js';
import type { LabelIndex } from './labels.js';
import type { SourceLoc } from './layout.js';
import { type Cell, hasValue, isPageNumber, isValueOnly, type Line, type Lines } from './lines.js';
import { normalizeLabel } from './normalize.js';
import { mayContinue } from './placement.js';
import type { Reading } from './reading.js';
import { findRowLabel, type LabelAt } from './row-label.js';

/** What a line of table 2 or 3 is. */
export type TableItem =
  | {
      readonly kind: 'label';
      readonly label: LabelAt;
      readonly atEnd: boolean;
      /** The next line may continue the label's line, a line break having cut its last value. */
      readonly continues: boolean;
    }
  | { readonly kind: 'values'; readonly fields: Cell[]; readonly loc: SourceLoc; readonly atEnd: boolean }
  /** Text that is no label of the table: values after it are not the row's above. */
  | { readonly kind: 'barrier' };

/** What a line of table 4 is. */
export type Table4Item =
  | { readonly kind: 'values'; readonly fields: Cell[]; readonly loc: SourceLoc; readonly atEnd: boolean }
  | { readonly kind: 'groups'; readonly groups: readonly number[] }
  | { readonly kind: 'barrier' };

/** The tables' lines, and what the rest of the reader needs to know of each line. */
export interface TableScan {
  readonly rows: { readonly '2': TableItem[]; readonly '3': TableItem[] };
  readonly table4: Table4Item[];
  /** 1 for lines read as table content (never section text). */
  readonly consumed: Uint8Array;
  /** The table whose zone each line is in (0 when none). */
  readonly zones: Uint8Array;
  /** The table the document ends in, if it ends inside one (a document cut short). */
  endsIn: TableId | null;
  /**
   * Whether the copy pads merged cells with empty fields, as table 2's captions (merged over the
   * table's width) show: alone on their line, or followed by empty fields. Undefined when unseen.
   */
  padsMergedCells: boolean | undefined;
  /**
   * Table 2's header rows (`信息内容` and its block's column labels): the official labels they
   * name, and their cells after `信息内容`, which stand where the block's values stand.
   */
  readonly headers: { readonly columns: readonly string[]; readonly fields: readonly Cell[] }[];
}

const SECTION_TABLE: Partial<Record<SectionKey, TableId>> = { proactive: '2', requests: '3', appeals: '4' };
/** The header of table 2's label column. */
const CONTENT_HEADER = normalizeLabel('信息内容');

/** The line's own cells after its last text, or all of them: its values. */
function valueFields(line: Line): Cell[] {
  let lastText = -1;
  line.cells.forEach((c, k) => {
    if (!c.empty && !c.value && !c.spanned) lastText = k;
  });
  return line.cells.slice(lastText + 1).filter((c) => !c.spanned);
}

/**
 * Walks the lines once: headings and table headers set the zone (the table being read), row
 * labels are found with their values, and every other line of a zone is classified.
 */
export function scanTables(
  lines: Lines,
  headings: ReadonlyMap<number, { key: SectionKey }>,
  index: LabelIndex,
  reading: Reading,
): TableScan {
  const scan: TableScan = {
    rows: { '2': [], '3': [] },
    table4: [],
    consumed: new Uint8Array(lines.length),
    zones: new Uint8Array(lines.length),
    endsIn: null,
    padsMergedCells: undefined,
    headers: [],
  };
  const last = lines.length - 1;
  let zone: TableId | null = null;

  for (let i = 0; i < lines.length; i++) {
    const heading = headings.get(i);
    if (heading) {
      zone = SECTION_TABLE[heading.key] ?? null;
      scan.consumed[i] = 1;
      continue;
    }
    scan.zones[i] = zone === null ? 0 : Number(zone);
    const line = lines.line(i);
    if (isPageNumber(line)) {
      scan.consumed[i] = 1;
      continue;
    }

    let structural = false;
    for (const c of line.cells) {
      if (c.empty || c.value || c.spanned || c.norm === '') continue;
      if (index.opensTable4(c.norm)) {
        zone = '4';
        reading.tablesSeen.add('4');
        structural = true;
      } else if (index.isStructural(c.norm)) {
        structural = true;
        const column = index.matchColumn(c.norm);
        if (column?.variant) reading.variant(c.text.trim(), column.official, c.loc);
        if (c.norm.startsWith('第二十条')) {
          zone = '2';
          reading.tablesSeen.add('2');
          const after = line.cells.slice(line.cells.indexOf(c) + 1).filter((f) => !f.spanned);
          if (after.every((f) => f.empty)) scan.padsMergedCells ||= after.length > 0;
        }
      }
    }

    if (zone !== null && isGenericHeader(line)) reading.columnsByPosition(zone, line);
    if (structural && zone === '2') {
      const header = headerOf(line, index);
      if (header) scan.headers.push(header);
    }
    const label = findRowLabel(lines, i, index, zone === '2' || zone === '3');
    if (label && !(label.parentAlias && label.fields.every((f) => f.empty))) {
      const table = label.target.table;
      const continues = label.end < last && mayContinue(label.fields, lines.line(label.end + 1).cells);
      scan.rows[table].push({ kind: 'label', label, atEnd: label.end === last, continues });
      reading.tablesSeen.add(table);
      zone = table;
      for (let j = i; j <= label.end; j++) {
        scan.consumed[j] = 1;
        scan.zones[j] = Number(table);
      }
      i = label.end;
      continue;
    }

    const content =
      zone === '4'
        ? readTable4Line(line, index, structural, scan.table4, i === last)
        : zone === '2' || zone === '3'
          ? readRowLine(line, index, structural, zone, scan.rows[zone], reading, i === last)
          : false;
    if (content || structural) scan.consumed[i] = 1;
  }
  scan.endsIn = zone;
  return scan;
}

/** A line of table 2 or 3 that names no row. Returns whether it is table content. */
function readRowLine(
  line: Line,
  index: LabelIndex,
  structural: boolean,
  table: '2' | '3',
  items: TableItem[],
  reading: Reading,
  atEnd: boolean,
): boolean {
  const first = line.cells.find((c) => !c.empty && !c.spanned);
  if (!first) return false;
  if (hasValue(line)) {
    if (isValueOnly(line) || index.isFragment(first.norm) || index.isParent(first.norm)) {
      // Values alone, or after pieces of merged cells: a row whose label is elsewhere, or lost.
      items.push({ kind: 'values', fields: valueFields(line), loc: first.loc, atEnd });
    } else {
      reading.extra(table, first.text.trim(), first.loc);
      items.push({ kind: 'barrier' });
    }
    return true;
  }
  if (!structural && !index.isFragment(first.norm) && !index.isParent(first.norm)) items.push({ kind: 'barrier' });
  return false;
}

/** A line in table 4's zone: its values, the groups it names, or text. Returns whether it is table content. */
function readTable4Line(
  line: Line,
  index: LabelIndex,
  structural: boolean,
  items: Table4Item[],
  atEnd: boolean,
): boolean {
  const groups = new Set<number>();
  for (const c of line.cells)
    if (!c.empty && !c.value && !c.spanned) for (const g of index.groupsIn(c.norm)) groups.add(g);
  if (groups.size) items.push({ kind: 'groups', groups: [...groups] });
  // A row of empty cells is a row of blanks (table 4 has no label to print beside them).
  const own = line.cells.filter((c) => !c.spanned);
  const blankRow = own.length > 1 && own.every((c) => c.empty);
  if (hasValue(line) || blankRow) {
    const fields = valueFields(line);
    items.push({
      kind: 'values',
      fields: blankRow ? own : fields,
      loc: (fields.find((f) => !f.empty) ?? line).loc,
      atEnd,
    });
    return true;
  }
  // Header words between values: what follows is no longer the same run of values.
  if (line.cells.some((c) => !c.empty && !c.spanned)) items.push({ kind: 'barrier' });
  return groups.size > 0 || structural;
}

/** `数据1`, `列2`, `Column 3`: a column header OCR or a converter made up, naming no column. */
const GENERIC_HEADER = /^(?:数据|列|栏|字段|column|col|field)\s*\d{1,2}$/i;

/** Whether a text opening with this character is none of {@link GENERIC_HEADER}'s: an ideograph but 数列栏字. */
const opensNoGenericHeader = (c: number): boolean =>
  c >= 0x4e00 && c <= 0x9fff && c !== 0x6570 && c !== 0x5217 && c !== 0x680f && c !== 0x5b57;

/** A table row whose headers are all made-up names (`项目 | 数据1 | … | 数据6`): two at least. */
function isGenericHeader(line: Line): boolean {
  if (line.kind !== 'row') return false;
  let generic = 0;
  for (const c of line.cells) {
    if (c.empty || c.spanned) continue;
    if (c.value) return false;
    if (!opensNoGenericHeader(c.text.charCodeAt(0)) && GENERIC_HEADER.test(c.text.trim())) generic++;
  }
  return generic >= 2;
}

/** A header row of table 2: `信息内容`, then a label for each column (and empty cells, if padded). */
function headerOf(line: Line, index: LabelIndex): TableScan['headers'][number] | undefined {
  const at = line.cells.findIndex((c) => c.norm === CONTENT_HEADER);
  if (at < 0) return undefined;
  const fields = line.cells.slice(at + 1).filter((c) => !c.spanned);
  const columns: string[] = [];
  for (const f of fields) {
    if (f.empty) continue;
    const column = index.matchColumn(f.norm);
    if (!column) return undefined;
    columns.push(column.official);
  }
  return columns.length ? { columns, fields } : undefined;
}
