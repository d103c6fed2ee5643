/**
 * Checks after a partial read: a relation through a cell the reader gave up is not an error of
 * the report but one RELATION-UNCHECKED finding, on real reports damaged as converters damage them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check, UNREAD_CODES, unreadCells } from '../../src/check/index.js';
import { parse } from '../../src/parse/index.js';
import { ruleTests } from '../support/rule-tester.js';
import { withCells, zeroReport } from '../support/reports.js';
import { CORPUS_DIR } from '../support/truth.js';

const ARITHMETIC = ['T3-BALANCE', 'T3-OUTCOME-SUM', 'T3-ROW-TOTAL', 'T4-TOTAL'];
const CARRIED_FORWARD = '四、结转下年度继续办理';

/** The Shanghai 2019 page with its table 3 row 四、结转下年度继续办理 lost, as a careless copy loses it. */
function shanghaiWithoutCarriedForward(): string {
  const html = readFileSync(join(CORPUS_DIR, '2019-shanghai-szfbgt.html'), 'utf8');
  const start = html.lastIndexOf('<tr>', html.indexOf(`<p>${CARRIED_FORWARD}</p>`));
  const end = html.indexOf('</tr>', start) + '</tr>'.length;
  expect(start).toBeGreaterThan(0);
  return html.slice(0, start) + html.slice(end);
}

describe('unreadCells', () => {
  it('takes the cells of a missing row from its path, of a missing table from its table', () => {
    const cells = unreadCells('2021', [
      { code: 'PARSE-ROW-MISSING', path: ['table3', 'carriedForward'] },
      { code: 'PARSE-TABLE-MISSING', path: ['table4'] },
      { code: 'PARSE-VALUE-INVALID', cells: [{ table: '3', row: 'received', column: 'natural' }], path: ['table3'] },
      // Findings of other codes name cells that were read.
      { code: 'PARSE-CELL-MARKER', cells: [{ table: '3', row: 'granted', column: 'natural' }] },
      { code: 'PARSE-LABEL-VARIANT', path: ['table3', 'granted'] },
    ]);
    expect(cells.filter((c) => c.row === 'carriedForward')).toHaveLength(7);
    expect(cells.filter((c) => c.table === '4')).toHaveLength(15);
    expect(cells.find((c) => c.row === 'received')).toEqual({
      table: '3',
      row: 'received',
      column: 'natural',
      because: 'PARSE-VALUE-INVALID',
    });
    expect(cells.some((c) => c.row === 'granted')).toBe(false);
    expect(cells).toHaveLength(7 + 15 + 1);
  });

  it('names each cell once, with the first finding that gave it up', () => {
    const cells = unreadCells('2019', [
      { code: 'PARSE-ROW-UNALIGNED', path: ['table3', 'received'] },
      { code: 'PARSE-TABLE-MISSING', path: ['table3'] },
    ]);
    expect(cells.filter((c) => c.row === 'received').map((c) => c.because)).toEqual(
      Array(7).fill('PARSE-ROW-UNALIGNED'),
    );
    expect(new Set(cells.map((c) => `${c.row}/${c.column}`)).size).toBe(cells.length);
  });

  it('lists the reading codes that give up cells, and only those', () => {
    expect([...UNREAD_CODES].sort()).toEqual([
      'PARSE-DIGITS-AMBIGUOUS',
      'PARSE-PDF-PAGE-DAMAGED',
      'PARSE-ROW-MISSING',
      'PARSE-ROW-UNALIGNED',
      'PARSE-TABLE-MISSING',
      'PARSE-VALUE-INVALID',
    ]);
  });
});

