/**
 * The geometric rules of the PDF reader on synthetic pages: ruled tables with merged cells, labels
 * wrapped or set one character per line, tables continued across pages with page furniture in
 * between, running text, and tables drawn without rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayoutBlock } from '../../src/parse/layout.js';
import { assembleLayout } from '../../src/parse/pdf/assemble.js';
import { mayHoldTable } from '../../src/parse/pdf/geometry.js';
import { readLayout } from '../../src/parse/read-layout.js';
import { page, ruledTable, text, type CellSpec } from './page-builder.js';

const rowsOf = (blocks: LayoutBlock[]): string[][] =>
  blocks.flatMap((b) => (b.kind === 'row' ? [b.cells.map((c) => c.text)] : []));
const paragraphsOf = (blocks: LayoutBlock[]): string[] =>
  blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

/** Table 3's label area: three label columns, then the seven applicant columns. */
const XS = [70, 95, 140, 250, 285, 320, 355, 400, 450, 485, 520];
const values = (row: number, numbers: number[]): CellSpec[] =>
  numbers.map((n, i) => ({ row, col: 3 + i, lines: [String(n)] }));

describe('ruled tables', () => {
  it('reads a merged column set one character per line as one label over all its rows', () => {
    const ys = [500, 470, 440, 410, 380];
    const table = ruledTable(XS, ys, [
      { row: 0, col: 0, rows: 4, lines: [...'三、本年度办理结果'] },
      { row: 0, col: 1, rows: 4, lines: ['（三）不', '予公开'] },
      ...[0, 1, 2, 3].flatMap((r) => [
        { row: r, col: 2, lines: [`${r + 1}.属于第${r + 1}项`] },
        ...values(r, [r, 1, 0, 0, 0, 0, r + 1]),
      ]),
    ]);
    const rows = rowsOf(assembleLayout([page(1, [table])]));
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.slice(0, 3))).toEqual(
      [0, 1, 2, 3].map((r) => ['三、本年度办理结果', '（三）不予公开', `${r + 1}.属于第${r + 1}项`]),
    );
    expect(rows[2]!.slice(3)).toEqual(['2', '1', '0', '0', '0', '0', '3']);
  });

  it('marks the grid positions covered by a merged cell as spanned', () => {
    const table = ruledTable(
      XS,
      [500, 470, 440, 410],
      [
        { row: 0, col: 0, rows: 3, lines: ['三、本年度办理结果'] },
        { row: 0, col: 1, cols: 2, lines: ['（一）予以公开'] },
        ...values(0, [1, 2, 3, 4, 5, 6, 21]),
        { row: 1, col: 1, cols: 2, lines: ['（七）总计'] },
        ...values(1, [1, 2, 3, 4, 5, 6, 21]),
        { row: 2, col: 1, lines: ['（三）不予公开'] },
        { row: 2, col: 2, lines: ['1.属于国家秘密'] },
        ...values(2, [0, 0, 0, 0, 0, 0, 0]),
      ],
    );
    const blocks = assembleLayout([page(1, [table])]);
    const second = blocks[1];
    expect(second?.kind).toBe('row');
    if (second?.kind !== 'row') return;
    expect(second.cells.slice(0, 3).map((c) => [c.text, c.spanned ?? false])).toEqual([
      ['三、本年度办理结果', true],
      ['（七）总计', false],
      ['（七）总计', true],
    ]);
    expect(second.cells[3]?.loc).toMatchObject({ page: 1, table: 0, row: 1, cell: 3 });
  });

  it('keeps a label wrapped over three lines in one cell, whichever line its numbers are on', () => {
    const table = ruledTable(
      XS,
      [500, 440, 380],
      [
        {
          row: 0,
          col: 0,
          cols: 3,
          lines: ['1、申请人无正当理由逾期不补', '正、行政机关不再处理其政府信', '息公开申请'],
        },
        ...values(0, [67, 3, 0, 0, 1, 0, 71]),
        { row: 1, col: 0, cols: 3, lines: ['（二）部分公开（区分处理的，只计这一情', '形，不计其他情形）'] },
        ...values(1, [447, 7, 0, 0, 0, 0, 454]),
      ],
    );
    // Numbers set lower than the first label line, as PDFs print them (centred vertically).
    // No cell starts in the second and third label columns here, so they are one column.
    const rows = rowsOf(assembleLayout([page(1, [table])]));
    expect(rows[0]).toEqual([
      '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '67',
      '3',
      '0',
      '0',
      '1',
      '0',
      '71',
    ]);
    expect(rows[1]).toEqual([
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '447',
      '7',
      '0',
      '0',
      '0',
      '0',
      '454',
    ]);
  });

  it('joins header words split over lines and letters spaced apart', () => {
    const table = ruledTable(
      [70, 110, 150, 190],
      [500, 460, 440],
      [
        { row: 0, col: 0, lines: ['商 业 企', '业'] },
        { row: 0, col: 1, lines: ['结', '果', '维', '持'] },
        { row: 0, col: 2, lines: ['尚 未', '审结'] },
        { row: 1, col: 0, lines: ['5'] },
        { row: 1, col: 1, lines: ['0'] },
        { row: 1, col: 2, lines: ['12'] },
      ],
    );
    expect(rowsOf(assembleLayout([page(1, [table])]))).toEqual([
      ['商业企业', '结果维持', '尚未审结'],
      ['5', '0', '12'],
    ]);
  });

  it('does not let a frame drawn around the page swallow the table in it', () => {
    const frame = {
      segments: [
        { x1: 30, y1: 30, x2: 565, y2: 30 },
        { x1: 30, y1: 812, x2: 565, y2: 812 },
        { x1: 30, y1: 30, x2: 30, y2: 812 },
        { x1: 565, y1: 30, x2: 565, y2: 812 },
      ],
    };
    const table = ruledTable(
      [70, 200, 300],
      [500, 470, 440],
      [
        { row: 0, col: 0, lines: ['行政处罚'] },
        { row: 0, col: 1, lines: ['13'] },
        { row: 1, col: 0, lines: ['行政强制'] },
        { row: 1, col: 1, lines: ['0'] },
      ],
    );
    const blocks = assembleLayout([
      page(1, [frame, table, { pieces: [text('二、主动公开政府信息情况', 70, 600, 16)] }]),
    ]);
    expect(paragraphsOf(blocks)).toEqual(['二、主动公开政府信息情况']);
    expect(rowsOf(blocks)).toEqual([
      ['行政处罚', '13'],
      ['行政强制', '0'],
    ]);
  });

  it('collapses grid columns that exist only because borders of different rows are a few points apart', () => {
    const upper = ruledTable(
      [70, 200, 300],
      [500, 470],
      [
        { row: 0, col: 0, lines: ['行政许可'] },
        { row: 0, col: 1, lines: ['5'] },
      ],
    );
    const lower = ruledTable(
      [70, 204, 300],
      [470, 440],
      [
        { row: 0, col: 0, lines: ['行政处罚'] },
        { row: 0, col: 1, lines: ['6'] },
      ],
    );
    expect(rowsOf(assembleLayout([page(1, [upper, lower])]))).toEqual([
      ['行政许可', '5', '5'],
      ['行政处罚', '行政处罚', '6'],
    ]);
  });

  it('reads double borders as one rule, not as rows and columns of their own', () => {
    const table = ruledTable(
      [70, 200, 300],
      [500, 470, 440],
      [
        { row: 0, col: 0, lines: ['行政处罚'] },
        { row: 0, col: 1, lines: ['13'] },
        { row: 1, col: 0, lines: ['行政强制'] },
        { row: 1, col: 1, lines: ['0'] },
      ],
    );
    // A second rule 3 points outside the top and the right border, crossing the table's rules.
    const double = {
      segments: [
        { x1: 70, y1: 503, x2: 303, y2: 503 },
        { x1: 303, y1: 440, x2: 303, y2: 503 },
        { x1: 70, y1: 500, x2: 70, y2: 503 },
        { x1: 200, y1: 500, x2: 200, y2: 503 },
        { x1: 300, y1: 500, x2: 300, y2: 503 },
        { x1: 300, y1: 440, x2: 303, y2: 440 },
      ],
    };
    expect(rowsOf(assembleLayout([page(1, [double, table])]))).toEqual([
      ['行政处罚', '13'],
      ['行政强制', '0'],
    ]);
  });

  it('reads every cell of random grids with random merges into its own grid position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 7 }),
        fc.array(fc.boolean(), { minLength: 42, maxLength: 42 }),
        (rows, cols, merges) => {
          const xs = Array.from({ length: cols + 1 }, (_, i) => 60 + i * 60);
          const ys = Array.from({ length: rows + 1 }, (_, i) => 700 - i * 30);
          const cells: CellSpec[] = [];
          for (let r = 0; r < rows; r++) {
            for (let c = 0; c < cols; c++) {
              // A cell merges with its right neighbour when the coin says so (first column only).
              const wide = c === 0 && cols > 2 && merges[r * cols + c] === true;
              cells.push({ row: r, col: c, cols: wide ? 2 : 1, lines: [`r${r}c${c}`] });
              if (wide) c++;
            }
          }
          // The expected rows: grid columns in which no cell starts are not columns of the table.
          const starts = new Set(cells.map((c) => c.col));
          const expected = Array.from({ length: rows }, (_, r) =>
            [...starts]
              .sort((a, b) => a - b)
              .map((col) => cells.find((c) => c.row === r && c.col <= col && col < c.col + (c.cols ?? 1))?.lines[0]),
          );
          expect(rowsOf(assembleLayout([page(1, [ruledTable(xs, ys, cells)])]))).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('tables continued across pages', () => {
  const header = (ys: number[]) =>
    ruledTable(XS, ys, [
      { row: 0, col: 0, cols: 3, lines: ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'] },
      ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((t, i) => ({
        row: 0,
        col: 3 + i,
        lines: [t],
      })),
    ]);

  it('joins the two halves into one table and leaves the page number and running header out', () => {
    const first = ruledTable(
      XS,
      [200, 170, 140, 110],
      [
        { row: 0, col: 0, rows: 3, lines: ['三、本年', '度办理结果'] },
        { row: 0, col: 1, rows: 2, lines: ['（三）不予公开'] },
        { row: 0, col: 2, lines: ['7.属于行政执法案卷'] },
        ...values(0, [9, 0, 0, 0, 0, 0, 9]),
        { row: 1, col: 2, lines: ['8.属于行政查询事项'] },
        ...values(1, [105, 0, 0, 0, 0, 0, 105]),
        { row: 2, col: 1, lines: ['（四）无'] },
        { row: 2, col: 2, lines: ['1.本机关不掌握相关政府信息'] },
        ...values(2, [746, 12, 0, 0, 10, 1, 769]),
      ],
    );
    const second = ruledTable(
      XS,
      [760, 730, 700, 670],
      [
        { row: 0, col: 0, rows: 2, lines: [] },
        { row: 0, col: 1, rows: 2, lines: ['法提供'] },
        { row: 0, col: 2, lines: ['2.没有现成信息需要另行制作'] },
        ...values(0, [11, 0, 0, 0, 0, 0, 11]),
        { row: 1, col: 2, lines: ['3.补正后申请内容仍不明确'] },
        ...values(1, [1, 0, 0, 0, 0, 0, 1]),
        { row: 2, col: 0, cols: 3, lines: ['四、结转下年度继续办理'] },
        ...values(2, [103, 0, 0, 0, 0, 0, 103]),
      ],
    );
    const furniture = (n: number) => ({
      pieces: [text(`- ${n} -`, 290, 40, 13), text('淮安市人民政府文件', 250, 800, 9)],
    });
    const blocks = assembleLayout([
      page(1, [
        { pieces: [text('三、收到和处理政府信息公开申请情况', 70, 300, 16)] },
        header([260, 200]),
        first,
        furniture(1),
      ]),
      page(2, [second, furniture(2), { pieces: [text('四、政府信息公开行政复议、行政诉讼情况', 70, 600, 16)] }]),
      page(3, [furniture(3)]),
    ]);
    expect(paragraphsOf(blocks)).toEqual([
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
    ]);
    const rows = rowsOf(blocks);
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      [
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
      ],
      ['三、本年度办理结果', '（三）不予公开', '7.属于行政执法案卷'],
      ['三、本年度办理结果', '（三）不予公开', '8.属于行政查询事项'],
      ['三、本年度办理结果', '（四）无法提供', '1.本机关不掌握相关政府信息'],
      ['三、本年度办理结果', '（四）无法提供', '2.没有现成信息需要另行制作'],
      ['三、本年度办理结果', '（四）无法提供', '3.补正后申请内容仍不明确'],
      ['四、结转下年度继续办理', '四、结转下年度继续办理', '四、结转下年度继续办理'],
    ]);
    const tables = new Set(blocks.flatMap((b) => (b.kind === 'row' ? [b.loc.table] : [])));
    expect([...tables]).toEqual([0]);
  });

  it('joins the halves across a 续表 caption', () => {
    const half = (ys: number[], label: string, n: number) =>
      ruledTable(XS.slice(2), ys, [
        { row: 0, col: 0, lines: [label] },
        ...values(0, [n, 0, 0, 0, 0, 0, n]).map((c) => ({ ...c, col: c.col - 2 })),
      ]);
    const blocks = assembleLayout([
      page(1, [half([200, 170], '（七）总计', 5)]),
      page(2, [{ pieces: [text('续表', 70, 790, 9)] }, half([760, 730], '四、结转下年度继续办理', 1)]),
    ]);
    expect(paragraphsOf(blocks)).toEqual([]);
    expect(blocks.map((b) => (b.kind === 'row' ? b.loc.table : -1))).toEqual([0, 0]);
  });

  it('does not join a group that ends at the page break to the next group', () => {
    const first = ruledTable(
      XS,
      [200, 170, 140],
      [
        { row: 0, col: 0, rows: 2, lines: ['三、本年度办理结果'] },
        { row: 0, col: 1, rows: 2, lines: ['（三）不予公开'] },
        { row: 0, col: 2, lines: ['7.属于行政执法案卷'] },
        ...values(0, [9, 0, 0, 0, 0, 0, 9]),
        { row: 1, col: 2, lines: ['8.属于行政查询事项'] },
        ...values(1, [105, 0, 0, 0, 0, 0, 105]),
      ],
    );
    const second = ruledTable(
      XS,
      [760, 730, 700],
      [
        { row: 0, col: 0, rows: 2, lines: [] },
        { row: 0, col: 1, rows: 2, lines: ['（四）无法提供'] },
        { row: 0, col: 2, lines: ['1.本机关不掌握相关政府信息'] },
        ...values(0, [746, 12, 0, 0, 10, 1, 769]),
        { row: 1, col: 2, lines: ['2.没有现成信息需要另行制作'] },
        ...values(1, [11, 0, 0, 0, 0, 0, 11]),
      ],
    );
    const rows = rowsOf(assembleLayout([page(1, [first]), page(2, [second])]));
    expect(rows.map((r) => r.slice(0, 2))).toEqual([
      ['三、本年度办理结果', '（三）不予公开'],
      ['三、本年度办理结果', '（三）不予公开'],
      ['三、本年度办理结果', '（四）无法提供'],
      ['三、本年度办理结果', '（四）无法提供'],
    ]);
  });

  it('makes one row of a row broken by the page, and drops a header repeated on the next page', () => {
    // The label fills its cell's line on the first page: the page cut it, its rest is overleaf.
    const first = ruledTable(
      XS,
      [200, 170, 140],
      [
        { row: 0, col: 0, rows: 2, cols: 2, lines: ['（五）不予处理'] },
        { row: 0, col: 2, lines: ['4.无正当理由大量反复申请'] },
        ...values(0, [0, 0, 0, 0, 0, 0, 0]),
        { row: 1, col: 2, lines: ['5.要求行政机关确认或重新出'] },
        ...values(1, [1, 0, 0, 0, 0, 0, 1]),
      ],
    );
    const second = ruledTable(
      XS,
      [790, 760, 740, 710],
      [
        { row: 0, col: 0, cols: 3, lines: ['（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'] },
        ...['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计'].map((t, i) => ({
          row: 0,
          col: 3 + i,
          lines: [t],
        })),
        { row: 1, col: 0, cols: 2, lines: [] },
        { row: 1, col: 2, lines: ['具已获取信息'] },
        { row: 2, col: 0, cols: 3, lines: ['（七）总计'] },
        ...values(2, [5, 0, 0, 0, 0, 0, 5]),
      ],
    );
    const rows = rowsOf(assembleLayout([page(1, [header([260, 200]), first]), page(2, [second])]));
    // Columns 0 and 1 are one everywhere (no cell starts between them): a group column, a label
    // column, then the seven values.
    expect(rows.map((r) => [r[0], r[1], r[2], r[8]])).toEqual([
      [
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
        '自然人',
        '总计',
      ],
      ['（五）不予处理', '4.无正当理由大量反复申请', '0', '0'],
      ['（五）不予处理', '5.要求行政机关确认或重新出具已获取信息', '1', '1'],
      ['（七）总计', '（七）总计', '5', '5'],
    ]);
  });

  it('joins the rest of a row broken between its lines: a label and the numbers the page cut', () => {
    // Numbers too wide for their cells wrap (`99999999` / `8`); the page breaks the row after its
    // first line, so the rest of the label and of the numbers start the next page.
    const cell = (row: number, col: number, t: string) => ({ row, col, lines: [t] });
    const first = ruledTable(
      XS,
      [200, 170, 150],
      [
        { row: 0, col: 0, cols: 3, lines: ['（一）予以公开'] },
        ...values(0, [1, 2, 3, 4, 5, 6, 21]),
        { row: 1, col: 0, cols: 3, lines: ['（二）部分公开（区分处理的，只计这一情形，不计'] },
        cell(1, 3, '99999999'),
        cell(1, 4, '16'),
        cell(1, 5, ''),
        ...[3, 4, 5, 6].map((k) => cell(1, 3 + k, '')),
      ],
    );
    const second = ruledTable(
      XS,
      [790, 770, 740],
      [
        { row: 0, col: 0, cols: 3, lines: ['其他情形）'] },
        cell(0, 3, '8'),
        ...[1, 2, 3, 4, 5, 6].map((k) => cell(0, 3 + k, k === 2 ? '7' : '')),
        { row: 1, col: 0, cols: 3, lines: ['（七）总计'] },
        ...values(1, [5, 0, 0, 0, 0, 0, 5]),
      ],
    );
    const rows = rowsOf(assembleLayout([page(1, [first]), page(2, [second])]));
    // The label columns hold no cell of their own: a label and seven values.
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['（一）予以公开', '1', '2', '3'],
      ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', '999999998', '16', '7'],
      ['（七）总计', '5', '0', '0'],
    ]);
  });

  it('keeps a row that starts at the top of a page apart from a complete label above it', () => {
    // 行政处罚 ends short of its cell's side: 行政强制 overleaf is a row of its own, not the rest
    // of it, even with no values on either side of the break. Nor is a data row a header's rest.
    const t2 = (ys: number[], rows: string[][]) =>
      ruledTable(
        [70, 190, 300, 410, 520],
        ys,
        rows.flatMap((cells, row) => cells.map((t, col) => ({ row, col, lines: [t] }))),
      );
    const blocks = assembleLayout([
      page(1, [
        t2(
          [200, 170, 140],
          [
            ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
            ['行政处罚', '', '', ''],
          ],
        ),
      ]),
      page(2, [
        t2(
          [790, 760, 730],
          [
            ['行政强制', '', '', ''],
            ['行政事业性收费', '', '3', '4'],
          ],
        ),
      ]),
    ]);
    expect(rowsOf(blocks)).toEqual([
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政处罚', '', '', ''],
      ['行政强制', '', '', ''],
      ['行政事业性收费', '', '3', '4'],
    ]);
    const headerThenData = assembleLayout([
      page(1, [t2([200, 170], [['信息内容', '上一年项目数量', '本年增/减', '处理决定数量']])]),
      page(2, [t2([790, 760], [['行政许可', '', '-2', '15']])]),
    ]);
    expect(rowsOf(headerThenData)).toEqual([
      ['信息内容', '上一年项目数量', '本年增/减', '处理决定数量'],
      ['行政许可', '', '-2', '15'],
    ]);
  });
});

