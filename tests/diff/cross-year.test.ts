import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { CROSS_YEAR_RULES } from '../../src/diff/index.js';
import { REPORT_RULES } from '../../src/check/index.js';
import { RULES } from '../../src/findings/index.js';
import type { Report } from '../../src/model/types.js';
import { withCells, zeroReport } from '../support/reports.js';
import { ruleTests } from '../support/rule-tester.js';
import { PROBLEMS_SECTIONS, renumbered } from './narratives.js';

/** A clean report of the 2021 format for 2024, and the same body's for 2023 (or 2020 in the 2019 format). */
const y2024 = (cells: Record<string, unknown> = {}): Report => withCells(zeroReport('2021', { year: 2024 }), cells);
const y2023 = (cells: Record<string, unknown> = {}): Report => withCells(zeroReport('2021', { year: 2023 }), cells);
const y2021 = (cells: Record<string, unknown> = {}): Report => withCells(zeroReport('2021', { year: 2021 }), cells);
const y2020 = (cells: Record<string, unknown> = {}): Report => withCells(zeroReport('2019', { year: 2020 }), cells);

const withProblems = (report: Report, text: string): Report => {
  const copy = structuredClone(report);
  copy.sections.problems = { heading: '五、存在的主要问题及改进情况', text };
  return copy;
};

ruleTests('X-CARRYOVER', {
  valid: [
    {
      name: 'carried over as carried forward',
      report: y2024({ 'table3.carriedOver.natural': 3 }),
      options: { previous: y2023({ 'table3.carriedForward.natural': 3 }) },
    },
    {
      name: 'blank in both years',
      report: y2024({ 'table3.carriedOver.natural': null }),
      options: { previous: y2023({ 'table3.carriedForward.natural': null }) },
    },
    {
      name: 'blank this year, 0 last year',
      report: y2024({ 'table3.carriedOver.research': null }),
      options: { previous: y2023() },
    },
    {
      name: 'across the format change',
      report: y2021({ 'table3.carriedOver.commercial': 2 }),
      options: { previous: y2020({ 'table3.carriedForward.commercial': 2 }) },
    },
    { name: 'without a previous report nothing is compared', report: y2024({ 'table3.carriedOver.natural': 3 }) },
  ],
  invalid: [
    {
      name: 'fewer carried over than carried forward',
      report: y2024({ 'table3.carriedOver.natural': 2 }),
      options: { previous: y2023({ 'table3.carriedForward.natural': 3 }) },
      findings: [
        {
          code: 'X-CARRYOVER',
          severity: 'warning',
          table: '3',
          row: '二、上年结转政府信息公开申请数量',
          column: '自然人',
          expected: 3,
          actual: 2,
        },
      ],
      messages: {
        zh: '二、上年结转为 2，而 2023 年报告的四、结转下年度继续办理为 3',
        en: 'carried over from last year is 2, but the 2023 report carried forward 3',
      },
    },
    {
      name: 'blank this year where last year carried forward',
      report: y2024({ 'table3.carriedOver.total': null }),
      options: { previous: y2023({ 'table3.carriedForward.total': 4 }) },
      findings: [
        {
          code: 'X-CARRYOVER',
          severity: 'warning',
          table: '3',
          row: '二、上年结转政府信息公开申请数量',
          column: '总计',
          expected: 4,
          actual: null,
        },
      ],
    },
    {
      name: 'across the format change',
      report: y2021({ 'table3.carriedOver.legalService': 1 }),
      options: { previous: y2020() },
      findings: [
        {
          code: 'X-CARRYOVER',
          severity: 'warning',
          table: '3',
          row: '二、上年结转政府信息公开申请数量',
          column: '法律服务机构',
          expected: 0,
          actual: 1,
        },
      ],
    },
  ],
});

