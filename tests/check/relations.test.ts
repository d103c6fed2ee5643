import { describe, expect, it } from 'vitest';
import { check, unreadCells } from '../../src/check/index.js';
import { ruleTests } from '../support/rule-tester.js';
import { blankTables, cleanReport, withCells, zeroReport } from '../support/reports.js';
import { readTruth, truthToReport } from '../support/truth.js';

const RECEIVED = '一、本年新收政府信息公开申请数量';
const GRANTED = '（一）予以公开';
const CARRIED_FORWARD = '四、结转下年度继续办理';

/** 5 received from natural persons: 3 granted, 2 carried forward. Every relation holds. */
const small2021 = withCells(zeroReport('2021'), {
  'table3.received.natural': 5,
  'table3.received.total': 5,
  'table3.granted.natural': 3,
  'table3.granted.total': 3,
  'table3.outcomeTotal.natural': 3,
  'table3.outcomeTotal.total': 3,
  'table3.carriedForward.natural': 2,
  'table3.carriedForward.total': 2,
});

/** 2 carried over from 2018 by companies, answered as （六）其他处理 in the 2019 format. */
const small2019 = withCells(zeroReport('2019'), {
  'table3.carriedOver.commercial': 2,
  'table3.carriedOver.total': 2,
  'table3.otherHandling.commercial': 2,
  'table3.otherHandling.total': 2,
  'table3.outcomeTotal.commercial': 2,
  'table3.outcomeTotal.total': 2,
});

const huaian = truthToReport(readTruth('2024-huaian-szf.pdf'), { level: 'government' });
const shanghai = truthToReport(readTruth('2019-shanghai-szfbgt.html'));

ruleTests('T3-BALANCE', {
  valid: [
    { name: 'all zero (2021)', report: zeroReport('2021') },
    { name: 'all zero (2019)', report: zeroReport('2019') },
    { name: '5 received = 3 answered + 2 carried forward', report: small2021 },
    { name: '2 carried over, answered as 其他处理 (2019)', report: small2019 },
    { name: 'every cell filled, consistent', report: cleanReport('2021') },
    { name: 'Huaian 2024 as printed', report: huaian },
    { name: 'Shanghai 2019: blank cells count as 0 and the balance holds per column', report: shanghai },
  ],
  invalid: [
    {
      name: 'one application too few carried forward',
      report: withCells(small2021, { 'table3.carriedForward.natural': 1, 'table3.carriedForward.total': 1 }),
      findings: [
        { code: 'T3-BALANCE', severity: 'error', table: '3', column: '自然人', expected: 5, actual: 4 },
        { code: 'T3-BALANCE', severity: 'error', table: '3', column: '总计', expected: 5, actual: 4 },
      ],
      messages: {
        zh: '表三「自然人」列：一、本年新收 + 二、上年结转 = 5，而三（七）总计 + 四、结转下年度继续办理 = 4',
        en: 'received + carried over = 5, but outcome total + carried forward = 4',
      },
    },
    {
      name: 'carry-over not answered (2019)',
      report: withCells(small2019, {
        'table3.outcomeTotal.commercial': 0,
        'table3.outcomeTotal.total': 0,
        'table3.otherHandling.commercial': 0,
        'table3.otherHandling.total': 0,
      }),
      findings: [
        { code: 'T3-BALANCE', severity: 'error', table: '3', column: '商业企业', expected: 2, actual: 0 },
        { code: 'T3-BALANCE', severity: 'error', table: '3', column: '总计', expected: 2, actual: 0 },
      ],
    },
    {
      name: 'a blank carried-forward counts as 0',
      report: withCells(small2021, { 'table3.carriedForward.natural': null }),
      findings: [{ code: 'T3-BALANCE', severity: 'error', table: '3', column: '自然人', expected: 5, actual: 3 }],
    },
    {
      name: 'severity raised or lowered through rules',
      report: withCells(small2021, { 'table3.received.natural': 6, 'table3.received.total': 6 }),
      options: { rules: { 'T3-BALANCE': 'warning' } },
      findings: [
        { code: 'T3-BALANCE', severity: 'warning', table: '3', column: '自然人', expected: 6, actual: 5 },
        { code: 'T3-BALANCE', severity: 'warning', table: '3', column: '总计', expected: 6, actual: 5 },
      ],
    },
  ],
});

