/** The medium readers: text and HTML to the common layout, and bytes to text. */
import { describe, expect, it } from 'vitest';
import { decodeDocument, htmlLayout, textLayout, type LayoutBlock } from '../../src/parse/index.js';
import { encodeGbk } from './gbk.js';

const texts = (block: LayoutBlock | undefined) =>
  block?.kind === 'row' ? block.cells.map((c) => c.text) : [block?.text];

describe('textLayout', () => {
  it('splits tab rows keeping empty fields, with line and column of each', () => {
    const [row] = textLayout('\n行政处罚\t13\t\t');
    expect(texts(row)).toEqual(['行政处罚', '13', '', '']);
    expect(row?.kind === 'row' && row.cells[1]?.loc).toEqual({ line: 2, column: 6 });
  });

  it('treats a | that ends a line as closing its last cell, one that opens a Markdown row as no cell, and skips rules', () => {
    expect(textLayout('规章 | 0 | 0 | 0 | |').map(texts)).toEqual([['规章', '0', '0', '0', '']]);
    expect(textLayout('规章 |').map(texts)).toEqual([['规章']]);
    expect(textLayout('||||').map(texts)).toEqual([['', '', '', '']]);
    expect(textLayout('| a | b |\n|---|:-:|').map(texts)).toEqual([['a', 'b']]);
    // Spaces before the first `|` are an empty cell (a row whose first value is blank).
    expect(textLayout(' | a | b |').map(texts)).toEqual([['', 'a', 'b']]);
  });

  it('splits words followed by space-separated numbers, and leaves sentences alone', () => {
    expect(textLayout('四、结转下年度继续办理 0 0 0 0 0 0 0').map(texts)).toEqual([
      ['四、结转下年度继续办理', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(textLayout('0 0 0').map(texts)).toEqual([['0', '0', '0']]);
    expect(textLayout('2020 年,我单位未出现申请行政复议的情况。').map(texts)).toEqual([
      ['2020 年,我单位未出现申请行政复议的情况。'],
    ]);
  });

  it('keeps a line of more fields than any table row as text', () => {
    const [block] = textLayout('|'.repeat(2000));
    expect(block?.kind).toBe('paragraph');
  });
});

describe('htmlLayout', () => {
  it('expands rowspan and colspan into the grid, marking merged copies', () => {
    const blocks = htmlLayout(
      '<table><tr><td rowspan="2">三</td><td colspan="2">（一）</td><td>1</td></tr><tr><td>x</td><td>y</td><td>2</td></tr></table>',
    );
    expect(blocks.map(texts)).toEqual([
      ['三', '（一）', '（一）', '1'],
      ['三', 'x', 'y', '2'],
    ]);
    const [first, second] = blocks;
    expect(first?.kind === 'row' && first.cells.map((c) => c.spanned ?? false)).toEqual([false, false, true, false]);
    expect(second?.kind === 'row' && second.cells[0]).toMatchObject({
      spanned: true,
      loc: { table: 0, row: 1, cell: 0 },
    });
  });

  it('joins per-character spans, turns &nbsp; into a blank and <br> into a space, skips scripts', () => {
    const blocks = htmlLayout(
      '<script>var a="<td>";</script><p>二、<span>主</span><span>动</span>公开</p><table><tr><td><span>行</span><font>政复议</font></td><td>&nbsp;</td><td>本年新<br/>制作数量</td></tr></table>',
    );
    expect(blocks.map(texts)).toEqual([['二、主动公开'], ['行政复议', '', '本年新 制作数量']]);
  });

  it('clamps huge and invalid spans and keeps nested tables apart', () => {
    const [row] = htmlLayout('<table><tr><td colspan="99999999">a</td><td colspan="-3">b</td></tr></table>');
    expect(row?.kind === 'row' && row.cells.length).toBeLessThanOrEqual(256);
    const nested = htmlLayout('<table><tr><td>外<table><tr><td>内</td></tr></table></td><td>1</td></tr></table>');
    expect(nested.map(texts)).toEqual([['内'], ['外', '1']]);
  });
});

describe('decodeDocument', () => {
  const page = '<p>一、总体情况</p>';
  it('reads UTF-8 with or without a BOM, and GBK declared or not', () => {
    expect(decodeDocument(new TextEncoder().encode(page))).toEqual({ text: page, encoding: 'utf-8' });
    expect(decodeDocument(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page)])).text).toBe(page);
    expect(decodeDocument(encodeGbk(`<meta charset="gb2312">${page}`))).toEqual({
      text: `<meta charset="gb2312">${page}`,
      encoding: 'gbk',
    });
    expect(decodeDocument(encodeGbk(page))).toEqual({ text: page, encoding: 'gb18030' });
  });

  it('falls back to detection when the declared charset does not fit the bytes', () => {
    expect(decodeDocument(encodeGbk(`<meta charset="utf-8">${page}`)).text).toBe(`<meta charset="utf-8">${page}`);
    expect(decodeDocument(new TextEncoder().encode(`<meta charset="no-such">${page}`)).encoding).toBe('utf-8');
  });
});
