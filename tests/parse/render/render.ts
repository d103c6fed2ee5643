/**
 * Renderers of a {@link DocumentModel} into the shapes real reports take as text and HTML, through
 * a printed form that keeps, for every printed value, the cell it prints (so tests can edit the
 * print and know what each edit did).
 *
 * Text shapes, as copied from a page or from Word:
 * - `tab`: tab-separated; merged label cells become empty leading fields (rowspan) and nothing
 *   follows a label but its values;
 * - `tab-trailing`: as `tab`, every row ending in a separator (an empty last field);
 * - `tab-padded`: as `tab`, and every merged cell also leaves an empty field per column it spans
 *   (so a blank first or last value may no longer be placed with certainty);
 * - `pipe`: `|`-separated rows ending in `|`;
 * - `lines`: one cell per line, blank cells vanish.
 * HTML: the official layout with rowspan and colspan, optionally labels split into per-character
 * `<span>`s, blanks printed as `&nbsp;`, and an empty cell ending every row.
 */
import type { DocumentModel, GridRow } from './grid.js';

export type TextShape = 'tab' | 'tab-trailing' | 'tab-padded' | 'pipe' | 'lines';
export const TEXT_SHAPES: readonly TextShape[] = ['tab', 'tab-trailing', 'tab-padded', 'pipe', 'lines'];

/** One printed cell: its text, its merging (HTML), and the report cell it prints, if a value. */
export interface PrintedCell {
  text: string;
  colspan: number;
  rowspan: number;
  role: 'label' | 'header' | 'value' | 'text';
  key?: string;
}

/** A printed line: a paragraph (one `text` cell) or a table row. */
export interface PrintedLine {
  kind: 'paragraph' | 'row';
  cells: PrintedCell[];
}

const textCell = (text: string): PrintedCell => ({ text, colspan: 1, rowspan: 1, role: 'text' });
const paragraph = (text: string): PrintedLine => ({ kind: 'paragraph', cells: [textCell(text)] });

/** Fields of each grid row: merged cells from rows above as empty fields; colspans padded or not. */
function fields(table: GridRow[], padColumns: boolean): PrintedCell[][] {
  const covered: number[] = []; // rows still covered, by column
  const empty = (): PrintedCell => ({ text: '', colspan: 1, rowspan: 1, role: 'text' });
  return table.map((row) => {
    const out: PrintedCell[] = [];
    let col = 0;
    const skipCovered = (): void => {
      while ((covered[col] ?? 0) > 0) {
        out.push(empty());
        covered[col] = (covered[col] as number) - 1;
        col++;
      }
    };
    for (const cell of row) {
      skipCovered();
      out.push({ text: cell.text, colspan: 1, rowspan: 1, role: cell.role, ...(cell.key ? { key: cell.key } : {}) });
      for (let k = 0; k < cell.colspan; k++) {
        if (cell.rowspan > 1) covered[col + k] = cell.rowspan - 1;
        if (k > 0 && padColumns) out.push(empty());
      }
      col += cell.colspan;
    }
    skipCovered();
    return out;
  });
}

/** The title, the date and the sections' headings and paragraphs around the tables. */
function printDocument(doc: DocumentModel, table: (rows: GridRow[]) => PrintedLine[]): PrintedLine[] {
  const lines = [paragraph(doc.title)];
  if (doc.published) lines.push(paragraph(`发布日期：${doc.published}`));
  for (const section of doc.sections) {
    lines.push(paragraph(section.heading), ...section.paragraphs.map(paragraph));
    for (const rows of section.tables) lines.push(...table(rows));
  }
  return lines;
}

/** The document printed as text of a shape, line by line. */
export function printText(doc: DocumentModel, shape: TextShape): PrintedLine[] {
  return printDocument(doc, (rows) => {
    if (shape === 'lines') {
      return rows.flatMap((row) =>
        row
          .filter((c) => c.text.trim() !== '')
          .map((c) => ({
            kind: 'row' as const,
            cells: [{ text: c.text, colspan: 1, rowspan: 1, role: c.role, ...(c.key ? { key: c.key } : {}) }],
          })),
      );
    }
    return fields(rows, shape === 'tab-padded').map((cells) => ({
      kind: 'row' as const,
      cells: shape === 'tab-trailing' ? [...cells, textCell('')] : cells,
    }));
  });
}

/** The text of printed lines in a shape. */
export function textOf(lines: readonly PrintedLine[], shape: TextShape): string {
  const out = lines.map((line) => {
    if (line.kind === 'paragraph' || shape === 'lines') return line.cells.map((c) => c.text).join('');
    const texts = line.cells.map((c) => c.text);
    return shape === 'pipe' ? `${texts.join(' | ')} |` : texts.join('\t');
  });
  return `${out.join('\n')}\n`;
}

/** The document as text of a shape. */
export function renderText(doc: DocumentModel, shape: TextShape): string {
  return textOf(printText(doc, shape), shape);
}

/** Options of {@link renderHtml}. */
export interface HtmlOptions {
  /** Wrap each character of label and header cells in its own `<span>` (as Word exports do). */
  spans?: boolean;
  /** Print blank value cells as `&nbsp;` rather than nothing. */
  nbsp?: boolean;
  /** End every table row with an empty cell (a page with a spare column). */
  trailingCell?: boolean;
}

/** The document printed as HTML in the official layout, row by row. */
export function printHtml(doc: DocumentModel, options: HtmlOptions = {}): PrintedLine[] {
  return printDocument(doc, (rows) =>
    rows.map((row) => ({
      kind: 'row' as const,
      cells: [
        ...row.map((c) => ({
          text: c.text,
          colspan: c.colspan,
          rowspan: c.rowspan,
          role: c.role,
          ...(c.key ? { key: c.key } : {}),
        })),
        ...(options.trailingCell ? [textCell('')] : []),
      ],
    })),
  );
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML of printed lines: each table (a run of rows) in a `<table>`. */
export function htmlOf(lines: readonly PrintedLine[], options: HtmlOptions = {}): string {
  const out = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>'];
  let inTable = false;
  for (const line of lines) {
    if (line.kind === 'paragraph') {
      if (inTable) out.push('</tbody></table>');
      inTable = false;
      out.push(`<p>${escapeXml(line.cells[0]?.text ?? '')}</p>`);
      continue;
    }
    if (!inTable) out.push('<table border="1"><tbody>');
    inTable = true;
    const cells = line.cells.map((cell) => {
      const attrs = `${cell.colspan > 1 ? ` colspan="${cell.colspan}"` : ''}${cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : ''}`;
      const text =
        cell.role === 'value' || cell.role === 'text'
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
  if (inTable) out.push('</tbody></table>');
  out.push('</body></html>');
  return out.join('\n');
}

/** The document as an HTML page in the official layout. */
export function renderHtml(doc: DocumentModel, options: HtmlOptions = {}): string {
  return htmlOf(printHtml(doc, options), options);
}
