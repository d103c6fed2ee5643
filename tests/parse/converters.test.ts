/**
 * Generated reports printed as converters and OCR give them, read back: every cell is the value
 * printed, or blank with a finding naming it; never a value in another row or column. The oracle
 * is the generator: it knows every value it printed (half the reports print every value once only,
 * so a value read into another cell cannot pass; the other half keep every relation, as real
 * reports do, so the readers' arithmetic gets its say).
 *
 * Shapes: one cell a line (`pdftotext` without options); a layout whose vertical merged labels land
 * one piece a line at the start of the rows (`pdftotext -layout`); Markdown with `##` headings,
 * table 3 split into one table per result group and table 4 into three 5-column tables; a row's
 * label dropped; a row's label cut in two over lines.
 *
 * The normal run reads a few hundred; `ZFXXGK_CONVERTER_RUNS=10000 npx vitest run
 * tests/parse/converters.test.ts` reads as many as asked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellDef, formatCells, type FormatVersion } from '../../src/format/index.js';
import { SECTIONS } from '../../src/format/shared.js';
import { emptyReport } from '../../src/model/empty.js';
import type { Report } from '../../src/model/types.js';
import { parseText } from '../../src/parse/index.js';
import { cellValue, silentChanges } from '../support/oracle.js';
import { consistentReport, plainSections } from '../support/reports.js';
import { consistentReportArb } from './report-arbs.js';
import { type DocumentModel, documentModel, type GridRow } from './render/grid.js';
import { type PrintedLine, printText } from './render/render.js';

const RUNS = Number(process.env.ZFXXGK_CONVERTER_RUNS ?? 300);
const SEED = Number(process.env.ZFXXGK_CONVERTER_SEED ?? 20261202);

const SHAPES = ['cell-per-line', 'layout', 'markdown-split', 'label-dropped', 'label-cut'] as const;
type Shape = (typeof SHAPES)[number];

/** Every value printed once only (blank cells aside), relations broken: a misplaced value shows. */
const uniqueReportArb = (format: FormatVersion): fc.Arbitrary<Report> => {
  const cells = formatCells(format);
  return fc
    .tuple(
      fc.uniqueArray(fc.integer({ min: 1, max: 99_999 }), { minLength: cells.length, maxLength: cells.length }),
      fc.array(fc.boolean(), { minLength: cells.length, maxLength: cells.length }),
    )
    .map(([values, blanks]) => {
      const report = emptyReport({ format, agency: '某县财政局', year: format === '2021' ? 2024 : 2020 }) as Report;
      report.sections = plainSections();
      const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
      cells.forEach((c: CellDef, i) => {
        const v = values[i] as number;
        const kind = c.columnDef.kind;
        const value = kind === 'money' || kind === 'amount' ? v + 0.5 : v;
        (tables[`table${c.table}`] as Record<string, Record<string, number | null>>)[c.row]![c.column] =
          blanks[i] && i % 4 === 0 ? null : value;
      });
      return report;
    });
};

const reportArb = fc
  .constantFrom<FormatVersion>('2021', '2019')
  .chain((format) =>
    fc.oneof(uniqueReportArb(format), consistentReportArb(format, fc.integer({ min: 0, max: 60 }), 300)),
  );

const HEADINGS = new Set<string>(SECTIONS.map((s) => s.heading));

/** The text before and after the tables, then each table as `table` prints it. */
function around(doc: DocumentModel, table: (rows: GridRow[], section: number) => string[], heading = (h: string) => h) {
  const out = [doc.title];
  doc.sections.forEach((section, s) => {
    out.push(heading(section.heading), ...section.paragraphs);
    for (const rows of section.tables) out.push(...table(rows, s));
  });
  return `${out.join('\n')}\n`;
}

/** Splits a text into `k` pieces, one per line of a vertical merged cell (some may be empty). */
const pieces = (text: string, k: number): string[] =>
  Array.from({ length: k }, (_, i) =>
    text.slice(Math.floor((i * text.length) / k), Math.floor(((i + 1) * text.length) / k)),
  );