ruleTests('T3-OUTCOME-SUM', {
  valid: [
    { name: '3 granted, total 3', report: small2021 },
    { name: '2019 （六）其他处理 is one outcome row', report: small2019 },
    { name: 'Huaian 2024 as printed', report: huaian },
    { name: 'Shanghai 2019: blank 总计 cells stand for the sum of their rows', report: shanghai },
  ],
  invalid: [
    {
      name: '(七)总计 larger than the outcomes',
      report: withCells(small2021, { 'table3.granted.natural': 2, 'table3.granted.total': 2 }),
      findings: [
        { code: 'T3-OUTCOME-SUM', severity: 'error', table: '3', column: '自然人', expected: 2, actual: 3 },
        { code: 'T3-OUTCOME-SUM', severity: 'error', table: '3', column: '总计', expected: 2, actual: 3 },
      ],
      messages: {
        zh: '表三「自然人」列：（七）总计为 3，各项办理结果之和为 2',
        en: 'the outcome total is 3, the outcome rows sum to 2',
      },
    },
    {
      name: 'the 2021 （六） sub-rows are outcomes too',
      report: withCells(small2021, { 'table3.otherNoFee.natural': 1, 'table3.otherNoFee.total': 1 }),
      findings: [
        { code: 'T3-OUTCOME-SUM', severity: 'error', table: '3', column: '自然人', expected: 4, actual: 3 },
        { code: 'T3-OUTCOME-SUM', severity: 'error', table: '3', column: '总计', expected: 4, actual: 3 },
      ],
    },
    {
      name: '(七)总计 left blank although outcomes exist is a blank, not this error; a wrong one is',
      report: withCells(small2019, { 'table3.outcomeTotal.commercial': 5 }),
      findings: [{ code: 'T3-OUTCOME-SUM', severity: 'error', table: '3', column: '商业企业', expected: 2, actual: 5 }],
    },
  ],
});

ruleTests('T3-ROW-TOTAL', {
  valid: [
    { name: 'totals equal the applicant columns', report: small2021 },
    { name: 'Shanghai 2019: a blank total is CELL-BLANK, not this error', report: shanghai },
    { name: 'every cell filled (2019)', report: cleanReport('2019') },
  ],
  invalid: [
    {
      name: 'a company application missing from 总计',
      report: withCells(small2021, { 'table3.received.commercial': 1 }),
      findings: [{ code: 'T3-ROW-TOTAL', severity: 'error', table: '3', row: RECEIVED, expected: 6, actual: 5 }],
      messages: { zh: `表三「${RECEIVED}」行：总计为 5，各申请人列之和为 6`, en: 'the applicant columns sum to 6' },
    },
    {
      name: 'a total with no parts',
      report: withCells(small2021, { 'table3.carriedForward.total': 4 }),
      findings: [{ code: 'T3-ROW-TOTAL', severity: 'error', table: '3', row: CARRIED_FORWARD, expected: 2, actual: 4 }],
    },
    {
      name: 'every row is checked, including （六） sub-rows',
      report: withCells(zeroReport('2021'), { 'table3.otherOther.total': 1, 'table3.withheldQuery.research': 2 }),
      findings: [
        { code: 'T3-ROW-TOTAL', severity: 'error', table: '3', row: '8.属于行政查询事项', expected: 2, actual: 0 },
        { code: 'T3-ROW-TOTAL', severity: 'error', table: '3', row: '3.其他', expected: 0, actual: 1 },
      ],
    },
  ],
});

ruleTests('T4-TOTAL', {
  valid: [
    { name: 'all zero', report: zeroReport('2021') },
    { name: 'Huaian 2024 as printed', report: huaian },
    { name: 'Shanghai 2019: blank outcomes count as 0', report: shanghai },
  ],
  invalid: [
    {
      name: 'a review result left out of the total',
      report: withCells(zeroReport('2021'), { 'table4.review.upheld': 1 }),
      findings: [{ code: 'T4-TOTAL', severity: 'error', table: '4', group: '行政复议', expected: 1, actual: 0 }],
      messages: {
        zh: '表四「行政复议」：总计为 0，结果维持、结果纠正、其他结果、尚未审结之和为 1',
        en: 'Table 4, "行政复议": total is 0',
      },
    },
    {
      name: 'two groups wrong (2019)',
      report: withCells(zeroReport('2019'), {
        'table4.litigationDirect.total': 2,
        'table4.litigationAfterReview.corrected': 1,
        'table4.litigationAfterReview.pending': 2,
        'table4.litigationAfterReview.total': 4,
      }),
      findings: [
        { code: 'T4-TOTAL', severity: 'error', table: '4', group: '未经复议直接起诉', expected: 0, actual: 2 },
        { code: 'T4-TOTAL', severity: 'error', table: '4', group: '复议后起诉', expected: 3, actual: 4 },
      ],
    },
  ],
});

