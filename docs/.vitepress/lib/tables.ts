/**
 * The report's tables as HTML, for the format reference and the checker. Every value cell carries
 * `data-cell="TABLE/ROW/COLUMN"` (the keys of the source map) and `data-value` (its JSON value),
 * so that a page can mark findings on their cells and a test can read what is shown.
 *
 * This is the one place the site turns a report into tables; it walks the format definitions.
 * When `renderHtml` of `zfxxgk/render` is on main, it replaces the body of `reportTablesHtml`.
 */
import { type BlockDef, type Cell, getFormat, type Report, type TableDef } from '../../../src/index.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/** The key of a cell, as the readers' source maps name it. */
export const cellKey = (table: string, row: string, column: string): string => `${table}/${row}/${column}`;

type Values = (table: string, row: string, column: string) => Cell | undefined;

/** How many label columns a block needs: its deepest row's parents and the row label itself. */
const labelDepth = (block: BlockDef): number => Math.max(1, ...block.rows.map((r) => (r.parents?.length ?? 0) + 1));

/** The label cells of each row: merged parent cells (with their row span) where a group starts. */
function labelCells(block: BlockDef): string[] {
  const depth = labelDepth(block);
  return block.rows.map((row, i) => {
    const parents = row.parents ?? [];
    let html = '';
    parents.forEach((parent, level) => {
      const previous = block.rows[i - 1]?.parents ?? [];
      const starts =
        i === 0 || parents.slice(0, level + 1).join('\u0000') !== previous.slice(0, level + 1).join('\u0000');
      if (!starts) return;
      let span = 1;
      while (
        block.rows[i + span]?.parents?.slice(0, level + 1).join('\u0000') === parents.slice(0, level + 1).join('\u0000')
      )
        span += 1;
      html += `<th scope="rowgroup" rowspan="${span}">${escapeHtml(parent)}</th>`;
    });
    const colspan = depth - parents.length;
    return `${html}<th scope="row"${colspan > 1 ? ` colspan="${colspan}"` : ''}>${escapeHtml(row.label)}</th>`;
  });
}

function blockHtml(table: TableDef, block: BlockDef, values: Values): string {
  const depth = labelDepth(block);
  const width = depth + block.columns.length;
  const caption = block.caption
    ? `<tr><th class="caption" colspan="${width}">${escapeHtml(block.caption)}</th></tr>`
    : '';
  const head = `<tr><th colspan="${depth}"></th>${block.columns.map((c) => `<th scope="col">${escapeHtml(c.label)}</th>`).join('')}</tr>`;
  const labels = labelCells(block);
  const rows = block.rows.map((row, i) => {
    const cells = block.columns.map((column) => {
      const value = values(table.id, row.key, column.key);
      const shown = value === null || value === undefined ? '' : escapeHtml(String(value));
      return `<td data-cell="${cellKey(table.id, row.key, column.key)}" data-value="${value === undefined ? '' : escapeHtml(JSON.stringify(value))}">${shown}</td>`;
    });
    return `<tr>${labels[i]}${cells.join('')}</tr>`;
  });
  return `${caption}${head}${rows.join('')}`;
}

function tableHtml(table: TableDef, values: Values): string {
  const title = `<h4 class="zf-table-title">${escapeHtml(`表${'一二三四'[Number(table.id) - 1]}　${table.title}`)}</h4>`;
  return `${title}<table class="zf-table" data-table="${table.id}">${table.blocks.map((b) => blockHtml(table, b, values)).join('')}</table>`;
}

/**
 * Tables 2, 3 and 4 of a report, each value in its cell (blank cells empty).
 *
 * @example
 * ```ts
 * reportTablesHtml(emptyReport({ format: '2021', agency: '某县财政局', year: 2024 }));
 * ```
 */
export function reportTablesHtml(report: Report): string {
  const values: Values = (table, row, column) =>
    (report as unknown as Record<string, Record<string, Record<string, Cell>>>)[`table${table}`]?.[row]?.[column];
  return getFormat(report.format)
    .tables.map((t) => tableHtml(t, values))
    .join('');
}