/**
 * `pdftotext -layout`: each grid row on a line, cells apart by runs of spaces, blank cells gone,
 * and a merged cell spanning rows cut into pieces, one at the start of each row it spans.
 */
function layoutText(doc: DocumentModel): string {
  return around(doc, (rows) => {
    const open: { parts: string[]; next: number }[] = [];
    return rows.map((row) => {
      const fields: string[] = [];
      for (const span of open) if (span.next < span.parts.length) fields.push(span.parts[span.next++] as string);
      for (const cell of row) {
        if (cell.rowspan > 1) {
          const parts = pieces(cell.text, cell.rowspan);
          open.push({ parts, next: 1 });
          fields.push(parts[0] as string);
        } else {
          fields.push(cell.text);
        }
      }
      return fields.filter((f) => f.trim() !== '').join('    ');
    });
  });
}

/** Markdown: `##` headings, pipe tables, table 3 one table per result group, table 4 three tables of 5. */
function markdownText(doc: DocumentModel, report: Report): string {
  const lines = printText(doc, 'tab');
  const out: string[] = [];
  let section = '';
  const header3 = '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
  for (const line of lines) {
    if (line.kind === 'paragraph') {
      const text = line.cells[0]?.text ?? '';
      if (HEADINGS.has(text)) {
        section = text;
        out.push(`## ${text}`);
        if (section.startsWith('四、')) out.push(...table4Markdown(report));
      } else {
        out.push(text);
      }
      continue;
    }
    if (section.startsWith('四、')) continue;
    const texts = line.cells.map((c) => c.text);
    // A result group after the first opens a table of its own, under the columns' header.
    if (section.startsWith('三、') && texts.some((t) => /^（[二三四五六七]）/.test(t)))
      out.push('', header3, '|---|---|---|---|---|---|---|---|');
    out.push(`| ${texts.join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

function table4Markdown(report: Report): string[] {
  const groups = [
    ['行政复议', report.table4.review],
    ['行政诉讼（未经复议直接起诉）', report.table4.litigationDirect],
    ['行政诉讼（复议后起诉）', report.table4.litigationAfterReview],
  ] as const;
  const print = (v: number | null) => (v === null ? '' : String(v));
  return groups.flatMap(([name, g]) => [
    '',
    name,
    '| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |',
    '|---|---|---|---|---|',
    `| ${[g.upheld, g.corrected, g.other, g.pending, g.total].map(print).join(' | ')} |`,
  ]);
}

/** The rows of tables 2 and 3 that print a label of their own and values (by index in the lines). */
const labelledRows = (lines: readonly PrintedLine[]): number[] =>
  lines.flatMap((line, i) =>
    line.kind === 'row' &&
    line.cells.some((c) => c.role === 'label' && c.text !== '') &&
    line.cells.some((c) => c.key?.startsWith('2/') || c.key?.startsWith('3/'))
      ? [i]
      : [],
  );

/** The index of a row's own label: its last label cell (merged parents come before it). */
const ownLabel = (line: PrintedLine): number => line.cells.map((c) => c.role).lastIndexOf('label');

const tabs = (lines: readonly PrintedLine[]): string =>
  `${lines.map((l) => l.cells.map((c) => c.text).join(l.kind === 'row' ? '\t' : '')).join('\n')}\n`;

/** Tab-separated text with one row's own label (its last label cell) printed as nothing. */
function labelDropped(doc: DocumentModel, pick: number): string {
  const lines = printText(doc, 'tab');
  const rows = labelledRows(lines);
  const line = lines[rows[pick % rows.length] as number] as PrintedLine;
  const own = ownLabel(line);
  line.cells[own] = { ...(line.cells[own] as PrintedLine['cells'][number]), text: '' };
  return tabs(lines);
}

/**
 * Tab-separated text with one row's own label cut in two: the first piece ends its line, the
 * second opens a line after the row's values (as pdfplumber prints a label wrapped in its cell).
 */
function labelCut(doc: DocumentModel, pick: number, at: number): string {
  const lines = printText(doc, 'tab');
  const rows = labelledRows(lines);
  const index = rows[pick % rows.length] as number;
  const line = lines[index] as PrintedLine;
  const own = ownLabel(line);
  const label = (line.cells[own] as PrintedLine['cells'][number]).text;
  if (label.length < 4) return tabs(lines);
  const cut = 2 + (at % (label.length - 3));
  const first: PrintedLine = {
    kind: 'row',
    cells: [
      ...line.cells.slice(0, own),
      { ...(line.cells[own] as PrintedLine['cells'][number]), text: label.slice(0, cut) },
    ],
  };
  const values: PrintedLine = { kind: 'row', cells: line.cells.slice(own + 1) };
  const second: PrintedLine = {
    kind: 'paragraph',
    cells: [{ text: label.slice(cut), colspan: 1, rowspan: 1, role: 'text' }],
  };
  lines.splice(index, 1, first, values, second);
  return tabs(lines);
}

function printed(report: Report, shape: Shape, pick: number, at: number): string {
  const doc = documentModel(report);
  switch (shape) {
    case 'cell-per-line':
      return `${printText(doc, 'lines')
        .map((l) => l.cells.map((c) => c.text).join(''))
        .join('\n')}\n`;
    case 'layout':
      return layoutText(doc);
    case 'markdown-split':
      return markdownText(doc, report);
    case 'label-dropped':
      return labelDropped(doc, pick);
    case 'label-cut':
      return labelCut(doc, pick, at);
  }
}

describe('a row label dropped beside its merged parent', () => {
  // Found by the property: （六）其他处理 printed in the row of its first sub-row, whose own label was
  // lost, once read the row's values as 3.其他 (the row a table without sub-rows prints as （六）).
  it('reads the values as the sub-row the order leaves, never as another sub-row', () => {
    const report = consistentReport('2021', (c) => (c.row.length + c.column.length) % 9) as Report;
    report.sections = plainSections();
    const lines = printText(documentModel(report), 'tab');
    const row = lines.find((l) => l.cells.some((c) => c.key === '3/otherNoCorrection/natural')) as PrintedLine;
    const own = ownLabel(row);
    row.cells[own] = { ...(row.cells[own] as PrintedLine['cells'][number]), text: '' };
    const read = parseText(tabs(lines));
    const rowOf = (r: Report | null | undefined, key: string) =>
      (r?.table3 as Record<string, unknown> | undefined)?.[key];
    expect(rowOf(read.report, 'otherNoCorrection')).toEqual(rowOf(report, 'otherNoCorrection'));
    expect(rowOf(read.report, 'otherOther')).toEqual(rowOf(report, 'otherOther'));
    expect(read.findings.some((f) => f.code === 'PARSE-ROW-BY-ORDER')).toBe(true);
  });
});

describe('reports as converters print them', () => {
  const right = new Map<Shape, [number, number]>(SHAPES.map((s) => [s, [0, 0]]));

  it(
    `read every cell as printed or blank with a finding naming it (${RUNS} reports)`,
    () => {
      fc.assert(
        fc.property(reportArb, fc.constantFrom(...SHAPES), fc.nat(), fc.nat(), (report, shape, pick, at) => {
          const text = printed(report, shape, pick, at);
          const read = parseText(text);
          expect(
            silentChanges(report.format, read, (ref) => [cellValue(report, ref) ?? null]),
            `${shape}:\n${text}`,
          ).toEqual([]);
          const tally = right.get(shape) as [number, number];
          for (const c of formatCells(report.format)) {
            tally[1]++;
            if (read.report && cellValue(read.report, c) === cellValue(report, c)) tally[0]++;
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
      console.info(
        [...right]
          .map(([shape, [ok, all]]) => `${shape}: ${ok}/${all} cells right (${((100 * ok) / all).toFixed(1)}%)`)
          .join('\n'),
      );
    },
    60_000 + RUNS * 100,
  );
});