describe('check after a partial read of a real report', () => {
  it('Shanghai 2019 without its carried-forward row: RELATION-UNCHECKED, not T3-BALANCE', () => {
    const { report, findings } = parse(shanghaiWithoutCarriedForward());
    if (!report) throw new Error('no report');
    expect(findings.map((f) => [f.code, f.row])).toContainEqual(['PARSE-ROW-MISSING', CARRIED_FORWARD]);

    // Blind to the reader, the checks blame the report for the row the reader lost.
    const blind = check(report).filter((f) => ARITHMETIC.includes(f.code));
    expect(blind.map((f) => f.code)).toContain('T3-BALANCE');

    const told = check(report, { unread: unreadCells(report.format, findings), lang: 'en' });
    expect(told.filter((f) => ARITHMETIC.includes(f.code))).toEqual([]);
    const unchecked = told.filter((f) => f.code === 'RELATION-UNCHECKED');
    // T3-BALANCE (every column) and T3-ROW-TOTAL (its own row) run through the lost row.
    expect(unchecked.map((f) => f.message)).toEqual([
      `Table 3: T3-BALANCE (all 7 instances) could not be checked: cells it involves were not read, table 3, row "${CARRIED_FORWARD}" (PARSE-ROW-MISSING)`,
      `Table 3: T3-ROW-TOTAL ("${CARRIED_FORWARD}") could not be checked: cells it involves were not read, table 3, row "${CARRIED_FORWARD}" (PARSE-ROW-MISSING)`,
    ]);
    expect(unchecked.every((f) => f.severity === 'warning')).toBe(true);
    expect(unchecked[0]?.cells).toHaveLength(7);
    // The blank totals the page prints are still found, with the values that stand for them.
    expect(told.filter((f) => f.code === 'CELL-BLANK' && f.severity === 'warning')).toHaveLength(11);
  });

  it('partial 龙岗 2024: the rows cut off by the end of the file raise no arithmetic error', () => {
    const { report, findings } = parse(readFileSync(join(CORPUS_DIR, 'partial/2024-longgang-qzfgzbm.txt')));
    if (!report) throw new Error('no report');
    expect(check(report).some((f) => ARITHMETIC.includes(f.code))).toBe(true);
    const told = check(report, { unread: unreadCells(report.format, findings) });
    expect(
      told.filter((f) => ARITHMETIC.includes(f.code) || (f.severity === 'warning' && f.code === 'CELL-BLANK')),
    ).toEqual([]);
    expect(told.filter((f) => f.code === 'RELATION-UNCHECKED').map((f) => f.message.split('关系')[0])).toEqual([
      '表3的 T3-BALANCE ',
      '表3的 T3-OUTCOME-SUM ',
      '表3的 T3-ROW-TOTAL ',
      '表4的 T4-TOTAL ',
    ]);
  });

  it('a figure of the narrative is not compared with cells the reader lost', () => {
    const { report, findings } = parse(shanghaiWithoutCarriedForward());
    if (!report) throw new Error('no report');
    const mismatch = (unread = unreadCells(report.format, findings)) =>
      check(report, { unread })
        .filter((f) => f.code === 'TEXT-TABLE-MISMATCH')
        .map((f) => f.quote);
    // "另有72件申请…顺延到下年度答复" is not one of the worded statements; 予以公开及部分公开258件
    // (the report's own error) is still compared: its cells were read.
    expect(mismatch()).toEqual(mismatch([]).filter((q) => !q?.includes('结转')));
    expect(mismatch().some((q) => q?.includes('258'))).toBe(true);
  });
});

ruleTests('RELATION-UNCHECKED', {
  valid: [
    { name: 'nothing unread', report: zeroReport('2021') },
    {
      name: 'an unread cell of table 2, which no relation of the report runs through',
      report: withCells(zeroReport('2021'), { 'table2.rules.issued': null }),
      options: { unread: [{ table: '2', row: 'rules', column: 'issued', because: 'PARSE-VALUE-INVALID' }] },
    },
  ],
  invalid: [
    {
      name: 'a cell whose text was not a value: its row and its column are not checked',
      report: withCells(zeroReport('2021'), { 'table3.received.natural': null, 'table3.received.total': 5 }),
      options: { unread: [{ table: '3', row: 'received', column: 'natural', because: 'PARSE-VALUE-INVALID' }] },
      findings: [
        { code: 'RELATION-UNCHECKED', severity: 'warning', table: '3' },
        { code: 'RELATION-UNCHECKED', severity: 'warning', table: '3' },
      ],
      messages: {
        zh: '表3的 T3-BALANCE 关系（「自然人」）无法检查：所涉单元格未能读取，表3「一、本年新收政府信息公开申请数量」行（PARSE-VALUE-INVALID）',
        en: 'Table 3: T3-BALANCE ("自然人") could not be checked',
      },
    },
  ],
});

describe('RELATION-UNCHECKED leaves the other relations as they were', () => {
  it('still reports a relation that fails among cells that were read', () => {
    const report = withCells(zeroReport('2021'), {
      'table3.received.natural': null,
      'table4.review.upheld': 1,
    });
    const unread = [{ table: '3', row: 'received', column: 'natural', because: 'PARSE-VALUE-INVALID' } as const];
    const codes = check(report, { unread }).map((f) => f.code);
    expect(codes).toContain('T4-TOTAL');
    expect(codes.filter((c) => c === 'RELATION-UNCHECKED')).toHaveLength(2);
    // The unread cell is unknown, not a blank counted as 0.
    const blank = check(report, { unread }).find((f) => f.code === 'CELL-BLANK');
    expect(blank).toBeUndefined();
  });

  it('does not infer a blank total from parts the reader lost', () => {
    const report = withCells(zeroReport('2021'), {
      'table3.granted.natural': 3,
      'table3.granted.total': null,
      'table3.outcomeTotal.natural': 3,
      'table3.outcomeTotal.total': 3,
      'table3.received.natural': 3,
      'table3.received.total': 3,
    });
    const unread = [{ table: '3', row: 'granted', column: 'total', because: 'PARSE-ROW-UNALIGNED' } as const];
    const findings = check(report, { unread });
    expect(findings.filter((f) => f.code === 'CELL-BLANK')).toEqual([]);
    expect(findings.filter((f) => f.code === 'RELATION-UNCHECKED')).toHaveLength(2);
  });
});
