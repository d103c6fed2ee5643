/**
 * The pieces of the corpus database that are plain functions: exact decimals, the slice of a
 * content, the rows of a result, and how a query's result is written.
 */
import { describe, expect, it } from 'vitest';
import type { FileResult } from '../../../src/cli/batch/result.js';
import { displayWidth, formatTable, jsonRow, numberText } from '../../../src/cli/output/query.js';
import { decimalText, decimalUnits, NotStorable } from '../../../src/cli/scan/decimal.js';
import { documentRows } from '../../../src/cli/scan/rows.js';
import { shardOf } from '../../../src/cli/scan/select.js';
import { formatCells } from '../../../src/format/index.js';
import { cleanReport } from '../../support/reports.js';

describe('decimals', () => {
  it('are written as the interchange CSV spells them, and stored exactly at six places', () => {
    expect(decimalText(96171.6)).toBe('96171.6');
    expect(decimalText(0)).toBe('0');
    expect(decimalText(-3)).toBe('-3');
    expect(decimalText(1e21)).toBe('1000000000000000000000');
    expect(decimalText(null)).toBeNull();
    expect(decimalUnits('96171.6')).toBe(96171600000n);
    expect(decimalUnits('-0.5')).toBe(-500000n);
    expect(decimalUnits('13')).toBe(13000000n);
  });

  it('that do not fit are refused, never rounded', () => {
    expect(() => decimalText(0.1234567)).toThrow(NotStorable);
    expect(() => decimalText(1.8000000000000007)).toThrow(NotStorable);
    expect(() => decimalText(1e-7)).toThrow(NotStorable);
    expect(() => decimalText(1e40)).toThrow(NotStorable);
  });
});

describe('documentRows', () => {
  const result = (report: FileResult['report']): FileResult => ({
    index: 0,
    file: 'a.json',
    status: 'checked',
    medium: 'json',
    size: 10,
    sha256: 'ab',
    readingFindings: [],
    checkFindings: [],
    timings: { readMs: 1, parseMs: 2, checkMs: 3, totalMs: 6 },
    ...(report && { report, meta: { agency: report.meta.agency, year: report.meta.year, format: report.format } }),
  });

  it('gives every cell of the format, in its order, as exact units, blank as NULL', () => {
    const report = cleanReport('2021');
    report.table3.received.natural = null;
    report.table2.fees.feeAmount = 96171.6;
    const rows = documentRows(result(report), { sha256: 'ab', size: 10 }, { lang: 'zh' }, (v) => v);
    const cells = formatCells('2021');
    expect(rows.cells.map((c) => c.position)).toEqual(cells.map((_, i) => i));
    const at = (row: string, column: string) =>
      rows.cells[cells.findIndex((c) => c.row === row && c.column === column)];
    expect(at('received', 'natural')?.units).toBeNull();
    expect(at('fees', 'feeAmount')?.units).toBe(96171600000n);
    expect(at('received', 'total')?.units).toBe(BigInt(report.table3.received.total as number) * 1000000n);
    expect(rows.document).toMatchObject({ status: 'checked', agency: '某县财政局', body: '某县财政局', year: 2024 });
  });

  it('stores a document whose figure cannot be held exactly without its report, and says why', () => {
    const report = cleanReport('2021');
    report.table2.fees.feeAmount = 0.1234567;
    const rows = documentRows(result(report), { sha256: 'ab', size: 10 }, { lang: 'en' }, (v) => `cannot hold ${v}`);
    expect(rows.document).toMatchObject({ status: 'unreadable', problems: ['cannot hold 0.1234567'] });
    expect(rows.cells).toEqual([]);
  });

  it('applies --rule settings to the findings of every stage', () => {
    const finding = { code: 'CELL-BLANK', severity: 'info', message: 'm', messages: { zh: '中', en: 'en' } } as const;
    const rows = documentRows(
      {
        ...result(cleanReport('2021')),
        checkFindings: [finding, { ...finding, code: 'T3-BALANCE', severity: 'error' }],
      },
      { sha256: 'ab', size: 10 },
      { lang: 'zh', rules: { 'CELL-BLANK': 'off', 'T3-BALANCE': 'warning' } },
      (v) => v,
    );
    expect(rows.findings.map((f) => [f.code, f.severity, f.message_zh, f.message_en, f.position])).toEqual([
      ['T3-BALANCE', 'warning', '中', 'en', 0],
    ]);
  });
});

describe('shardOf', () => {
  it('depends on the content hash alone, and spreads contents evenly', () => {
    expect(shardOf('854b257dac30d9c0bb77396b14246436cbd5882b227e78cfe1d47ebbcbcff32a', 4)).toBe(0x854b257dac30 % 4);
    const counts = [0, 0, 0, 0, 0];
    for (let i = 0; i < 5000; i++) {
      const hash = (i * 2654435761).toString(16).padStart(12, '0').slice(-12);
      counts[shardOf(hash, 5)] = (counts[shardOf(hash, 5)] ?? 0) + 1;
    }
    for (const n of counts) expect(n).toBeGreaterThan(800);
  });
});

describe('query output', () => {
  it('writes numbers exactly, without the zeros of their scale', () => {
    expect(numberText('13.000000')).toBe('13');
    expect(numberText('96171.600000')).toBe('96171.6');
    expect(numberText('-0.500000')).toBe('-0.5');
    expect(numberText('0.000000')).toBe('0');
    expect(numberText('120')).toBe('120');
    expect(
      jsonRow(
        [
          { name: 'v', numeric: true },
          { name: 'n', numeric: true },
        ],
        ['96171.600000', '12345678901234567890'],
      ),
    ).toBe('{"v":96171.6,"n":12345678901234567890}');
  });

  it('aligns a table by display width: a Chinese character takes two columns', () => {
    expect(displayWidth('北关区2024')).toBe(10);
    const table = formatTable(
      [
        { name: 'agency', numeric: false },
        { name: 'n', numeric: true },
      ],
      [
        ['北关区', '3'],
        [null, '12'],
      ],
    );
    expect(table.split('\n')).toEqual(['agency   n', '------  --', '北关区   3', 'NULL    12']);
  });

  it('cuts a long text at 60 columns in a table, and shows line breaks', () => {
    const long = '公开'.repeat(40);
    const [, , row] = formatTable([{ name: 'text', numeric: false }], [[long], ['a\nb']]).split('\n');
    expect(row).toBe(`${'公开'.repeat(14)}公…`);
    expect(displayWidth(row as string)).toBe(59);
    expect(formatTable([{ name: 't', numeric: false }], [['a\nb']]).split('\n')[2]).toBe('a↵b');
  });
});
