/**
 * The official grid derived from the format definitions: the merged cells of both formats, a
 * grid that covers every position exactly once, and a format version the renderers have never
 * seen laid out by the same rules.
 */
import { describe, expect, it } from 'vitest';
import { FORMAT_2019, FORMAT_2021, type FormatDef, type TableDef } from '../../src/format/index.js';
import { columnWeights, tableGrids, type TableGrid } from '../../src/render/index.js';

/** The grid position each cell covers, by `row,col`; throws on a position covered twice. */
function coverage(grid: TableGrid): Map<string, string> {
  const covered = new Map<string, string>();
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      for (let r = cell.row; r < cell.row + cell.rowspan; r++) {
        for (let c = cell.col; c < cell.col + cell.colspan; c++) {
          const key = `${r},${c}`;
          if (covered.has(key)) throw new Error(`${key} covered by ${covered.get(key)} and ${cell.text}`);
          covered.set(key, cell.text || `${cell.ref?.row}/${cell.ref?.column}`);
        }
      }
    }
  }
  return covered;
}

const spans = (grid: TableGrid, text: string) => {
  const cell = grid.rows.flatMap((r) => r.cells).find((c) => c.text === text);
  return cell && { row: cell.row, col: cell.col, rowspan: cell.rowspan, colspan: cell.colspan };
};

describe.each([FORMAT_2021, FORMAT_2019])('the grid of the $version format', (format) => {
  const grids = tableGrids(format);

  it('covers every position of every table exactly once', () => {
    for (const grid of grids) expect(coverage(grid).size).toBe(grid.width * grid.rows.length);
  });

  it('has one value cell per cell of the format, in reading order', () => {
    const refs = grids.flatMap((g) => g.rows.flatMap((r) => r.cells.flatMap((c) => (c.ref ? [c.ref] : []))));
    const cells = format.tables.flatMap((t) =>
      t.blocks.flatMap((b) =>
        b.rows.flatMap((r) => b.columns.map((c) => ({ table: t.id, row: r.key, column: c.key }))),
      ),
    );
    expect(refs).toEqual(cells);
  });

  it('merges the headers of tables 3 and 4 as the official template does', () => {
    const [, t3, t4] = grids as [TableGrid, TableGrid, TableGrid];
    expect(spans(t3, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')).toEqual({
      row: 0,
      col: 0,
      rowspan: 3,
      colspan: 3,
    });
    expect(spans(t3, '申请人情况')).toEqual({ row: 0, col: 3, rowspan: 1, colspan: 7 });
    expect(spans(t3, '自然人')).toEqual({ row: 1, col: 3, rowspan: 2, colspan: 1 });
    expect(spans(t3, '法人或其他组织')).toEqual({ row: 1, col: 4, rowspan: 1, colspan: 5 });
    expect(spans(t3, '一、本年新收政府信息公开申请数量')).toEqual({ row: 3, col: 0, rowspan: 1, colspan: 3 });
    expect(spans(t3, '（三）不予公开')).toEqual({ row: 7, col: 1, rowspan: 8, colspan: 1 });
    expect(spans(t4, '行政复议')).toEqual({ row: 0, col: 0, rowspan: 1, colspan: 5 });
    expect(spans(t4, '行政诉讼')).toEqual({ row: 0, col: 5, rowspan: 1, colspan: 10 });
    expect(spans(t4, '未经复议直接起诉')).toEqual({ row: 1, col: 5, rowspan: 1, colspan: 5 });
    expect(t4.rows[1]?.cells[0]).toMatchObject({ text: '结果维持', rowspan: 2 });
  });
});

describe('the (六) rows and table 2 of each format', () => {
  const [t2019, t3of2019] = tableGrids(FORMAT_2019) as [TableGrid, TableGrid];
  const [, t3of2021] = tableGrids(FORMAT_2021) as [TableGrid, TableGrid];

  it('2019: one （六）其他处理 row over two label columns, 三、本年度办理结果 over 20 rows', () => {
    expect(spans(t3of2019, '（六）其他处理')).toMatchObject({ rowspan: 1, colspan: 2 });
    expect(spans(t3of2019, '三、本年度办理结果')).toMatchObject({ rowspan: 20 });
  });

  it('2021: （六）其他处理 over its three rows, 三、本年度办理结果 over 22 rows', () => {
    expect(spans(t3of2021, '（六）其他处理')).toMatchObject({ rowspan: 3, colspan: 1 });
    expect(spans(t3of2021, '三、本年度办理结果')).toMatchObject({ rowspan: 22 });
  });

  it('2019 table 2: a block of two columns spreads its last over the rest (本年增/减 over two)', () => {
    expect(spans(t2019, '本年增/减')).toBeDefined();
    const fees = t2019.rows.find((r) => r.cells.some((c) => c.ref?.row === 'fees'));
    expect(fees?.cells.map((c) => [c.ref?.column ?? c.text, c.colspan])).toEqual([
      ['行政事业性收费', 1],
      ['previousCount', 1],
      ['change', 2],
    ]);
  });
});

describe('a format version the renderers have never seen', () => {
  const table: TableDef = {
    id: '3',
    title: '某表',
    blocks: [
      {
        key: 'only',
        stubHead: '项目',
        columns: [
          { key: 'a', label: '甲', kind: 'count', parents: ['合计'] },
          { key: 'b', label: '乙', kind: 'count', parents: ['合计', '其中'] },
          { key: 'c', label: '丙', kind: 'count', parents: ['合计', '其中'] },
        ],
        rows: [
          { key: 'x', label: '一、第一项' },
          { key: 'y', label: '1.子项', parents: ['二、第二项'] },
          { key: 'z', label: '2.子项', parents: ['二、第二项'] },
        ],
      },
    ],
  };
  const grid = tableGrids({
    ...FORMAT_2021,
    tables: [FORMAT_2021.tables[0], table, FORMAT_2021.tables[2]],
  } as FormatDef)[1] as TableGrid;

  it('is laid out by the same rules: groups merged, shorter paths spanning the rest', () => {
    expect(grid.width).toBe(5);
    expect(grid.rows.map((r) => r.cells.map((c) => [c.text || c.ref?.column, c.rowspan, c.colspan]))).toEqual([
      [
        ['项目', 3, 2],
        ['合计', 1, 3],
      ],
      [
        ['甲', 2, 1],
        ['其中', 1, 2],
      ],
      [
        ['乙', 1, 1],
        ['丙', 1, 1],
      ],
      [
        ['一、第一项', 1, 2],
        ['a', 1, 1],
        ['b', 1, 1],
        ['c', 1, 1],
      ],
      [
        ['二、第二项', 2, 1],
        ['1.子项', 1, 1],
        ['a', 1, 1],
        ['b', 1, 1],
        ['c', 1, 1],
      ],
      [
        ['2.子项', 1, 1],
        ['a', 1, 1],
        ['b', 1, 1],
        ['c', 1, 1],
      ],
    ]);
    expect(coverage(grid).size).toBe(5 * 6);
  });

  it('weights the label columns: groups a little wider than values, the last one wide', () => {
    expect(columnWeights(grid)).toEqual([1.2, 4.6, 1, 1, 1]);
  });
});