describe('running text and tables without rules', () => {
  it('joins lines wrapped at the right margin into paragraphs, across a page break too', () => {
    const wide = (s: string, y: number, x = 74) => text(s, x, y, 16);
    const blocks = assembleLayout([
      page(1, [
        {
          pieces: [
            wide('一、总体情况', 700, 106),
            wide('全市共受理政府信息公开申请三千余件，答复三千零五十件，另有', 700 - 28, 74),
            wide('一百零三件顺延到下年度答复，均在法定期限内予以答复。', 700 - 56, 74),
            wide('二、主动公开政府信息情况', 700 - 84, 106),
            wide('本年度新增公开各类政府信息五千五百余条，发布政策解读二十一', 700 - 112),
            text('- 1 -', 290, 40, 13),
          ],
        },
      ]),
      page(2, [{ pieces: [wide('个，均按要求办理。', 740), text('- 2 -', 290, 40, 13)] }]),
    ]);
    expect(paragraphsOf(blocks)).toEqual([
      '一、总体情况',
      '全市共受理政府信息公开申请三千余件，答复三千零五十件，另有一百零三件顺延到下年度答复，均在法定期限内予以答复。',
      '二、主动公开政府信息情况',
      '本年度新增公开各类政府信息五千五百余条，发布政策解读二十一个，均按要求办理。',
    ]);
  });

  it('reads a line with wide gaps and values as a row when no rules are drawn', () => {
    const line = [
      text('四、结转下年度继续办理', 70, 400),
      ...[0, 1, 2, 3, 4, 5, 6].map((i) => text(String(i * 10), 260 + i * 38, 400)),
    ];
    const blocks = assembleLayout([page(1, [{ pieces: line }])]);
    expect(rowsOf(blocks)).toEqual([['四、结转下年度继续办理', '0', '10', '20', '30', '40', '50', '60']]);
  });

  it('reads table 4 printed without rules, its headers split over lines, as the text reader does', () => {
    // The layout of a flip-book page (文登区信访局 2022, p. 8): headers broken one word per line.
    const cols = Array.from({ length: 15 }, (_, i) => 80 + i * 30);
    const at = (words: string[], y: number, from = 0) => words.map((w, i) => text(w, cols[from + i] as number, y, 9));
    const pieces = [
      text('四、因政府信息公开工作被申请行政复议提起行政诉讼情况', 80, 700, 12),
      text('行政复议', 110, 670, 9),
      text('行政诉讼', 340, 670, 9),
      text('未经复议直接起诉', 245, 650, 9),
      text('复议后起诉', 410, 650, 9),
      ...at(['结果', '结果', '其他', '尚未', '总'], 630),
      ...at(['结果', '结果', '其他', '尚未', '总', '结果', '结果', '其他', '尚未', '总'], 630, 5),
      ...at(['维持', '纠正', '结果', '审结', '计'], 615),
      ...at(['维持', '纠正', '结果', '审结', '计', '维持', '纠正', '结果', '审结', '计'], 615, 5),
      ...at(['1', '2', '3', '4', '10', '0', '1', '0', '0', '1', '2', '0', '0', '1', '3'], 590),
    ];
    const blocks = assembleLayout([page(1, [{ pieces }])]);
    expect(paragraphsOf(blocks)).toContain('行政复议 行政诉讼');
    expect(rowsOf(blocks)).toEqual([['1', '2', '3', '4', '10', '0', '1', '0', '0', '1', '2', '0', '0', '1', '3']]);
    const { report } = readLayout(blocks);
    expect(report?.table4).toEqual({
      review: { upheld: 1, corrected: 2, other: 3, pending: 4, total: 10 },
      litigationDirect: { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 2, corrected: 0, other: 0, pending: 1, total: 3 },
    });
  });

  it('tells pages of prose from pages that may hold a table', () => {
    const prose = [
      text('2024', 74, 700, 16),
      text('年，全市共受理政府信息公开申请', 110, 700, 16),
      text('3119', 360, 700, 16),
      text('件。', 396, 700, 16),
    ];
    expect(mayHoldTable(prose)).toBe(false);
    expect(
      mayHoldTable([
        text('行政复议', 74, 300),
        text('行政诉讼', 227, 300),
        text('结果', 74, 280),
        text('结果', 101, 280),
        text('其他', 129, 280),
      ]),
    ).toBe(true);
  });
});
