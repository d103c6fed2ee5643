/**
 * The rendered DOCX has the official table grid: the same tables, rows, grid columns and merged
 * ranges (`w:gridSpan` × `w:vMerge`) as the blank template circulated to agencies, and the same
 * label in every cell the template labels. Compared structurally, from `word/document.xml`.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../src/model/empty.js';
import { renderDocx } from '../../src/render/docx/index.js';
import { cleanReport } from '../support/reports.js';

/** A merged range of a table: its top-left grid position, its spans and its text. */
interface Range {
  row: number;
  col: number;
  rowspan: number;
  colspan: number;
  text: string;
}

interface TableGrid {
  columns: number;
  rows: number;
  ranges: Range[];
}

const TABLE = /<w:tbl>([\s\S]*?)<\/w:tbl>/g;
const ROW = /<w:tr[ >]([\s\S]*?)<\/w:tr>/g;
const CELL = /<w:tc>([\s\S]*?)<\/w:tc>/g;

/** The tables of a document.xml as grids of merged ranges (no nested tables in either file). */
function tableGrids(xml: string): TableGrid[] {
  return [...xml.matchAll(TABLE)].map(([, table = '']) => {
    const columns = [...table.matchAll(/<w:gridCol /g)].length;
    const ranges: Range[] = [];
    const open = new Map<number, Range>(); // ranges still merging down, by column
    const rows = [...table.matchAll(ROW)];
    rows.forEach(([, row = ''], r) => {
      let col = 0;
      for (const [, cell = ''] of row.matchAll(CELL)) {
        const colspan = Number(/<w:gridSpan w:val="(\d+)"/.exec(cell)?.[1] ?? 1);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell);
        const text = [...cell.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
        if (merge && merge[1] !== 'restart') {
          const above = open.get(col);
          if (!above) throw new Error(`row ${r}, column ${col}: vMerge continues no merged cell`);
          above.rowspan++;
        } else {
          const range = { row: r, col, rowspan: 1, colspan, text: text.replace(/\u3000/g, '').trim() };
          ranges.push(range);
          if (merge) open.set(col, range);
          else open.delete(col);
        }
        col += colspan;
      }
      if (col !== columns) throw new Error(`row ${r} covers ${col} grid columns of ${columns}`);
    });
    return { columns, rows: rows.length, ranges };
  });
}

const documentXml = (docx: Uint8Array): string => strFromU8(unzipSync(docx)['word/document.xml'] as Uint8Array);

const template = tableGrids(
  documentXml(new Uint8Array(readFileSync(new URL('../corpus/templates/2021-blank-template.docx', import.meta.url)))),
);

const geometry = (grid: TableGrid) => ({
  columns: grid.columns,
  rows: grid.rows,
  ranges: grid.ranges.map(({ row, col, rowspan, colspan }) => ({ row, col, rowspan, colspan })),
});

describe('the rendered DOCX against the official 2021 template', () => {
  const reports = {
    'a filled report': cleanReport('2021'),
    'a blank report': emptyReport({ format: '2021', agency: '某县财政局', year: 2024 }),
  };

  it.each(Object.entries(reports))('%s: tables 2, 3 and 4 have the template grid', (_, report) => {
    const rendered = tableGrids(documentXml(renderDocx(report)));
    expect(template).toHaveLength(3);
    expect(rendered.map(geometry)).toEqual(template.map(geometry));
  });

  it('every cell the template labels carries the same label', () => {
    const rendered = tableGrids(documentXml(renderDocx(cleanReport('2021'))));
    template.forEach((table, t) => {
      for (const range of table.ranges.filter((r) => r.text !== '')) {
        const same = rendered[t]?.ranges.find((r) => r.row === range.row && r.col === range.col);
        expect(same?.text, `table ${t + 2}, row ${range.row}, column ${range.col}`).toBe(range.text);
      }
    });
  });

  it('the template grid is what the test reads: 14, 28 and 4 rows; 4, 10 and 15 columns', () => {
    expect(template.map((t) => [t.rows, t.columns])).toEqual([
      [14, 4],
      [28, 10],
      [4, 15],
    ]);
    // 三、本年度办理结果 spans the 22 outcome rows; 行政诉讼 spans ten columns.
    expect(template[1]?.ranges.find((r) => r.text === '三、本年度办理结果')).toMatchObject({ rowspan: 22, colspan: 1 });
    expect(template[2]?.ranges.find((r) => r.text === '行政诉讼')).toMatchObject({ rowspan: 1, colspan: 10 });
  });
});
