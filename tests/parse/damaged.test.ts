/**
 * Damaged copies of reports, as careless copying makes them: a row that lost a field but kept a
 * separator, a tab turned into a space between two numbers, footnote marks and list markers
 * among the digits. Each is read right or reported, never read as a wrong number.
 */
import { describe, expect, it } from 'vitest';
import { readCell } from '../../src/parse/cell-value.js';
import { parseHtml, parseText, type ParseResult } from '../../src/parse/index.js';

const HEAD = '2024年某县财政局政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n';
const ROWS: [string, number[]][] = [
  ['一、本年新收政府信息公开申请数量', [6, 0, 0, 0, 1, 0, 7]],
  ['二、上年结转政府信息公开申请数量', [1, 0, 0, 0, 0, 0, 1]],
  ['（一）予以公开', [6, 0, 0, 0, 0, 0, 6]],
  ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', [1, 0, 0, 0, 1, 0, 2]],
];
const row = (label: string, fields: (number | string)[], end = ''): string => `${label}\t${fields.join('\t')}${end}`;
const values = (r: ParseResult, key: 'received' | 'carriedOver' | 'granted' | 'partlyGranted') =>
  Object.values(r.report?.table3[key] ?? {});
const unaligned = (r: ParseResult, label: string) =>
  r.findings.filter((f) => f.code === 'PARSE-ROW-UNALIGNED' && f.row === label);

describe('a row that lost a field but kept its separator is unaligned, never shifted', () => {
  it('text whose rows end in a tab: （一）予以公开 does not read 其他 = 6 and 总计 blank', () => {
    const lines = ROWS.map(([label, v]) => row(label, label === '（一）予以公开' ? [6, 0, 0, 0, 0, 6] : v, '\t'));
    const r = parseText(`${HEAD}${lines.join('\n')}\n`);
    expect(values(r, 'granted')).toEqual([null, null, null, null, null, null, null]);
    expect(unaligned(r, '（一）予以公开')).toHaveLength(1);
    // The rows that kept their fields are read, their trailing separator aside.
    expect(values(r, 'received')).toEqual([6, 0, 0, 0, 1, 0, 7]);
  });

  it('HTML whose rows end in an empty cell', () => {
    const tr = (label: string, v: number[]) =>
      `<tr><td colspan="3">${label}</td>${v.map((x) => `<td>${x}</td>`).join('')}<td></td></tr>`;
    const html = `<p>2024年某县财政局政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>${ROWS.map(
      ([label, v]) => tr(label, label === '（一）予以公开' ? [6, 0, 0, 0, 0, 6] : v),
    ).join('')}</table>`;
    const r = parseHtml(html);
    expect(values(r, 'granted')).toEqual([null, null, null, null, null, null, null]);
    expect(unaligned(r, '（一）予以公开')).toHaveLength(1);
    expect(values(r, 'partlyGranted')).toEqual([1, 0, 0, 0, 1, 0, 2]);
  });

  it('HTML whose first value spans two cells and is followed by an empty cell, in every row', () => {
    // The 2019 (五) block as a page prints it: each row's first value over two columns, then an
    // empty cell, then the other two values. A row that lost a cell has one field too few.
    const head =
      '<p>2020年某县财政局政府信息公开工作年度报告</p><table><tr><td colspan="5">第二十条第（五）项</td></tr><tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr>';
    const tr = (label: string, cells: string) => `<tr><td>${label}</td>${cells}</tr>`;
    const html = `${head}${tr('行政许可', '<td colspan="2">5</td><td></td><td>+2</td><td>7</td>')}${tr(
      '其他对外管理服务事项',
      '<td colspan="2">4</td><td></td><td>9</td>',
    )}</table>`;
    const r = parseHtml(html);
    expect(r.report?.table2).toMatchObject({
      licensing: { previousCount: 5, change: 2, decisions: 7 },
      otherServices: { previousCount: null, change: null, decisions: null },
    });
    expect(unaligned(r, '其他对外管理服务事项')).toHaveLength(1);
  });

  it('the row arithmetic says so where no complete row shows the layout: a 总计 that landed in 其他', () => {
    // No row is printed in full, so nothing shows where fields stand; the six values' last is
    // the sum of the others, with 总计 blank: it reads as a row that lost a field.
    const r = parseText(`${HEAD}${row('（一）予以公开', ['', 2, 0, 0, 3, 5, ''])}\n`);
    expect(values(r, 'granted')).toEqual([null, null, null, null, null, null, null]);
    expect(unaligned(r, '（一）予以公开')).toHaveLength(1);
  });
});

describe('whitespace between two digits separates two values, or is a finding; never deleted', () => {
  it('reads "5 1" as the two values a copy joined, where the complete rows show the layout', () => {
    const lines = ROWS.map(([label, v]) =>
      label === '（一）予以公开' ? row(label, ['5 1', 0, 0, 0, 0, 6], '\t') : row(label, v, '\t'),
    );
    const r = parseText(`${HEAD}${lines.join('\n')}\n`);
    expect(values(r, 'granted')).toEqual([5, 1, 0, 0, 0, 0, 6]);
  });

  it('never reads 51: where nothing shows the layout, the row is unaligned', () => {
    const r = parseText(`${HEAD}${row('（一）予以公开', ['5 1', 0, 0, 0, 0, 6], '\t')}\n`);
    expect(values(r, 'granted')).toEqual([null, null, null, null, null, null, null]);
    expect(unaligned(r, '（一）予以公开')).toHaveLength(1);
  });

  it('in an HTML cell that holds the one value of its column: a finding on that cell', () => {
    const r = parseHtml(
      '<p>2024年某局政府信息公开工作年度报告</p><table><tr><td>第二十条第（六）项</td></tr><tr><td>行政处罚</td><td>5 1</td></tr><tr><td>行政强制</td><td>3</td></tr></table>',
    );
    expect(r.report?.table2).toMatchObject({ penalty: { decisions: null }, enforcement: { decisions: 3 } });
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: 'PARSE-VALUE-INVALID', row: '行政处罚', quote: '5 1' }),
    );
    expect(readCell('5 1', 'count')).toEqual({ kind: 'invalid', reason: 'spaces' });
  });
});

describe('superscript, circled and other compatibility digits are never part of a number', () => {
  const penalty = (text: string) =>
    parseText(`2024年某局政府信息公开工作年度报告\n第二十条第（六）项\n行政处罚\t${text}\n行政强制\t1\n`);

  it.each(['13²', '⑤', '⑫', '1³', '⑴', '⒈', '₂'])('%s is a finding on its cell, not a number', (text) => {
    const r = penalty(text);
    expect(r.report?.table2).toMatchObject({ penalty: { decisions: null }, enforcement: { decisions: 1 } });
    expect(r.findings).toContainEqual(
      expect.objectContaining({ code: 'PARSE-VALUE-INVALID', row: '行政处罚', quote: text }),
    );
  });

  it('full-width digits are digits', () => {
    expect(penalty('１３').report?.table2).toMatchObject({ penalty: { decisions: 13 } });
  });
});