ruleTests('CELL-INVALID', {
  valid: [
    { name: 'a decimal fee in 万元 (Huaian 96171.6)', report: huaian },
    { name: 'a negative 本年增/减 in 2019', report: withCells(zeroReport('2019'), { 'table2.licensing.change': -3 }) },
    { name: '采购总金额 as printed (251000, unit 元)', report: shanghai },
    { name: 'blank cells', report: withCells(zeroReport('2021'), { 'table2.rules.issued': null }) },
  ],
  invalid: [
    {
      name: 'a negative count in table 3',
      report: withCells(zeroReport('2021'), { 'table3.received.natural': -1 }),
      findings: [{ code: 'CELL-INVALID', severity: 'error', table: '3', row: RECEIVED, column: '自然人', actual: -1 }],
      messages: { zh: '不能为负数', en: 'negative' },
    },
    {
      name: 'a fractional count in table 2 and a fractional 本年增/减',
      report: withCells(zeroReport('2019'), { 'table2.penalty.decisions': 2.5, 'table2.fees.change': 1.5 }),
      findings: [
        { code: 'CELL-INVALID', severity: 'error', table: '2', row: '行政处罚', column: '处理决定数量', actual: 2.5 },
        {
          code: 'CELL-INVALID',
          severity: 'error',
          table: '2',
          row: '行政事业性收费',
          column: '本年增/减',
          actual: 1.5,
        },
      ],
      messages: { zh: '件数必须为整数', en: 'a count must be a whole number' },
    },
    {
      name: 'a negative fee',
      report: withCells(zeroReport('2021'), { 'table2.fees.feeAmount': -0.5 }),
      findings: [
        {
          code: 'CELL-INVALID',
          severity: 'error',
          table: '2',
          row: '行政事业性收费',
          column: '本年收费金额（单位：万元）',
          actual: -0.5,
        },
      ],
    },
    {
      name: 'a value that is not a number (bypassing the constructors)',
      report: withCells(zeroReport('2021'), {
        'table4.review.pending': '3',
        'table3.granted.legalService': Number.NaN,
      }),
      findings: [
        { code: 'CELL-INVALID', severity: 'error', table: '3', row: GRANTED, column: '法律服务机构', actual: null },
        { code: 'CELL-INVALID', severity: 'error', table: '4', group: '行政复议', column: '尚未审结', actual: null },
      ],
      messages: { zh: '不是数字', en: 'not a number' },
    },
    {
      name: 'a table 4 row that is not an object (bypassing the constructors): each of its cells',
      report: { ...zeroReport('2021'), table4: { ...zeroReport('2021').table4, review: null } } as never,
      findings: ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'].map((column) => ({
        code: 'CELL-INVALID',
        severity: 'error',
        table: '4',
        group: '行政复议',
        column,
        actual: null,
      })),
    },
  ],
});

ruleTests('CELL-BLANK', {
  valid: [
    { name: 'every cell filled', report: cleanReport('2021') },
    { name: 'Huaian 2024 as printed', report: huaian },
  ],
  invalid: [
    {
      name: 'a blank 总计 whose parts are not zero: a warning saying the relations used its parts, not 0',
      report: withCells(small2021, { 'table3.granted.total': null }),
      findings: [
        {
          code: 'CELL-BLANK',
          severity: 'warning',
          table: '3',
          row: GRANTED,
          column: '总计',
          expected: 3,
          actual: null,
        },
      ],
      messages: {
        zh: `表3「${GRANTED}」行「总计」列为空白，按其组成部分应为 3；检查表格关系时该单元格按 3 计算，而不是按 0`,
        en: 'is blank; its parts add up to 3, and the relations were checked with 3 for it, not 0',
      },
    },
    {
      // The case: 四、结转下年度继续办理 总计 blank, its parts printed. T3-BALANCE holds
      // with the inferred 2, so the warning must say 2 was used; the info counts the other blank only.
      name: 'a blank carried-forward 总计 with its parts printed, beside a blank that counts as 0',
      report: withCells(small2021, { 'table3.carriedForward.total': null, 'table3.received.research': null }),
      findings: [
        {
          code: 'CELL-BLANK',
          severity: 'warning',
          table: '3',
          row: CARRIED_FORWARD,
          column: '总计',
          expected: 2,
          actual: null,
        },
        { code: 'CELL-BLANK', severity: 'info', table: '3' },
      ],
      messages: { zh: '检查表格关系时该单元格按 2 计算', en: 'the relations were checked with 2 for it, not 0' },
    },
    {
      name: 'a blank table 4 total',
      report: withCells(zeroReport('2021'), { 'table4.review.upheld': 1, 'table4.review.total': null }),
      findings: [
        {
          code: 'CELL-BLANK',
          severity: 'warning',
          table: '4',
          group: '行政复议',
          column: '总计',
          expected: 1,
          actual: null,
        },
      ],
    },
    {
      name: 'blanks that stand for 0 are counted per table (info)',
      report: withCells(zeroReport('2019'), {
        'table2.procurement.amount': null,
        'table3.carriedOver.research': null,
        'table3.received.research': null,
      }),
      findings: [
        { code: 'CELL-BLANK', severity: 'info', table: '2' },
        { code: 'CELL-BLANK', severity: 'info', table: '3' },
      ],
      messages: { zh: '表2有 1 个空白单元格，检查表格关系时按 0 计算', en: 'Table 2 has 1 blank cells' },
    },
  ],
});

