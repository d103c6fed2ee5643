import { describe, expect, it } from 'vitest';
import { CSV_HEADER, InterchangeError, readCsv, writeCsv } from '../../src/interchange/csv.js';
import type { Report2019 } from '../../src/model/types.js';
import { zeroReport } from '../support/reports.js';
import { readTruth, truthToReport } from '../support/truth.js';

function issuesOf(text: string) {
  try {
    readCsv(text);
  } catch (err) {
    if (err instanceof InterchangeError) return err.issues;
    throw err;
  }
  throw new Error('expected the CSV to be refused');
}

const META = [
  'meta,agency,,某县财政局',
  'meta,year,,2024',
  'meta,format,,2021',
  'meta,level,,department',
  'meta,scope,,agency',
  'meta,published,,',
];

describe('writeCsv', () => {
  it('writes the header, meta, sections, topics, cells by official labels, then units', () => {
    const report = truthToReport(readTruth('2019-shanghai-szfbgt.html'), { published: '2020-01-31' });
    report.sections.other = { heading: '六、其他需要报告的事项', text: '无。' };
    report.topics.onRequest = '共受理政府信息公开申请859件，答复805件';
    const lines = writeCsv(report).split('\n');
    expect(lines.slice(0, 10)).toEqual([
      CSV_HEADER,
      'meta,agency,,上海市人民政府办公厅',
      'meta,year,,2019',
      'meta,format,,2019',
      'meta,level,,department',
      'meta,scope,,unknown',
      'meta,published,,2020-01-31',
      'section,六、其他需要报告的事项,heading,六、其他需要报告的事项',
      'section,六、其他需要报告的事项,text,无。',
      'topic,依申请公开,,共受理政府信息公开申请859件，答复805件',
    ]);
    expect(lines).toContain('2,政府集中采购,采购总金额,251000');
    expect(lines).toContain('3,（一）予以公开,总计,');
    expect(lines).toContain('3,（一）予以公开,自然人,258');
    expect(lines).toContain('4,行政复议,总计,7');
    expect(lines.at(-2)).toBe('unit,政府集中采购,采购总金额,元');
    expect(lines.at(-1)).toBe('');
  });

  it('quotes fields with commas, quotes and line breaks', () => {
    const report = zeroReport('2021');
    report.sections.overview = { heading: '一、总体情况', text: '第一段，含"引号",\n第二段' };
    expect(writeCsv(report)).toContain('section,一、总体情况,text,"第一段，含""引号"",\n第二段"\n');
    expect(readCsv(writeCsv(report)).sections.overview?.text).toBe('第一段，含"引号",\n第二段');
  });

  it('writes text that a spreadsheet would run as a formula with a leading quote, and reads it back as it was', () => {
    const report = zeroReport('2019') as Report2019;
    report.meta.agency = '=HYPERLINK("http://example.com","某县财政局")';
    report.sections.overview = { heading: '+一、总体情况', text: '-1 件' };
    report.sections.proactive = { heading: '二、主动公开政府信息情况', text: "@SUM(1)\n'引号开头" };
    report.topics.platform = '\t=1+1';
    report.table2.penalty.change = -1;
    report.units['procurement/amount'] = '\r=元';
    const csv = writeCsv(report);
    expect(csv).toContain(`meta,agency,,"'=HYPERLINK(""http://example.com"",""某县财政局"")"\n`);
    expect(csv).toContain("section,一、总体情况,heading,'+一、总体情况\n");
    expect(csv).toContain("section,一、总体情况,text,'-1 件\n");
    expect(csv).toContain(`section,二、主动公开政府信息情况,text,"'@SUM(1)\n'引号开头"\n`);
    expect(csv).toContain("topic,政府信息公开平台建设,,'\t=1+1\n");
    expect(csv).toContain('"\'\r=元"\n');
    // Numbers are never changed: a decrease stays -1.
    expect(csv).toContain('2,行政处罚,本年增/减,-1\n');
    expect(readCsv(csv)).toEqual(report);
    // Every field of every line starts as a spreadsheet shows it, not as a formula.
    const fields = csv.split('\n').flatMap((l) => l.split(','));
    expect(fields.filter((f) => /^"?[=+@\t\r]/.test(f))).toEqual([]);
  });
});

describe('readCsv', () => {
  it('reads a minimal file: absent cells are blank', () => {
    const report = readCsv([CSV_HEADER, ...META, '3,一、本年新收政府信息公开申请数量,自然人,2'].join('\n'));
    expect(report.table3.received.natural).toBe(2);
    expect(report.table3.received.total).toBeNull();
    expect(report.meta).toEqual({
      agency: '某县财政局',
      year: 2024,
      level: 'department',
      scope: 'agency',
      published: null,
    });
  });

  it('accepts a BOM and CRLF line ends', () => {
    const report = readCsv(`\uFEFF${[CSV_HEADER, ...META, '4,行政复议,结果维持,1'].join('\r\n')}\r\n`);
    expect(report.table4.review.upheld).toBe(1);
  });

  it('refuses a file without the header', () => {
    expect(issuesOf('table,row,col,value\n')).toEqual([
      { line: 1, message: 'expected the header "table,row,column,value"' },
    ]);
    expect(issuesOf('')).toEqual([{ line: 1, message: 'expected the header "table,row,column,value"' }]);
  });

  it('names the line of each problem', () => {
    const text = [
      CSV_HEADER,
      ...META,
      '3,一、本年新收政府信息公开申请数量,自然人,2件',
      '3,一、本年新收政府信息公开申请数量,法人,1',
      '3,（六）其他处理,自然人,1',
      '4,行政复议,结果维持,1',
      '4,行政复议,结果维持,2',
      'table5,x,y,1',
      'section,七、其他,text,…',
      'topic,依申请,,…',
      'meta,colour,,red',
      '2,规章',
      'unit,规章,采购总金额,元',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      { line: 16, message: 'unknown meta field "colour"' },
      { line: 17, message: 'expected 4 fields, got 2' },
      { line: 8, message: 'expected a plain decimal number or empty, got "2件"' },
      {
        line: 9,
        message: 'unknown label in table 3 of the 2021 format: row "一、本年新收政府信息公开申请数量", column "法人"',
      },
      { line: 10, message: 'unknown label in table 3 of the 2021 format: row "（六）其他处理", column "自然人"' },
      { line: 12, message: 'duplicate of line 11' },
      { line: 13, message: 'unknown table "table5"; expected meta, 2, 3, 4, unit, section or topic' },
      { line: 14, message: 'unknown section row "七、其他" / "text"' },
      { line: 15, message: 'unknown topic "依申请"' },
      { line: 18, message: 'unknown table 2 cell "规章" / "采购总金额" for a unit' },
    ]);
  });

  it('locates validation problems on the line of the cell', () => {
    const text = [CSV_HEADER, ...META, '3,（一）予以公开,自然人,-1', '2,行政处罚,本年处理决定数量,2.5'].join('\n');
    expect(issuesOf(text)).toEqual([
      { line: 9, message: 'table2.penalty.decisions: expected a non-negative integer count, got 2.5' },
      { line: 8, message: 'table3.granted.natural: expected a non-negative integer count, got -1' },
    ]);
  });

  it('refuses a missing or unknown format and a bad year', () => {
    expect(issuesOf([CSV_HEADER, 'meta,agency,,某局', 'meta,format,,2020'].join('\n'))).toEqual([
      { line: 3, message: 'meta,format must be 2019 or 2021' },
    ]);
    expect(issuesOf([CSV_HEADER, 'meta,agency,,某局', 'meta,year,,二〇二四', 'meta,format,,2021'].join('\n'))).toEqual([
      { line: 3, message: 'meta.year: expected a four-digit year, got the string "二〇二四"' },
    ]);
  });

  it('refuses text after a closing quote instead of joining it to the field', () => {
    // "1"2 is not the number 12: the field is broken.
    expect(issuesOf([CSV_HEADER, ...META, '3,一、本年新收政府信息公开申请数量,自然人,"1"2'].join('\n'))).toContainEqual(
      {
        line: 8,
        message: 'unexpected "2" after a closing quote',
      },
    );
    expect(
      readCsv([CSV_HEADER, ...META, '3,一、本年新收政府信息公开申请数量,自然人,"12"'].join('\n')).table3.received
        .natural,
    ).toBe(12);
  });

  it('refuses a number a JavaScript number would round: a count beyond 2^53 − 1, a fee of 17 digits', () => {
    const text = [
      CSV_HEADER,
      ...META,
      '3,一、本年新收政府信息公开申请数量,自然人,9007199254740993',
      '2,行政事业性收费,本年收费金额（单位：万元）,1234567890123456.7',
      '4,行政复议,结果维持,9007199254740991',
    ].join('\n');
    expect(issuesOf(text)).toEqual([
      { line: 8, message: expect.stringContaining('9007199254740993 has more digits than a number holds exactly') },
      { line: 9, message: expect.stringContaining('it would be read as 1234567890123456.8') },
    ]);
  });

  it('reports an unterminated quoted field', () => {
    expect(issuesOf([CSV_HEADER, ...META, 'section,一、总体情况,text,"未结束'].join('\n'))).toContainEqual({
      line: 8,
      message: 'unterminated quoted field',
    });
  });
});
