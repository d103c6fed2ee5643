/**
 * renderHtml: the printed values, the semantic markup, escaping, page and fragment, and the
 * findings marked on the cells, rows, tables, sections, paragraphs and title they are about.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import type { Finding } from '../../src/findings/types.js';
import type { Report, Report2019, Report2021 } from '../../src/model/types.js';
import { REPORT_CSS, renderHtml } from '../../src/render/index.js';
import { cleanReport, withCells } from '../support/reports.js';

const cell = (html: string, key: string): string | undefined =>
  new RegExp(`<td[^>]* data-cell="${key}"[^>]*>([^<]*)</td>`).exec(html)?.[1];

describe('renderHtml values', () => {
  it('prints blank as nothing, 0 as 0, money and large numbers as given, units after the value', () => {
    const r2021 = withCells(cleanReport('2021') as Report2021, {
      'table3.received.research': null,
      'table3.received.commercial': 0,
      'table2.fees.feeAmount': 96171.6,
      'table3.carriedOver.natural': 1e21,
    });
    const html = renderHtml(r2021);
    expect(cell(html, '3/received/research')).toBe('');
    expect(cell(html, '3/received/commercial')).toBe('0');
    expect(cell(html, '2/fees/feeAmount')).toBe('96171.6');
    expect(cell(html, '3/carriedOver/natural')).toBe('1000000000000000000000');
    const r2019 = withCells(cleanReport('2019') as Report2019, {
      'table2.procurement.amount': 251000,
      'table2.licensing.change': -3,
    });
    r2019.units['procurement/amount'] = '元';
    const html2019 = renderHtml(r2019);
    expect(cell(html2019, '2/procurement/amount')).toBe('251000元');
    expect(cell(html2019, '2/licensing/change')).toBe('-3');
  });
});

describe('renderHtml markup', () => {
  const report = cleanReport('2021') as Report;
  const page = renderHtml(report);

  it('is a page with print CSS for A4, or the article alone as a fragment', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(page).toContain(REPORT_CSS);
    expect(REPORT_CSS).toContain('@page{size:A4');
    const fragment = renderHtml(report, { fragment: true });
    expect(fragment.startsWith('<article class="zfxxgk-report" lang="zh-CN" data-format="2021">')).toBe(true);
    expect(fragment).not.toContain('<style>');
    expect(page).toContain(fragment);
  });

  it('heads rows and columns with scoped th, captions each table, a thead for a one-block table', () => {
    expect(page).toContain('<th scope="rowgroup" rowspan="22">三、本年度办理结果</th>');
    expect(page).toContain('<th scope="row" colspan="2">（一）予以公开</th>');
    expect(page).toContain('<th scope="colgroup" colspan="7">申请人情况</th>');
    expect(page).toContain('<th scope="col" rowspan="2">自然人</th>');
    expect(page).toContain('<th scope="col" colspan="3" rowspan="3">（本列数据的勾稽关系为：');
    expect(page).toContain('<caption>收到和处理政府信息公开申请情况</caption>');
    expect(page).toMatch(
      /<table data-table="3"><caption>[^<]*<\/caption><colgroup>(<col style="width:[\d.]+%">){10}<\/colgroup><thead>/,
    );
    // Table 2's blocks each have their own caption and header rows: a tbody each.
    expect(page.match(/<table data-table="2">.*?<\/table>/s)?.[0].match(/<tbody>/g)).toHaveLength(4);
    expect(page).toContain('<th scope="rowgroup" colspan="4">第二十条第（一）项</th>');
  });

  it('escapes text from the report', () => {
    const hostile = { ...report, meta: { ...report.meta, agency: '<script>alert("某局")</script>' } };
    hostile.sections = { ...report.sections, other: { heading: '六', text: 'a < b & "c"' } };
    const html = renderHtml(hostile as Report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;某局&quot;)&lt;/script&gt;');
    expect(html).toContain('<p>a &lt; b &amp; &quot;c&quot;</p>');
  });
});

describe('renderHtml with findings', () => {
  const report = withCells(cleanReport('2021') as Report2021, {
    'table3.received.natural': (cleanReport('2021') as Report2021).table3.received.natural! + 1,
  });
  const findings = check(report, { lang: 'en' });
  const html = renderHtml(report, { findings });

  it('marks each cell of a relation that fails, with every code and message', () => {
    const td = /<td data-cell="3\/received\/natural"([^>]*)>/.exec(html)?.[1] ?? '';
    expect(td).toContain('class="zfxxgk-finding zfxxgk-error"');
    expect(td).toContain('data-findings="T3-BALANCE T3-ROW-TOTAL"');
    const messages = findings.filter((f) => f.cells?.some((c) => c.row === 'received' && c.column === 'natural'));
    const title = messages.map((f) => f.message).join('\n');
    expect(/title="([^"]*)"/.exec(td)?.[1]).toBe(title.replace(/"/g, '&quot;'));
    expect(html).toMatch(
      /<td data-cell="3\/outcomeTotal\/natural" class="zfxxgk-finding zfxxgk-error" data-findings="T3-BALANCE"/,
    );
    expect(html).toMatch(/<td data-cell="3\/granted\/natural">/);
  });

  it('places findings by path and quote: row, table, section, paragraph, the report as a whole', () => {
    const at = (path: Finding['path'], extra: Partial<Finding> = {}): Finding => ({
      code: 'PARSE-ROW-MISSING',
      severity: 'warning',
      message: `about ${JSON.stringify(path)}`,
      ...(path ? { path } : {}),
      ...extra,
    });
    const text = report.sections.overview?.text ?? '';
    const marked = renderHtml(report, {
      findings: [
        at(['table3', 'carriedForward']),
        at(['table4']),
        at(['sections', 'other'], { severity: 'info', code: 'FEE-STATEMENT-MISSING' }),
        at(['sections'], { quote: text.slice(2, 12), code: 'TEXT-TABLE-MISMATCH' }),
        at(['meta', 'published'], { severity: 'error', code: 'LATE-PUBLICATION' }),
      ],
    });
    expect(marked).toMatch(
      /<th scope="row" colspan="3" class="zfxxgk-finding zfxxgk-warning" data-findings="PARSE-ROW-MISSING" title="about \[&quot;table3&quot;,&quot;carriedForward&quot;\]">四、结转下年度继续办理<\/th>/,
    );
    expect(marked).toContain('<table data-table="4" class="zfxxgk-finding zfxxgk-warning"');
    expect(marked).toContain(
      '<section data-section="other" class="zfxxgk-finding zfxxgk-info" data-findings="FEE-STATEMENT-MISSING"',
    );
    expect(marked).toContain(
      `<p class="zfxxgk-finding zfxxgk-warning" data-findings="TEXT-TABLE-MISMATCH" title="about [&quot;sections&quot;]">${text}</p>`,
    );
    expect(marked).toMatch(/<h1 class="zfxxgk-finding zfxxgk-error" data-findings="LATE-PUBLICATION"/);
  });

  it('marks nothing without findings', () => {
    expect(renderHtml(report)).not.toContain('class="zfxxgk-finding');
    expect(renderHtml(report, { findings: [] })).toBe(renderHtml(report));
  });
});