describe('relation engine', () => {
  it('never runs a relation through a blank as if it were an error when the parts are all zero', () => {
    const report = withCells(zeroReport('2021'), { 'table3.granted.total': null, 'table4.review.total': null });
    expect(check(report).map((f) => [f.code, f.severity])).toEqual([
      ['CELL-BLANK', 'info'],
      ['CELL-BLANK', 'info'],
    ]);
  });

  it('names every cell of the failing relation instance', () => {
    const report = withCells(zeroReport('2021'), { 'table4.review.upheld': 1 });
    const [finding] = check(report).filter((f) => f.code === 'T4-TOTAL');
    expect(finding?.cells).toEqual([
      { table: '4', row: 'review', column: 'total' },
      { table: '4', row: 'review', column: 'upheld' },
      { table: '4', row: 'review', column: 'corrected' },
      { table: '4', row: 'review', column: 'other' },
      { table: '4', row: 'review', column: 'pending' },
    ]);
  });

  it('turns a code off without running it', () => {
    const report = withCells(small2021, { 'table3.received.commercial': 1 });
    const codes = check(report, { rules: { 'T3-ROW-TOTAL': 'off', 'T3-BALANCE': 'off' } }).map((f) => f.code);
    expect(codes).toEqual([]);
  });
});

describe('reading cells', () => {
  /** The same report with every row's columns in reverse order (as JSON from another tool may have them). */
  function reversedRows<R>(report: R): R {
    const copy = structuredClone(report) as Record<string, unknown>;
    for (const name of ['table2', 'table3', 'table4']) {
      const table = copy[name] as Record<string, Record<string, unknown>>;
      for (const key of Object.keys(table)) table[key] = Object.fromEntries(Object.entries(table[key]!).reverse());
    }
    return copy as R;
  }

  it('gives the same findings whatever the order of a row’s keys', () => {
    const broken = withCells(small2021, {
      'table3.carriedForward.natural': 1,
      'table3.granted.total': null,
      'table4.review.upheld': 2,
    });
    expect(check(reversedRows(broken))).toEqual(check(broken));
    expect(check(reversedRows(small2021))).toEqual([]);
  });

  it('reads a row with a key it does not know by its known keys', () => {
    const report = structuredClone(small2021) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    report.table3!.received = { extra: 1, ...report.table3!.received };
    expect(check(report as unknown as typeof small2021)).toEqual([]);
  });
});

ruleTests('TABLE-BLANK', {
  valid: [
    { name: 'all zero: a table filled with 0 is filled', report: zeroReport('2021') },
    {
      name: 'one value in table 3 among blanks',
      report: withCells(blankTables(zeroReport('2019'), '3'), { 'table3.received.natural': 0 }),
    },
    {
      name: 'table 2 blank throughout: no relation of the report runs on it',
      report: blankTables(zeroReport('2021'), '2'),
    },
    {
      name: "a table the reader could not read is the reader's finding (PARSE-TABLE-MISSING), not this",
      report: blankTables(zeroReport('2021'), '4'),
      options: { unread: unreadCells('2021', [{ code: 'PARSE-TABLE-MISSING', path: ['table4'] }]) },
    },
  ],
  invalid: [
    {
      name: 'table 3 absent from a CSV (every cell blank)',
      report: blankTables(zeroReport('2021'), '3'),
      findings: [{ code: 'TABLE-BLANK', severity: 'error', table: '3' }],
      messages: {
        zh: '表3「收到和处理政府信息公开申请情况」没有任何数值（全部空白或缺失），该表的关系无法检查',
        en: 'Table 3 (收到和处理政府信息公开申请情况) holds no value at all',
      },
    },
    {
      name: 'tables 3 and 4 both blank (2019 format)',
      report: blankTables(zeroReport('2019'), '3', '4'),
      findings: [
        { code: 'TABLE-BLANK', severity: 'error', table: '3' },
        { code: 'TABLE-BLANK', severity: 'error', table: '4' },
      ],
    },
  ],
});

describe('TABLE-BLANK', () => {
  it('replaces the count of blanks of that table (the other tables keep theirs)', () => {
    const report = withCells(blankTables(zeroReport('2021'), '4'), { 'table3.received.research': null });
    expect(check(report).map((f) => [f.code, f.severity, f.table])).toEqual([
      ['TABLE-BLANK', 'error', '4'],
      ['CELL-BLANK', 'info', '3'],
    ]);
  });
});
