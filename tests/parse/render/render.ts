/**
 * Renderers of a {@link DocumentModel} into the shapes real reports take as text and HTML.
 *
 * Text shapes, as copied from a page or from Word:
 * - `tab`: tab-separated; merged label cells become empty leading fields (rowspan) and nothing
 *   follows a label but its values;
 * - `tab-padded`: as `tab`, and every merged cell also leaves an empty field per column it spans
 *   (so a blank first or last value may no longer be placed with certainty);
 * - `pipe`: `|`-separated rows ending in `|`;
 * - `lines`: one cell per line, blank cells vanish.
 * HTML: the official layout with rowspan and colspan, optionally labels split into per-character
 * `<span>`s and blanks printed as `&nbsp;`.
 */
import type { DocumentModel, GridRow } from './grid.js';

export type TextShape = 'tab' | 'tab-padded' | 'pipe' | 'lines';
export const TEXT_SHAPES: readonly TextShape[] = ['tab', 'tab-padded', 'pipe', 'lines'];

/** Fields of each grid row: merged cells from rows above as empty fields; colspans padded or not. */
function fields(table: GridRow[], padColumns: boolean): string[][] {
  const covered: number[] = []; // rows still covered, by column
  return table.map((row) => {
    const out: string[] = [];
    let col = 0;
    const skipCovered = (): void => {
      while ((covered[col] ?? 0) > 0) {
        out.push('');
        covered[col] = (covered[col] as number) - 1;
        col++;
      }
    };
    for (const cell of row) {
      skipCovered();
      out.push(cell.text);
      for (let k = 0; k < cell.colspan; k++) {
        if (cell.rowspan > 1) covered[col + k] = cell.rowspan - 1;
        if (k > 0 && padColumns) out.push('');
      }
      col += cell.colspan;
    }
    skipCovered();
    return out;
  });
}

/** The document as text of a shape. */
export function renderText(doc: DocumentModel, shape: TextShape): string {
  const lines = [doc.title];
  if (doc.published) lines.push(`发布日期：${doc.published}`);
  for (const section of doc.sections) {
    lines.push('', section.heading, ...section.paragraphs);
    for (const table of section.tables) {
      if (shape === 'lines') {
        for (const row of table) for (const cell of row) if (cell.text.trim() !== '') lines.push(cell.text);
        continue;
      }
      for (const row of fields(table, shape === 'tab-padded')) {
        lines.push(shape === 'pipe' ? `${row.join(' | ')} |` : row.join('\t'));
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Wrap each character of label and header cells in its own `<span>` (as Word exports do). */
  spans?: boolean;
  /** Print blank value cells as `&nbsp;` rather than nothing. */
  nbsp?: boolean;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The document as an HTML page in the official layout. */
export function renderHtml(doc: DocumentModel, options: HtmlOptions = {}): string {
  const out = [
    '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>',
    `<p style="text-align:center">${escapeXml(doc.title)}</p>`,
  ];
  if (doc.published) out.push(`<p>发布日期：${doc.published}</p>`);
  for (const section of doc.sections) {
    out.push(`<p>${escapeXml(section.heading)}</p>`, ...section.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`));
    for (const table of section.tables) {
      out.push('<table border="1"><tbody>');
      for (const row of table) {
        const cells = row.map((cell) => {
          const attrs = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
          const text =
            cell.role === 'value'
              ? cell.text === ''
                ? options.nbsp
                  ? '&nbsp;'
                  : ''
                : escapeXml(cell.text)
              : options.spans
                ? Array.from(cell.text, (ch) => `<span>${escapeXml(ch)}</span>`).join('')
                : escapeXml(cell.text);
          return `<td${attrs}><p align="center">${text}</p></td>`;
        });
        out.push(`<tr>${cells.join('')}</tr>`);
      }
      out.push('</tbody></table>');
    }
  }
  out.push('</body></html>');
  return out.join('\n');
}
