/**
 * `zfxxgk/render/docx`: a report as a Word document (DOCX) in the official layout: the title,
 * the six sections with their text, and tables 2, 3 and 4 on the official grid (the same merged
 * cells, by `w:gridSpan` and `w:vMerge`, as the official template), in the fonts and sizes of
 * Chinese government documents. Pure like `zfxxgk/render`: it runs in browsers.
 *
 * The WordprocessingML is written directly from the layout the other renderers draw, and zipped
 * with fflate (which the DOCX reader already uses): the few elements a report needs are smaller
 * and faster to write than to build through a general OOXML library.
 *
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * import { renderDocx } from 'zfxxgk/render/docx';
 * await writeFile('report.docx', renderDocx(report));
 * ```
 *
 * @module zfxxgk/render/docx
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Report } from '../../model/types.js';
import type { CellRef } from '../../format/grid.js';
import { printedReport, valuePrinter } from '../document.js';
import { columnWeights, type GridCell, type TableGrid } from '../layout.js';
import { escapeXml, packageParts, PAGE, TEXT_WIDTH, WORDML } from './parts.js';

const run = (text: string): string => (text ? `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : '');

const paragraph = (style: string, text: string): string =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/></w:pPr>${run(text)}</w:p>`;

/** Column widths in twips that fill the text width, in the proportions of the layout. */
function gridWidths(layout: TableGrid): number[] {
  const weights = columnWeights(layout);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  widths[widths.length - 1] = TEXT_WIDTH - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  return widths;
}

const BORDERS = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
  .join('');

/** A table cell: its width and merges, and one paragraph (empty for a blank value). */
function cellXml(width: number, colspan: number, merge: 'restart' | 'continue' | undefined, body: string): string {
  const span = colspan > 1 ? `<w:gridSpan w:val="${colspan}"/>` : '';
  const vMerge = merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : '';
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span}${vMerge}<w:vAlign w:val="center"/></w:tcPr>${body}</w:tc>`;
}

/** A table on the official grid; the header rows of a one-block table repeat on each page. */
function tableXml(layout: TableGrid, print: (ref: CellRef) => string): string {
  const widths = gridWidths(layout);
  const spanWidth = (col: number, span: number): number => widths.slice(col, col + span).reduce((a, b) => a + b, 0);
  const repeatHead = new Set(layout.rows.map((r) => r.block)).size === 1;
  const covering = new Array<{ cell: GridCell; until: number } | undefined>(layout.width).fill(undefined);
  const rows = layout.rows.map((row, r) => {
    const starts = new Map(row.cells.map((c) => [c.col, c]));
    const cells: string[] = [];
    for (let col = 0; col < layout.width; ) {
      const cell = starts.get(col);
      if (!cell) {
        const above = covering[col]?.cell as GridCell;
        cells.push(cellXml(spanWidth(col, above.colspan), above.colspan, 'continue', '<w:p/>'));
        col += above.colspan;
        continue;
      }
      for (let k = col; k < col + cell.colspan; k++) covering[k] = { cell, until: r + cell.rowspan - 1 };
      const text = cell.ref ? print(cell.ref) : cell.text;
      const style = cell.kind === 'label' && !cell.group ? 'TableLabel' : 'TableText';
      cells.push(
        cellXml(
          spanWidth(col, cell.colspan),
          cell.colspan,
          cell.rowspan > 1 ? 'restart' : undefined,
          paragraph(style, text),
        ),
      );
      col += cell.colspan;
    }
    const trPr = `<w:trPr><w:cantSplit/>${row.head && repeatHead ? '<w:tblHeader/>' : ''}</w:trPr>`;
    return `<w:tr>${trPr}${cells.join('')}</w:tr>`;
  });
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${TEXT_WIDTH}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${BORDERS}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** `word/document.xml`: the title, the date, then each section's heading, text and table. */
function documentXml(report: Report): { xml: string; title: string } {
  const printed = printedReport(report);
  const print = valuePrinter(report);
  const body = [paragraph('Title', printed.title)];
  if (printed.published) body.push(paragraph('Published', printed.published));
  for (const section of printed.sections) {
    body.push(paragraph('Heading1', section.heading));
    for (const text of section.paragraphs) body.push(paragraph('Normal', text));
    // An empty paragraph after a table keeps the next heading from joining it in Word.
    if (section.table) body.push(tableXml(section.table, print), '<w:p/>');
  }
  const sectPr = `<w:sectPr><w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"/><w:pgMar w:top="${PAGE.top}" w:right="${PAGE.right}" w:bottom="${PAGE.bottom}" w:left="${PAGE.left}" w:header="851" w:footer="992" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`;
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${WORDML}"><w:body>${body.join('')}${sectPr}</w:body></w:document>`;
  return { xml, title: printed.title };
}

/** A fixed time stamp for the zip entries, so the same report always gives the same bytes. */
const MTIME = new Date(Date.UTC(2021, 0, 1));

/**
 * The report as the bytes of a DOCX file in the official layout of its format: the title
 * (方正小标宋简体 二号), the publication date, the six sections under their official headings
 * (黑体 三号) with their text (仿宋_GB2312 三号), and tables 2, 3 and 4 (五号) with the official
 * grid: the same rows, columns and merged cells as the official template. Blank cells are empty,
 * 0 is printed as 0, decimals as given. The same report always gives the same bytes.
 *
 * @example
 * ```ts
 * import { renderDocx } from 'zfxxgk/render/docx';
 * import { parseDocx } from 'zfxxgk/docx';
 * const bytes = renderDocx(report); // Uint8Array, a .docx file
 * parseDocx(bytes).report?.table3.received.total === report.table3.received.total; // true
 * ```
 */
export function renderDocx(report: Report): Uint8Array {
  const { xml, title } = documentXml(report);
  const files: Zippable = {};
  for (const [path, text] of Object.entries(packageParts(xml, title))) files[path] = strToU8(text);
  return zipSync(files, { level: 6, mtime: MTIME });
}
