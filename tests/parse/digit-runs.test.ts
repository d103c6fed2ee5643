/**
 * Text whose table cells a crawler or a copy joined with no separator (`行政规范性文件5845546`): a run
 * of digits is split only where the report's own arithmetic allows exactly one way. The oracle is
 * the generator: it knows every value it printed; a cell is that value, or blank with a finding
 * naming it, never another number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FormatVersion } from '../../src/format/index.js';
import type { Report } from '../../src/model/types.js';
import { digitSplits } from '../../src/parse/digit-runs.js';
import { parseText } from '../../src/parse/index.js';
import { cellValue, silentChanges } from '../support/oracle.js';
import { consistentReport, plainSections } from '../support/reports.js';
import { documentModel } from './render/grid.js';
import { consistentReportArb } from './report-arbs.js';
import { printText } from './render/render.js';

/** The report printed as a crawler flattens it: each table row's cells joined with nothing between. */
const joinedText = (report: Report): string =>
  printText(documentModel(report), 'tab')
    .map((line) => line.cells.map((c) => c.text).join(''))
    .join('\n');

/** Values as reports print them: mostly 0 and single digits, some tens, a few hundreds. */
const countArb = fc.oneof(
  { weight: 5, arbitrary: fc.constant(0) },
  { weight: 3, arbitrary: fc.integer({ min: 1, max: 9 }) },
  { weight: 2, arbitrary: fc.integer({ min: 10, max: 99 }) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 999 }) },
);

const reportArb = (format: FormatVersion) => consistentReportArb(format, countArb, 400);

describe('digitSplits', () => {
  it('cuts a run into counts as printed, no leading zero but 0 itself', () => {
    expect(digitSplits('1023', 3)).toEqual([
      ['1', '0', '23'],
      ['10', '2', '3'],
    ]);
    expect(digitSplits('000', 3)).toEqual([['0', '0', '0']]);
    expect(digitSplits('12', 3)).toEqual([]);
  });

  it('gives up on runs with more splits than it tries', () => {
    expect(digitSplits('1'.repeat(60), 7)).toBeUndefined();
  });
});

describe('table rows joined with no separator', () => {
  it('splits 淮安-like rows by the row and the table relations, and says so', () => {
    const report = consistentReport('2021', () => 1) as Report;
    report.sections = plainSections();
    const { report: read, findings } = parseText(joinedText(report));
    expect(read?.table3.granted).toEqual(report.table3.granted);
    expect(findings.some((f) => f.code === 'PARSE-DIGITS-SPLIT' && f.row === '（一）予以公开')).toBe(true);
  });

  it("splits table 4's fifteen values by each group's 总计", () => {
    const report = consistentReport('2021', (c) => (c.row.length * 3 + c.column.length) % 7) as Report;
    report.sections = plainSections();
    const { report: read, findings } = parseText(joinedText(report));
    expect(read?.table4).toEqual(report.table4);
    expect(findings.some((f) => f.code === 'PARSE-DIGITS-SPLIT' && f.table === '4')).toBe(true);
  });

  it('lists the splits that fit when the arithmetic allows several, and reads none of them', () => {
    // 220000022: 22 0 0 0 0 0 22 or 2 20 0 0 0 0 22; the rows that could tell are not printed.
    const text = [
      '2024年某县财政局政府信息公开工作年度报告',
      '三、收到和处理政府信息公开申请情况',
      '（一）予以公开220000022',
      '四、政府信息公开行政复议、行政诉讼情况',
    ].join('\n');
    const { report, findings } = parseText(text);
    expect(report?.table3.granted.natural).toBeNull();
    const open = findings.find((f) => f.code === 'PARSE-DIGITS-AMBIGUOUS');
    expect(open?.message).toContain('22 0 0 0 0 0 22');
    expect(open?.message).toContain('2 20 0 0 0 0 22');
    expect(open?.severity).toBe('error');
  });

  for (const format of ['2021', '2019'] as const) {
    it(`never reads a number into another cell, and reads most (${format}, 200 generated reports)`, () => {
      let right = 0;
      let total = 0;
      fc.assert(
        fc.property(reportArb(format), (report) => {
          const read = parseText(joinedText(report));
          expect(silentChanges(format, read, (ref) => [cellValue(report, ref) ?? null])).toEqual([]);
          for (const [key, value] of Object.entries(cellsByKey(read.report))) {
            total++;
            if (value === cellsByKey(report)[key]) right++;
          }
        }),
        { numRuns: 200, seed: 20261202 },
      );
      // Most rows split one way; the rest are listed, never guessed.
      expect(right / total).toBeGreaterThan(0.5);
      console.info(`${format}: ${right} of ${total} cells of tables 2–4 read from joined digits`);
    }, 120_000);
  }
});

function cellsByKey(report: Report | null): Record<string, number | null> {
  if (!report) return {};
  const out: Record<string, number | null> = {};
  const tables = report as unknown as Record<string, Record<string, Record<string, number | null>>>;
  for (const t of ['2', '3', '4'])
    for (const [row, cells] of Object.entries(tables[`table${t}`] ?? {}))
      for (const [column, v] of Object.entries(cells)) out[`${t}/${row}/${column}`] = v;
  return out;
}
