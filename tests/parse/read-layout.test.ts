/** The layout reader on small documents: placement, values, variants and what it reports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, parseText, readLayout, type LayoutBlock } from '../../src/parse/index.js';
import { CORPUS_DIR } from '../support/truth.js';
import { cellsOf } from './support.js';

const T2_2019 = (rows: string) =>
  `2020年某县财政局政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n${rows}`;
const codes = (r: ReturnType<typeof parseText>) => r.findings.map((f) => f.code);

describe('cell values', () => {
  it('reads markers as blank, naming the marker', () => {
    const r = parseText(T2_2019('规章\t/\t—\t无\n'), { lang: 'en' });
    expect(r.report?.table2).toMatchObject({ rules: { newlyMade: null, newlyPublished: null, totalPublished: null } });
    const markers = r.findings.filter((f) => f.code === 'PARSE-CELL-MARKER');
    expect(markers.map((f) => f.quote)).toEqual(['/', '—', '无']);
    expect(markers[0]).toMatchObject({
      severity: 'info',
      table: '2',
      row: '规章',
      column: '本年新制作数量',
      loc: { line: 5, column: 4 },
    });
  });

  it('reads full-width digits, thousands separators, leading spaces and signed 本年增/减', () => {
    const r = parseText(
      `${T2_2019('规章\t１２\t1,234\t  7\n')}\n第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t3\t+2\t5\n其他对外管理服务事项\t4\t－1\t6\n第二十条第（六）项\n行政处罚\t1\t−3\t2\n`,
    );
    expect(r.report?.table2).toMatchObject({
      rules: { newlyMade: 12, newlyPublished: 1234, totalPublished: 7 },
      licensing: { previousCount: 3, change: 2, decisions: 5 },
      otherServices: { previousCount: 4, change: -1, decisions: 6 },
      penalty: { previousCount: 1, change: -3, decisions: 2 },
    });
  });

  it('records the unit of 采购总金额 and refuses one that contradicts the column', () => {
    const r = parseText(`${T2_2019('')}第二十条第（九）项\n政府集中采购\t6\t251000元\n`);
    expect(r.report?.table2).toMatchObject({ procurement: { projects: 6, amount: 251000 } });
    expect(r.report?.units).toEqual({ 'procurement/amount': '元' });
    const bad = parseText(
      '2024年某局政府信息公开工作年度报告\n第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t400元\n',
    );
    expect(bad.report?.table2).toMatchObject({ fees: { feeAmount: null } });
    expect(bad.findings).toContainEqual(
      expect.objectContaining({ code: 'PARSE-VALUE-INVALID', severity: 'error', quote: '400元' }),
    );
  });

  it('reads a fee in 万元 with decimals, refuses a fractional or negative count', () => {
    const r = parseText(
      '2024年某局政府信息公开工作年度报告\n第二十条第（八）项\n行政事业性收费\t96171.6\n第二十条第（六）项\n行政处罚\t1.5\n行政强制\t-2\n',
    );
    expect(r.report?.table2).toMatchObject({
      fees: { feeAmount: 96171.6 },
      penalty: { decisions: null },
      enforcement: { decisions: null },
    });
    expect(r.findings.filter((f) => f.code === 'PARSE-VALUE-INVALID').map((f) => f.quote)).toEqual(['1.5', '-2']);
  });
});

describe('placing values in columns', () => {
  const T3 = '2024年某局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n';

  it('reads a row whose seven values stand between the label and the end of the line', () => {
    const r = parseText(`${T3}一、本年新收政府信息公开申请数量\t\t3\t\t\t\t\t\t3\t\n`);
    expect(r.report?.table3.received).toEqual({
      natural: 3,
      commercial: null,
      research: null,
      publicInterest: null,
      legalService: null,
      otherOrg: null,
      total: 3,
    });
  });

  it('never shifts a value: a row whose blanks were dropped is unknown, with a finding', () => {
    for (const doc of [
      `${T3}一、本年新收政府信息公开申请数量\n3\n3\n`,
      `${T3}一、本年新收政府信息公开申请数量 | 3 | 3 | ||||||||\n`,
      `${T3}一、本年新收政府信息公开申请数量\t\t\t3\t3\t\t\t\t\n`,
    ]) {
      const r = parseText(doc, { lang: 'en' });
      expect(Object.values(r.report?.table3.received ?? {})).toEqual([null, null, null, null, null, null, null]);
      expect(r.findings).toContainEqual(
        expect.objectContaining({ code: 'PARSE-ROW-UNALIGNED', table: '3', row: '一、本年新收政府信息公开申请数量' }),
      );
    }
  });

  it('reads one cell per line when every value is printed, and a row with none as blank, saying so', () => {
    const r = parseText(
      `${T3}一、本年新收政府信息公开申请数量\n1\n2\n0\n0\n0\n0\n3\n二、上年结转政府信息公开申请数量\n三、本年度办理结果\n`,
    );
    expect(Object.values(r.report?.table3.received ?? {})).toEqual([1, 2, 0, 0, 0, 0, 3]);
    expect(Object.values(r.report?.table3.carriedOver ?? {})).toEqual([null, null, null, null, null, null, null]);
    // Blank, but not in silence: values lost from the row would read the same.
    expect(r.findings.filter((f) => f.row === '二、上年结转政府信息公开申请数量')).toEqual([
      expect.objectContaining({ code: 'PARSE-ROW-EMPTY', severity: 'info', path: ['table3', 'carriedOver'] }),
    ]);
  });

  it('reads a label broken over two lines', () => {
    const r = parseText(`${T3}（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）\n1\n0\n0\n0\n0\n0\n1\n`);
    expect(Object.values(r.report?.table3.partlyGranted ?? {})).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('reads a row cut by the end of the document as unknown', () => {
    const r = parseText(`${T3}7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 |`, { lang: 'en' });
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: 'PARSE-ROW-UNALIGNED', message: expect.stringContaining('cut off') }),
    );
  });
});

describe('labels', () => {
  it('reads a single （六）其他处理 row of a 2021 table as 3.其他, saying so', () => {
    const r = parseText(
      '2022年某局政府信息公开工作年度报告\n三、本年度办理结果\n（六）其他处理\t1\t0\t0\t0\t0\t0\t1\n本年处理决定数量\n',
    );
    expect(r.report?.format).toBe('2021');
    expect(
      Object.values(r.report?.table3 && 'otherOther' in r.report.table3 ? r.report.table3.otherOther : {}),
    ).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        code: 'PARSE-LABEL-VARIANT',
        quote: '（六）其他处理',
        message: '「（六）其他处理」按「3.其他」读取（第 3 行）',
      }),
    );
  });

  it('reads provincial labels with instructions, reports an extra row, keeps the first of a repeated row', () => {
    const r = parseText(
      T2_2019(
        '规章(设区的市、自治州人民政府应提供相关数据)\t1\t2\t3\n其他主动公开文件\t5\t5\t5\n规范性文件\t1\t1\t1\n规范性文件\t9\t9\t9\n',
      ),
    );
    expect(r.report?.table2).toMatchObject({
      rules: { newlyMade: 1, newlyPublished: 2, totalPublished: 3 },
      normativeDocuments: { newlyMade: 1 },
    });
    expect(codes(r)).toEqual(expect.arrayContaining(['PARSE-LABEL-VARIANT', 'PARSE-ROW-EXTRA', 'PARSE-ROW-DUPLICATE']));
    expect(r.findings.find((f) => f.code === 'PARSE-ROW-EXTRA')?.quote).toBe('其他主动公开文件');
  });

  it('reports a row of values with no label before it, and puts them in no cell', () => {
    const r = parseText(
      '2022年某局政府信息公开工作年度报告\n一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0\n\t\t9999\t8\n三、本年度办理结果\t（一）予以公开\t1\t0\t0\t0\t0\t0\t1\n',
      { lang: 'en' },
    );
    expect(r.report?.table3).toMatchObject({
      carriedOver: { research: 0, publicInterest: 0 },
      granted: { natural: 1, total: 1 },
    });
    expect(r.findings).toContainEqual(
      expect.objectContaining({
        code: 'PARSE-ROW-EXTRA',
        severity: 'info',
        table: '3',
        quote: '9999 8',
        message:
          'A row of values (9999 8) in table 3 has no row label, so no cell can be told for them; ignored (line 4)',
      }),
    );
  });

  it('reads traditional characters and typos of the labels', () => {
    const r = parseText(
      '2022年某局政府信息公开工作年度报告\n第二十條第（一）項\n規章\t1\t0\t1\n規範性檔案\t2\t0\t2\n2.其他法律行政止公开\t0\t0\t0\t0\t0\t0\t0\n本年制发件数\n',
    );
    expect(r.report?.table2).toMatchObject({ rules: { issued: 1 }, normativeDocuments: { issued: 2, inForce: 2 } });
    expect(r.findings.filter((f) => f.code === 'PARSE-LABEL-VARIANT').map((f) => f.quote)).toEqual([
      '規範性檔案',
      '2.其他法律行政止公开',
    ]);
  });
});

describe('the document', () => {
  it('detects the format by its labels, not its year', () => {
    const r = parseText(
      '2022年某局政府信息公开工作年度报告\n第二十条第（五）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t1\t1\t1\n',
    );
    expect(r.report?.format).toBe('2019');
    const unknown = parseText('2020年某局政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n', {
      lang: 'en',
    });
    expect(unknown.report?.format).toBe('2019');
    expect(unknown.findings[0]).toMatchObject({
      code: 'PARSE-FORMAT-UNKNOWN',
      message: expect.stringContaining('assumed from the report year'),
    });
  });

  it('gives every gap of a truncated document a finding', () => {
    const r = parseText(
      '2024年某局政府信息公开工作年度报告\n一、总体情况\n本年度…\n二、主动公开政府信息情况\n第二十条第（一）项\n规章\t0\t0\t0\n',
    );
    expect(codes(r).filter((c) => c === 'PARSE-SECTION-MISSING')).toHaveLength(4);
    expect(r.findings.filter((f) => f.code === 'PARSE-ROW-MISSING' && f.table === '2').map((f) => f.row)).toEqual([
      '行政规范性文件',
      '行政许可',
      '行政处罚',
      '行政强制',
      '行政事业性收费',
    ]);
    expect(r.findings.filter((f) => f.code === 'PARSE-TABLE-MISSING').map((f) => f.table)).toEqual(['3', '4']);
  });

  it('returns no report for a text that is not one, saying why', () => {
    const r = parseText('会议纪要\n今天天气很好。\n', { lang: 'en' });
    expect(r.report).toBeNull();
    expect(r.findings).toEqual([expect.objectContaining({ code: 'PARSE-NOT-REPORT', severity: 'error' })]);
  });

  it('reads the level of the body and the publication date', () => {
    const level = (name: string) =>
      parseText(`${name}2024年政府信息公开工作年度报告\n时间：2025-1-9\n一、总体情况\n`).report?.meta;
    expect(level('淮安市人民政府')).toMatchObject({ level: 'government', published: '2025-01-09' });
    expect(level('某镇人民政府')?.level).toBe('township');
    expect(level('某街道办事处')?.level).toBe('township');
    expect(level('某县发展和改革委员会')?.level).toBe('department');
    expect(level('某县融媒体')?.level).toBe('other');
  });

  it('reads layout from other media (merged cells marked spanned) through readLayout', () => {
    const cell = (text: string, c: number, spanned?: boolean) => ({
      text,
      loc: { page: 3, row: 0, cell: c },
      ...(spanned ? { spanned } : {}),
    });
    const blocks: LayoutBlock[] = [
      { kind: 'paragraph', text: '某县人民政府2023年政府信息公开工作年度报告', loc: { page: 1 } },
      { kind: 'row', loc: { page: 3 }, cells: [cell('行政复议', 0), cell('行政复议', 1, true), cell('行政诉讼', 2)] },
      {
        kind: 'row',
        loc: { page: 3 },
        cells: [
          cell('2', 0),
          cell('', 1),
          cell('', 2),
          cell('1', 3),
          cell('3', 4),
          ...Array.from({ length: 10 }, (_, i) => cell('0', 5 + i)),
        ],
      },
      {
        kind: 'row',
        loc: { page: 3 },
        cells: [
          cell('三、本年度办理结果', 0),
          cell('（一）予以公开', 1),
          cell('（一）予以公开', 2, true),
          ...[1, 0, 0, 0, 0, 0, 1].map((v, i) => cell(String(v), 3 + i)),
        ],
      },
    ];
    const r = readLayout(blocks);
    expect(r.report?.table4.review).toEqual({ upheld: 2, corrected: null, other: null, pending: 1, total: 3 });
    expect(Object.values(r.report?.table3.granted ?? {})).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(r.sourceMap.cells['4/review/total']).toEqual({ page: 3, row: 0, cell: 4 });
    expect(r.report?.meta.level).toBe('government');
  });
});

describe('tables', () => {
  it('reads one HTML table holding all three, its section headings as rows, as it reads three', () => {
    const page = readFileSync(join(CORPUS_DIR, '2019-shanghai-szfbgt.html'), 'utf8');
    // Close no table between the three: each heading becomes a full-width row of one table.
    const merged = page.replace(
      /<\/tbody><\/table><p>(?:<br \/>)?([^<]+)<\/p><table[^>]*><tbody>/g,
      '<tr><td colspan="15">$1</td></tr>',
    );
    expect(merged.match(/<table/g)).toHaveLength(1);
    const one = parseHtml(merged);
    expect(cellsOf(one.report!)).toEqual(cellsOf(parseHtml(page).report!));
    expect(Object.keys(one.report?.sections ?? {})).toHaveLength(6);
  });
});