ruleTests('X-STOCK', {
  valid: [
    {
      name: 'in force = last year + issued − repealed',
      report: y2024({ 'table2.rules.issued': 2, 'table2.rules.repealed': 1, 'table2.rules.inForce': 11 }),
      options: { previous: y2023({ 'table2.rules.inForce': 10 }) },
    },
    {
      name: 'blank in force this year',
      report: y2024({ 'table2.rules.inForce': null, 'table2.rules.issued': 3 }),
      options: { previous: y2023({ 'table2.rules.inForce': 10 }) },
    },
    {
      name: 'not across the format change',
      report: y2021({ 'table2.rules.inForce': 40 }),
      options: { previous: y2020({ 'table2.rules.totalPublished': 10 }) },
    },
  ],
  invalid: [
    {
      name: 'more in force than last year allows',
      report: y2024({
        'table2.normativeDocuments.issued': 2,
        'table2.normativeDocuments.repealed': 1,
        'table2.normativeDocuments.inForce': 12,
      }),
      options: { previous: y2023({ 'table2.normativeDocuments.inForce': 10 }) },
      findings: [
        {
          code: 'X-STOCK',
          severity: 'warning',
          table: '2',
          row: '行政规范性文件',
          column: '现行有效件数',
          expected: 11,
          actual: 12,
        },
      ],
      messages: {
        zh: '按 2023 年现行有效件数 10 + 本年制发件数 2 − 本年废止件数 1 应为 11',
        en: '10 in force in 2023 + 2 issued − 1 repealed = 11',
      },
    },
    {
      name: 'repealed documents not taken off (the 淮安 2024 figures against an invented 2023)',
      report: y2024({
        'table2.normativeDocuments.issued': 8,
        'table2.normativeDocuments.repealed': 26,
        'table2.normativeDocuments.inForce': 66,
      }),
      options: { previous: y2023({ 'table2.normativeDocuments.inForce': 66 }) },
      findings: [
        {
          code: 'X-STOCK',
          severity: 'warning',
          table: '2',
          row: '行政规范性文件',
          column: '现行有效件数',
          expected: 48,
          actual: 66,
        },
      ],
    },
  ],
});

const beiguan5 = PROBLEMS_SECTIONS.北关区应急管理局2024 as string;
const shanghai5 = PROBLEMS_SECTIONS.上海市人民政府办公厅2019 as string;

ruleTests('X-TEXT-REUSE', {
  valid: [
    {
      name: 'two different bodies’ sections',
      report: withProblems(y2024(), beiguan5),
      options: { previous: withProblems(y2023(), shanghai5) },
    },
    {
      name: 'half of the section rewritten',
      report: withProblems(
        y2024(),
        beiguan5.slice(0, Math.floor(beiguan5.length / 2)) + shanghai5.slice(0, Math.floor(beiguan5.length / 2)),
      ),
      options: { previous: withProblems(y2023(), beiguan5) },
    },
    { name: 'a one-line statement repeated every year', report: y2024(), options: { previous: y2023() } },
    {
      name: 'a table section, whose labels repeat by design',
      report: (() => {
        const r = y2024();
        r.sections.requests = { heading: '三、收到和处理政府信息公开申请情况', text: beiguan5 };
        return r;
      })(),
      options: {
        previous: (() => {
          const r = y2023();
          r.sections.requests = { heading: '三、收到和处理政府信息公开申请情况', text: beiguan5 };
          return r;
        })(),
      },
    },
  ],
  invalid: [
    {
      name: 'last year’s section with its years and numbers changed',
      report: withProblems(y2024(), beiguan5),
      options: { previous: withProblems(y2023(), renumbered(beiguan5)) },
      findings: [{ code: 'X-TEXT-REUSE', severity: 'warning', quote: beiguan5 }],
      messages: {
        zh: '与 2023 年报告同一部分内容雷同（100% 的文字上年已有）',
        en: 'largely repeats the 2023 report (100% of its text was already there)',
      },
    },
    {
      name: 'last year’s section with a paragraph appended',
      report: withProblems(y2024(), `${shanghai5}\n七是加强政务公开队伍建设，开展业务培训。`),
      options: { previous: withProblems(y2023(), renumbered(shanghai5)) },
      findings: [{ code: 'X-TEXT-REUSE', severity: 'warning', quote: shanghai5 }],
    },
  ],
});

