/**
 * Markdown from OCR: made-up column headers (`数据1 … 数据7`), `##` headings, table 3 split into one
 * table per result group and table 4 into three tables of five columns. The rows are read by their
 * labels and the columns by the official order, and a finding says the headers confirmed nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/types.js';
import { parseText } from '../../src/parse/index.js';
import { cleanReport } from '../support/reports.js';
import { documentModel } from './render/grid.js';
import { printText } from './render/render.js';
import { cellsOf } from './support.js';

const made = (n: number) => `| 项目 | ${Array.from({ length: n }, (_, i) => `数据${i + 1}`).join(' | ')} |`;

/** The report as OCR Markdown: every header row of tables 3 and 4 replaced by made-up names. */
function ocrMarkdown(report: Report): string {
  const out: string[] = [];
  let section = '';
  for (const line of printText(documentModel(report), 'tab')) {
    if (line.kind === 'paragraph') {
      const text = line.cells[0]?.text ?? '';
      const heading = /^[一二三四五六]、/.test(text);
      if (heading) section = text;
      out.push(heading ? `## ${text}` : text);
      if (section.startsWith('四、') && heading) {
        for (const [name, g] of Object.entries(report.table4)) {
          const values = [g.upheld, g.corrected, g.other, g.pending, g.total];
          out.push(
            '',
            name === 'review' ? '行政复议' : name === 'litigationDirect' ? '未经复议直接起诉' : '复议后起诉',
          );
          out.push(made(5).replace('| 项目 ', ''), '|---|---|---|---|---|', `| ${values.join(' | ')} |`);
        }
      }
      continue;
    }
    if (section.startsWith('四、')) continue;
    const texts = line.cells.map((c) => c.text);
    const header = line.cells.every((c) => c.role !== 'value' && c.role !== 'label');
    if (section.startsWith('三、') && header) {
      if (!out.at(-1)?.startsWith('| 项目')) out.push(made(7), '|---|---|---|---|---|---|---|---|');
      continue;
    }
    // One table per result group, each under the made-up header.
    if (section.startsWith('三、') && texts.some((t) => /^（[二三四五六七]）/.test(t)))
      out.push('', made(7), '|---|---|---|---|---|---|---|---|');
    out.push(`| ${texts.join(' | ')} |`);
  }
  return `${out.join('\n')}\n`;
}

describe('OCR Markdown with made-up column headers and split tables', () => {
  for (const format of ['2021', '2019'] as const) {
    it(`reads every cell, and says the columns went by position (${format})`, () => {
      const report = cleanReport(format);
      const text = ocrMarkdown(report);
      expect(text).toContain('数据7');
      const { report: read, findings } = parseText(text);
      expect(cellsOf(read as Report)).toEqual(cellsOf(report));
      const byPosition = findings.filter((f) => f.code === 'PARSE-COLUMNS-BY-POSITION');
      expect(byPosition.map((f) => f.table).sort()).toEqual(['3', '4']);
      expect(byPosition[0]?.quote).toContain('数据1');
    });
  }

  it('says nothing of headers that are the official ones', () => {
    const report = cleanReport('2021');
    const text = printText(documentModel(report), 'tab')
      .map((l) => l.cells.map((c) => c.text).join('\t'))
      .join('\n');
    expect(parseText(text).findings.map((f) => f.code)).not.toContain('PARSE-COLUMNS-BY-POSITION');
  });
});
