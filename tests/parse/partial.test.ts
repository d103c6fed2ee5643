/**
 * The truncated and damaged corpus files: every cell printed in the file is read correctly or has
 * a finding, nothing is read into a column it may not belong to, and everything the file lacks has
 * a finding. Expectations are transcribed from what each file prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findRow, type FormatVersion } from '../../src/format/index.js';
import { parse } from '../../src/parse/index.js';
import { CORPUS_DIR } from '../support/truth.js';
import { cellsOf, rowCellKeys, rowHasFinding } from './support.js';

const z = (n: number): number[] => Array.from({ length: n }, () => 0);

interface Expectation {
  file: string;
  format: FormatVersion;
  meta: { agency: string; year: number };
  /** Rows whose printed values have certain columns: `table/row` → values in column order. */
  printed: Record<string, (number | null)[]>;
  /** Rows printed with values whose columns the print does not determine. */
  unplaceable: string[];
  /** Rows printed with no value at all (blank in every column, nothing to report). */
  blank: string[];
}

const T2_2019 = [
  'rules',
  'normativeDocuments',
  'licensing',
  'otherServices',
  'penalty',
  'enforcement',
  'fees',
  'procurement',
];

const EXPECTATIONS: Expectation[] = [
  {
    file: '2019-xiaogan-zfyjs.txt',
    format: '2019',
    meta: { agency: '市政府研究室', year: 2019 },
    printed: Object.fromEntries(T2_2019.slice(0, 6).map((r) => [`2/${r}`, z(3)])),
    unplaceable: [],
    blank: [],
  },
  {
    file: '2019-xiongxian-xiang.txt',
    format: '2019',
    meta: { agency: '', year: 2019 },
    printed: {},
    unplaceable: ['2/rules'],
    blank: [
      ...T2_2019.slice(1).map((r) => `2/${r}`),
      'received',
      'carriedOver',
      'granted',
      'partlyGranted',
      'withheldStateSecret',
      'withheldProhibitedByLaw',
      'withheldSecurity',
      'withheldThirdParty',
      'withheldInternal',
      'withheldProcess',
      'withheldEnforcement',
      'withheldQuery',
      'unavailableNotHeld',
      'unavailableNeedsCreation',
      'unavailableUnclear',
      'notProcessedComplaint',
      'notProcessedRepeated',
      'notProcessedPublication',
      'notProcessedExcessive',
      'notProcessedConfirmation',
      'otherHandling',
      'outcomeTotal',
      'carriedForward',
    ].map((r) => (r.startsWith('2/') ? r : `3/${r}`)),
  },
  {
    file: '2019-yueyang-nanhu-ju.txt',
    format: '2019',
    meta: { agency: '', year: 2019 },
    printed: {
      ...Object.fromEntries(T2_2019.slice(0, 6).map((r) => [`2/${r}`, z(3)])),
      '2/fees': z(2),
      '2/procurement': z(2),
    },
    unplaceable: ['3/received', '3/carriedOver', '3/granted', '3/partlyGranted'],
    blank: [],
  },
  {
    file: '2020-wendeng-shenji-p9.txt',
    format: '2019',
    meta: { agency: '审计局', year: 2020 },
    printed: {
      '3/carriedForward': z(7),
      '4/review': z(5),
      '4/litigationDirect': z(5),
      '4/litigationAfterReview': z(5),
    },
    unplaceable: [],
    blank: [],
  },
  {
    file: '2022-wendeng-xinfang-p8.txt',
    format: '2021',
    meta: { agency: '威海市文登区信访局', year: 2022 },
    printed: { '4/review': z(5), '4/litigationDirect': z(5), '4/litigationAfterReview': z(5) },
    unplaceable: [],
    blank: [],
  },
  {
    file: '2023-changtu-qijiazi.txt',
    format: '2021',
    meta: { agency: '昌图县七家子镇', year: 2023 },
    printed: {
      '2/rules': z(3),
      '2/normativeDocuments': z(3),
      '2/licensing': [0],
      '2/penalty': [30],
      '2/enforcement': [0],
      '2/fees': [0],
      '3/received': z(7),
      '3/carriedOver': z(7),
    },
    unplaceable: [],
    blank: [],
  },
  {
    file: '2024-longgang-qzfgzbm.txt',
    format: '2021',
    meta: { agency: '', year: 2024 },
    printed: {
      '2/rules': z(3),
      '2/normativeDocuments': [5, 1, 25],
      '2/licensing': [0],
      '2/penalty': [0],
      '2/enforcement': [0],
      '2/fees': [0],
      '3/received': [58, 7, 0, 0, 1, 0, 66],
      '3/carriedOver': [2, 0, 0, 0, 0, 0, 2],
      '3/granted': [2, 1, 0, 0, 0, 0, 3],
      '3/partlyGranted': [16, 1, 0, 0, 0, 0, 17],
      '3/withheldStateSecret': z(7),
      '3/withheldProhibitedByLaw': z(7),
      '3/withheldSecurity': z(7),
      '3/withheldThirdParty': z(7),
      '3/withheldInternal': [1, 0, 0, 0, 0, 0, 1],
      '3/withheldProcess': z(7),
    },
    // Cut off after six of its seven values.
    unplaceable: ['3/withheldEnforcement'],
    blank: [],
  },
];

describe.each(EXPECTATIONS)('partial/$file', (expectation) => {
  const { report, findings } = parse(readFileSync(join(CORPUS_DIR, 'partial', expectation.file)), { lang: 'en' });
  const cells = report ? cellsOf(report) : {};
  const labelOf = (key: string): string => {
    const [table, row] = key.split('/') as [string, string];
    return table === '4' ? 'table 4' : (findRow(expectation.format, table as '2' | '3', row)?.row.label as string);
  };

  it('is read as a report of its format, body and year', () => {
    expect(report?.format).toBe(expectation.format);
    expect(report?.meta).toMatchObject(expectation.meta);
  });

  it('reads every printed row with certain columns exactly', () => {
    for (const [key, values] of Object.entries(expectation.printed)) {
      const [table, row] = key.split('/') as [string, string];
      expect(
        rowCellKeys(expectation.format, table, row).map((k) => cells[k]),
        key,
      ).toEqual(values);
    }
  });

  it('reads a row whose columns the print does not determine as unknown, with a finding', () => {
    for (const key of expectation.unplaceable) {
      const [table, row] = key.split('/') as [string, string];
      expect(
        rowCellKeys(expectation.format, table, row).map((k) => cells[k]),
        key,
      ).toEqual(rowCellKeys(expectation.format, table, row).map(() => null));
      expect(
        findings.some((f) => f.code === 'PARSE-ROW-UNALIGNED' && f.row === labelOf(key)),
        key,
      ).toBe(true);
    }
  });

  it('puts no value in any other cell, and has a finding for every row it could not read', () => {
    const known = new Set([...Object.keys(expectation.printed), ...expectation.unplaceable, ...expectation.blank]);
    for (const [key, value] of Object.entries(cells)) {
      const row = key.split('/').slice(0, 2).join('/');
      if (!Object.hasOwn(expectation.printed, row)) expect(value, key).toBeNull();
      if (!known.has(row)) {
        const [table] = key.split('/') as [string];
        expect(rowHasFinding(findings, table, labelOf(row)), `${row} has a finding`).toBe(true);
      }
    }
  });
});
