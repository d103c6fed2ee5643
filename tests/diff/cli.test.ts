import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { ReportDiff } from '../../src/diff/index.js';
import { writeCsv } from '../../src/interchange/csv.js';
import { fakeIO } from '../cli/fake-io.js';
import { withCells } from '../support/reports.js';
import { beiguan, huaian, shanghai } from '../rollup/support.js';

const older = withCells(beiguan(), { 'table2.penalty.decisions': 9 });
older.meta.year = 2023;
const files = {
  'old.csv': writeCsv(older),
  'new.csv': writeCsv(beiguan()),
  'shanghai.csv': writeCsv(shanghai()),
  'huaian.json': JSON.stringify(huaian()),
};

describe('zfxxgk diff', () => {
  it('prints the changed cells as text', async () => {
    const io = fakeIO(files);
    expect(await main(['diff', 'old.csv', 'new.csv', '--lang', 'en'], io)).toBe(0);
    expect(io.out).toBe(
      [
        '北关区应急管理局 2023 (2021) → 北关区应急管理局 2024 (2021): 1 changed, 199 unchanged, 0 from blank, 0 to blank, 0 blank in both',
        '',
        'Table 2 主动公开政府信息情况',
        '  第二十条第（六）项 · 行政处罚 · 本年处理决定数量: 9 → 13 (+4, +44.4%)',
        '',
      ].join('\n'),
    );
  });

  it('prints the whole diff as JSON, across formats with the cells not comparable', async () => {
    const io = fakeIO(files);
    expect(await main(['diff', 'shanghai.csv', 'huaian.json', '--format', 'json'], io)).toBe(0);
    const d = JSON.parse(io.out) as ReportDiff;
    expect(d.grid).toBe('2019');
    expect(d.tables.map((t) => t.cells.length)).toEqual([3, 161, 15]);
    expect(d.notComparable.length).toBeGreaterThan(0);
  });

  it('needs exactly two files', async () => {
    const io = fakeIO(files);
    expect(await main(['diff', 'old.csv', '--lang', 'en'], io)).toBe(2);
    expect(io.err).toContain('expected 2 input file(s), got 1');
  });
});
