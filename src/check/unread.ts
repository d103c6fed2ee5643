/**
 * Cells a reader could not read. A reader leaves such a cell blank and says so in a finding (the
 * table, the row or the cell was not found, its values could not be placed, its text is not a
 * value); `check` must not take that blank for the report's own, so it is told which cells they
 * are and leaves every relation through them unevaluated (RELATION-UNCHECKED).
 *
 * @module
 */
import { cellLabels, formatCells } from '../format/lookups.js';
import type { CellRef, FormatVersion, TableId } from '../format/grid.js';
import { UNREAD_CODES, type UnreadCode } from '../findings/reading.js';
import type { Finding } from '../findings/types.js';

/**
 * A cell the reader could not read, and the code of the reading finding that says so.
 *
 * @example
 * ```ts
 * const cell: UnreadCell = { table: '3', row: 'carriedOver', column: 'natural', because: 'PARSE-ROW-MISSING' };
 * check(report, { unread: [cell] });
 * ```
 */
export interface UnreadCell extends CellRef {
  readonly because: UnreadCode;
}

const UNREAD: ReadonlySet<string> = new Set(UNREAD_CODES);
const TABLE_KEY = /^table([234])$/;

/**
 * The cells the reading findings say were not read, each once (the first finding that names it
 * gives its reason). A finding names its cells by `cells`, or by `path`: `['table3']` is the
 * whole table, `['table3', 'received']` a row, `['table3', 'received', 'natural']` a cell.
 * Findings of other codes (a label variant, a marker read as blank) name cells that were read.
 *
 * @example
 * ```ts
 * const { report, findings } = parseText(text);
 * if (report) check(report, { unread: unreadCells(report.format, findings) });
 * unreadCells('2021', [{ code: 'PARSE-ROW-MISSING', path: ['table4', 'review'] }]).length; // 5
 * ```
 */
export function unreadCells(
  format: FormatVersion,
  findings: readonly Pick<Finding, 'code' | 'cells' | 'path'>[],
): UnreadCell[] {
  const relevant = findings.filter((f) => UNREAD.has(f.code));
  if (relevant.length === 0) return [];
  const all = formatCells(format);
  const out = new Map<string, UnreadCell>();
  const add = (cell: CellRef, because: UnreadCode): void => {
    const id = `${cell.table}/${cell.row}/${cell.column}`;
    if (!out.has(id)) out.set(id, { table: cell.table, row: cell.row, column: cell.column, because });
  };
  for (const finding of relevant) {
    const because = finding.code as UnreadCode;
    if (finding.cells?.length) {
      for (const cell of finding.cells) add(cell, because);
      continue;
    }
    const [tableKey, row, column] = finding.path ?? [];
    const table = TABLE_KEY.exec(String(tableKey))?.[1] as TableId | undefined;
    if (!table) continue;
    for (const cell of all) {
      if (cell.table !== table || (row !== undefined && cell.row !== row)) continue;
      if (column === undefined || cell.column === column) add(cell, because);
    }
  }
  return [...out.values()];
}

/** How many names a message lists before it says how many more there are. */
const LISTED = 3;

/**
 * Names for a message, the first {@link LISTED} quoted and the rest counted in `unit`:
 * `「自然人」「商业企业」「科研机构」等 7 处`; `suffix` follows a complete list.
 * @internal
 */
export function listNames(
  names: readonly string[],
  unit: string,
  suffix = '',
): { readonly zh: string; readonly en: string } {
  const shown = names.slice(0, LISTED);
  const more = names.length - shown.length;
  return {
    zh: `「${shown.join('」「')}」${more > 0 ? `等 ${names.length} ${unit}` : suffix}`,
    en: `"${shown.join('", "')}"${more > 0 ? ` and ${more} more` : ''}`,
  };
}

/**
 * Says where the unread cells `involved` are, by the reading finding that gave them up: a whole
 * table when that finding gave up the whole table (`表3（PARSE-TABLE-MISSING）`), else its rows
 * (`表3「二、上年结转…」行（PARSE-ROW-MISSING）`). `all` is every unread cell of the report.
 * @internal
 */
export function describeUnread(
  format: FormatVersion,
  involved: readonly UnreadCell[],
  all: readonly UnreadCell[],
): { readonly zh: string; readonly en: string } {
  const cells = formatCells(format);
  const zh: string[] = [];
  const en: string[] = [];
  const groups = new Map<string, UnreadCell[]>();
  for (const cell of involved) {
    const key = `${cell.because}\u0000${cell.table}`;
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  for (const group of groups.values()) {
    const { table, because } = group[0] as UnreadCell;
    const given = all.filter((c) => c.because === because && c.table === table).length;
    if (given === cells.filter((c) => c.table === table).length) {
      zh.push(`表${table}（${because}）`);
      en.push(`table ${table} (${because})`);
      continue;
    }
    const rows = [...new Set(group.map((c) => cellLabels(format, c).row))];
    const names = listNames(rows, '行', '行');
    zh.push(`表${table}${names.zh}（${because}）`);
    en.push(`table ${table}, row${rows.length > 1 ? 's' : ''} ${names.en} (${because})`);
  }
  return { zh: zh.join('；'), en: en.join('; ') };
}
