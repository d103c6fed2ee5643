/**
 * DOCX reports as Word and WPS write them (merged label cells with gridSpan/vMerge, the old
 * hMerge, other namespace prefixes, a layout table around the body) read back exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormatVersion } from '../../src/format/index.js';
import type { Report2021 } from '../../src/model/types.js';
import { extractDocxLayout, parseDocx } from '../../src/parse/docx/index.js';
import { DOCX_STYLES, docxFromDocumentXml, reportDocx } from '../support/docx-writer.js';
import { printedReportArb } from '../support/arbitraries.js';
import { cleanReport, tablesOf } from '../support/reports.js';

const STYLES = DOCX_STYLES;

describe('parseDocx on reports in the official layout', () => {
  for (const format of ['2021', '2019'] as const) {
    for (const style of STYLES) {
      it(`reads a ${format} report written by ${JSON.stringify(style)} exactly`, () => {
        const report = cleanReport(format, { level: 'department' });
        const { report: read, findings } = parseDocx(reportDocx(report, style));
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(read?.format).toBe(format);
        expect(tablesOf(read)).toEqual(tablesOf(report));
        expect(read?.meta.agency).toBe(report.meta.agency);
        expect(read?.meta.year).toBe(report.meta.year);
        expect(read?.sections.other?.text).toContain('信息处理费');
      });
    }
  }

  it('keeps blank cells blank and 0 as 0', () => {
    const report = cleanReport('2021') as Report2021;
    report.table3.received.research = null;
    report.table4.review.pending = null;
    (report.table2 as Record<string, Record<string, number | null>>).rules!.repealed = 0;
    const { report: read } = parseDocx(reportDocx(report, { producer: 'wps' }));
    expect(read?.table3.received.research).toBeNull();
    expect(read?.table4.review.pending).toBeNull();
    expect((read!.table2 as Record<string, Record<string, number | null>>).rules!.repealed).toBe(0);
  });

  it('locates cells by table, row and cell, and by line and column in word/document.xml', () => {
    const { sourceMap } = parseDocx(reportDocx(cleanReport('2021'), { producer: 'word' }));
    expect(sourceMap.cells['3/received/total']).toMatchObject({ table: 1, row: 3, cell: 9, line: 2 });
    expect(sourceMap.cells['3/received/total']?.column).toBeGreaterThan(1);
  });
});

describe('parseDocx over generated reports', () => {
  it('reads every cell back as written, whichever producer wrote the file', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<FormatVersion>('2021', '2019').chain(printedReportArb),
        fc.constantFrom(...STYLES),
        (report, style) => {
          const { report: read } = parseDocx(reportDocx(report, style));
          expect(tablesOf(read)).toEqual(tablesOf(report));
        },
      ),
      { numRuns: 60 },
    );
  });
});

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const doc = (body: string, prefix = 'w') =>
  `<?xml version="1.0" encoding="UTF-8"?><${prefix}:document xmlns:${prefix}="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`;
const p = (...runs: string[]) => `<w:p>${runs.map((r) => `<w:r>${r}</w:r>`).join('')}</w:p>`;
const t = (s: string) => `<w:t xml:space="preserve">${s}</w:t>`;
const tc = (props: string, ...paragraphs: string[]) =>
  `<w:tc><w:tcPr>${props}</w:tcPr>${paragraphs.join('') || '<w:p/>'}</w:tc>`;
const textOf = (xml: string) =>
  extractDocxLayout(docxFromDocumentXml(xml)).blocks.map((b) =>
    b.kind === 'paragraph' ? b.text : b.cells.map((c) => `${c.spanned ? '^' : ''}${c.text}`).join('|'),
  );

describe('the OOXML details', () => {
  it('reads tabs, breaks and entities, and leaves out field codes, deleted text and duplicate fallbacks', () => {
    const body =
      p(t('行政处罚'), '<w:tab/>', t('13')) +
      p(t('第一行'), '<w:br/>', t('第二行 &amp; &lt;附注&gt;')) +
      p(
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText> PAGE </w:instrText>',
        '<w:fldChar w:fldCharType="end"/>',
        t('正文'),
      ) +
      `<w:p><w:del><w:r><w:delText>删去的</w:delText></w:r></w:del><w:ins><w:r>${t('加上的')}</w:r></w:ins></w:p>` +
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps">${t('文本框')}</mc:Choice><mc:Fallback>${t('文本框')}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(textOf(doc(body))).toEqual(['行政处罚\t13', '第一行', '第二行 & <附注>', '正文', '加上的', '文本框']);
  });

  it('expands gridBefore/gridAfter, a vMerge that continues nothing, and a table nested in a cell', () => {
    const body =
      '<w:tbl>' +
      `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('', p(t('A')))}${tc('', p(t('B')))}</w:tr>` +
      `<w:tr>${tc('<w:vMerge/>', p(t('孤立')))}${tc('', p(t('C')))}${tc('', p(t('D')), `<w:tbl><w:tr>${tc('', p(t('内1')))}${tc('', p(t('内2')))}</w:tr></w:tbl>`)}</w:tr>` +
      `<w:tr>${tc('<w:gridSpan w:val="2"/>', p(t('E')))}<w:trPr><w:gridAfter w:val="1"/></w:trPr></w:tr>` +
      '</w:tbl>';
    expect(textOf(doc(body))).toEqual(['|A|B', '孤立|C|D', 'E|^E|', '内1|内2']);
  });

  it('matches elements by namespace, not by prefix', () => {
    const body = '<x:p><x:r><x:t>规章</x:t></x:r></x:p><w:p><w:r><w:t>不是正文</w:t></w:r></w:p>';
    const xml = `<?xml version="1.0"?><x:document xmlns:x="${W}" xmlns:w="urn:other"><x:body>${body}</x:body></x:document>`;
    expect(textOf(xml)).toEqual(['规章']);
  });
});