ruleTests('X-JUMP', {
  valid: [
    {
      name: '12 → 59',
      report: y2024({ 'table2.penalty.decisions': 59 }),
      options: { previous: y2023({ 'table2.penalty.decisions': 12 }) },
    },
    {
      name: '3 → 40 (below the floor)',
      report: y2024({ 'table2.penalty.decisions': 40 }),
      options: { previous: y2023({ 'table2.penalty.decisions': 3 }) },
    },
    {
      name: '10 → 45',
      report: y2024({ 'table2.licensing.decisions': 45 }),
      options: { previous: y2023({ 'table2.licensing.decisions': 10 }) },
    },
    {
      name: 'blank → 500 (a blank is not a value)',
      report: y2024({ 'table2.licensing.decisions': 500 }),
      options: { previous: y2023({ 'table2.licensing.decisions': null }) },
    },
  ],
  invalid: [
    {
      name: '12 → 60',
      report: y2024({ 'table2.penalty.decisions': 60 }),
      options: { previous: y2023({ 'table2.penalty.decisions': 12 }) },
      findings: [
        {
          code: 'X-JUMP',
          severity: 'info',
          table: '2',
          row: '行政处罚',
          column: '本年处理决定数量',
          expected: 12,
          actual: 60,
        },
      ],
      messages: { zh: '由 2023 年的 12 变为 60', en: 'went from 12 in 2023 to 60' },
    },
    {
      name: '0 → 50 and 100 → 20',
      report: y2024({ 'table4.review.upheld': 50, 'table2.fees.feeAmount': 20 }),
      options: { previous: y2023({ 'table2.fees.feeAmount': 100 }) },
      findings: [
        {
          code: 'X-JUMP',
          severity: 'info',
          table: '2',
          row: '行政事业性收费',
          column: '本年收费金额（单位：万元）',
          expected: 100,
          actual: 20,
        },
        {
          code: 'X-JUMP',
          severity: 'info',
          table: '4',
          group: '行政复议',
          column: '结果维持',
          expected: 0,
          actual: 50,
        },
      ],
    },
    {
      name: 'across the format change, on a comparable cell',
      report: y2021({ 'table2.penalty.decisions': 100 }),
      options: { previous: y2020({ 'table2.penalty.decisions': 10 }) },
      findings: [
        {
          code: 'X-JUMP',
          severity: 'info',
          table: '2',
          row: '行政处罚',
          column: '本年处理决定数量',
          expected: 10,
          actual: 100,
        },
      ],
    },
  ],
});

describe('cross-year checks in check()', () => {
  it('refuse a previous report that is not about the year before', () => {
    expect(() => check(y2024(), { previous: y2024() })).toThrow('the previous report is about 2024, not 2023');
  });

  it('can be switched off per code', () => {
    const options = {
      previous: y2023({ 'table3.carriedForward.natural': 3 }),
      rules: { 'X-CARRYOVER': 'off' },
    } as const;
    expect(check(y2024(), options).filter((f) => f.code.startsWith('X-'))).toEqual([]);
  });

  it('every cross-year code has messages and a registry entry, distinct from the report rules', () => {
    expect(CROSS_YEAR_RULES.map((r) => r.code)).toEqual(['X-CARRYOVER', 'X-STOCK', 'X-TEXT-REUSE', 'X-JUMP']);
    for (const r of CROSS_YEAR_RULES) {
      expect(RULES.find((x) => x.code === r.code)?.message).toBeTypeOf('function');
      expect(REPORT_RULES.some((x) => x.code === r.code)).toBe(false);
    }
  });
});
