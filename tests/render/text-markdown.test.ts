/**
 * renderText aligns every table by display width; renderMarkdown writes pipe tables on the
 * official grid (group labels repeated, merged headers once) and escapes only what would change
 * the document's structure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report, Report2021 } from '../../src/model/types.js';
import { displayWidth, renderMarkdown, renderText } from '../../src/render/index.js';
import { cleanReport } from '../support/reports.js';
import { publishedReportArb } from './arbitraries.js';

describe('displayWidth', () => {
  it('counts CJK and full-width characters as two columns, the rest as one', () => {
    expect(displayWidth('总计')).toBe(4);
    expect(displayWidth('abc 12')).toBe(6);
    expect(displayWidth('１２（）')).toBe(8);
    expect(displayWidth('3.危及“三安全一稳定”')).toBe(2 + 2 * 8 + 2);
    expect(displayWidth('')).toBe(0);
  });
});

/** The lines of each table in a rendered text: the runs of lines that end in `|`. */
const tableBlocks = (text: string): string[][] =>
  text
    .split('\n\n')
    .map((chunk) => chunk.split('\n'))
    .filter((lines) => lines.every((l) => l.endsWith('|')));

describe('renderText', () => {
  it('draws each table with every line of one display width, whatever the values', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('2019', '2021' as const).chain((f) => publishedReportArb(f)),
        (report) => {
          const blocks = tableBlocks(renderText(report));
          expect(blocks).toHaveLength(3);
          for (const lines of blocks) expect(new Set(lines.map(displayWidth)).size).toBe(1);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('leaves merged cells open: a rowspan label over its rows, a colspan label one wide field', () => {
    const text = renderText(cleanReport('2021') as Report);
    const lines = text.split('\n');
    const results = lines.findIndex((l) => l.startsWith('三、本年度办理结果 | （一）予以公开'));
    expect(results).toBeGreaterThan(0);
    // The next row repeats no label in the first column; its rule leaves the merged column open.
    expect(lines[results + 1]).toMatch(/^ {18} \+-/);
    expect(lines[results + 2]).toMatch(/^ {18} \| （二）部分公开/);
    expect(lines.some((l) => /^一、本年新收政府信息公开申请数量 +\| +\d+ \|/.test(l))).toBe(true);
  });
});

describe('renderMarkdown', () => {
  const report = cleanReport('2021') as Report2021;
  const markdown = renderMarkdown(report);
  const rows = markdown.split('\n').filter((l) => l.startsWith('|'));

  it('writes each row with its group labels before its own label, unused label columns empty', () => {
    const natural = report.table3.withheldStateSecret.natural;
    expect(rows).toContain(
      `| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 | ${natural} | ${report.table3.withheldStateSecret.commercial} | ${report.table3.withheldStateSecret.research} | ${report.table3.withheldStateSecret.publicInterest} | ${report.table3.withheldStateSecret.legalService} | ${report.table3.withheldStateSecret.otherOrg} | ${report.table3.withheldStateSecret.total} |`,
    );
    expect(rows.some((r) => r.startsWith('|  |  | 一、本年新收政府信息公开申请数量 | '))).toBe(true);
    expect(rows.some((r) => r.startsWith('| 三、本年度办理结果 |  | （七）总计 | '))).toBe(true);
  });

  it('writes a merged header once, in its first column and last row: the last header row names every column', () => {
    expect(rows).toContain(
      '| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |',
    );
    expect(rows).toContain('|  |  |  | 申请人情况 |  |  |  |  |  |  |');
    expect(rows.filter((r) => r.includes('申请人情况'))).toHaveLength(1);
    expect(rows).toContain(`| 行政处罚 | ${report.table2.penalty.decisions} |`);
  });

  it('opens each table with a header row and its delimiter, no row wider than the header', () => {
    const tables = markdown.split('\n\n').filter((chunk) => chunk.startsWith('|'));
    expect(tables).toHaveLength(3);
    for (const table of tables) {
      const [header = '', delimiter = '', ...body] = table.split('\n');
      const width = header.split(' | ').length;
      expect(delimiter).toBe(`| ${new Array(width).fill('---').join(' | ')} |`);
      for (const row of body) expect(row.split(' | ').length).toBeLessThanOrEqual(width);
    }
  });

  it('escapes raw HTML and leading block markers in paragraphs, and | in cells', () => {
    const hostile = cleanReport('2021') as Report;
    hostile.sections.other = {
      heading: '六、其他需要报告的事项',
      text: '<img src=x onerror=alert(1)>\n# 不是标题\n1. 不是列表\n- 不是列表\n本年度未收取信息处理费。',
    };
    hostile.meta.agency = '某|局';
    const md = renderMarkdown(hostile);
    expect(md).toContain('\n\\<img src=x onerror=alert(1)>\n');
    expect(md).toContain('\n\\# 不是标题\n');
    expect(md).toContain('\n\\1. 不是列表\n');
    expect(md).toContain('\n\\- 不是列表\n');
    expect(md).toContain('\n本年度未收取信息处理费。\n');
    expect(md.startsWith('# 某|局2024年')).toBe(true);
  });
});
