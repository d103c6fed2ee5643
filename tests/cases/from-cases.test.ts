import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CaseInputError, fromCases, type AppealCase, type ApplicationCase } from '../../src/cases/index.js';
import { check } from '../../src/check/index.js';
import { getTable, type FormatVersion } from '../../src/format/index.js';
import { T3_APPLICANT_COLUMNS, T4_GROUPS } from '../../src/format/shared.js';
import type { Report2019 } from '../../src/model/types.js';
import { strictFindings } from '../rollup/support.js';
import { table3Rows } from '../support/reports.js';

const register = {
  applications: [
    // Received last year, still open on 1 January: 上年结转, decided this year.
    { id: 'YSQ-2023-041', received: '2023-12-18', applicant: 'natural', closed: '2024-01-10', outcome: 'granted' },
    // Received and decided last year: not this year's business.
    { id: 'YSQ-2023-007', received: '2023-03-01', applicant: 'natural', closed: '2023-03-15', outcome: 'granted' },
    {
      id: 'YSQ-2024-001',
      received: '2024-02-05',
      applicant: 'natural',
      closed: '2024-02-20',
      outcome: 'unavailableNotHeld',
    },
    {
      id: 'YSQ-2024-002',
      received: '2024-04-11',
      applicant: 'commercial',
      closed: '2024-05-06',
      outcome: 'partlyGranted',
    },
    {
      id: 'YSQ-2024-003',
      received: '2024-06-30',
      applicant: 'legalService',
      closed: '2024-07-19',
      outcome: 'otherNoCorrection',
    },
    // Received this year, open on 31 December: 结转下年度继续办理.
    { id: 'YSQ-2024-004', received: '2024-12-22', applicant: 'natural' },
    { id: 'YSQ-2024-005', received: '2024-12-30', applicant: 'research', closed: '2025-01-08', outcome: 'granted' },
    // Received next year: not counted.
    { id: 'YSQ-2025-001', received: '2025-01-03', applicant: 'natural' },
  ],
  appeals: [
    { id: 'FY-2023-02', kind: 'review', filed: '2023-11-02', closed: '2024-01-20', result: 'upheld' },
    { id: 'FY-2024-01', kind: 'review', filed: '2024-03-01', closed: '2024-05-10', result: 'corrected' },
    { id: 'SS-2024-01', kind: 'litigationDirect', filed: '2024-09-01' },
    { id: 'FY-2022-01', kind: 'review', filed: '2022-04-01', closed: '2022-06-01', result: 'upheld' },
  ],
} satisfies { applications: ApplicationCase<'2021'>[]; appeals: AppealCase[] };

describe('fromCases', () => {
  const report = fromCases(register, { year: 2024, agency: '某县自然资源局' });

  it('builds table 3 from the applications', () => {
    expect(report.format).toBe('2021');
    expect(report.meta).toMatchObject({ agency: '某县自然资源局', year: 2024, level: 'department' });
    const t3 = report.table3;
    expect(t3.received).toEqual({
      natural: 2,
      commercial: 1,
      research: 1,
      publicInterest: 0,
      legalService: 1,
      otherOrg: 0,
      total: 5,
    });
    expect(t3.carriedOver).toEqual({
      natural: 1,
      commercial: 0,
      research: 0,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
      total: 1,
    });
    expect(t3.granted.natural).toBe(1);
    expect(t3.unavailableNotHeld.natural).toBe(1);
    expect(t3.partlyGranted.commercial).toBe(1);
    expect(t3.otherNoCorrection.legalService).toBe(1);
    expect(t3.outcomeTotal.total).toBe(4);
    expect(t3.carriedForward).toEqual({
      natural: 1,
      commercial: 0,
      research: 1,
      publicInterest: 0,
      legalService: 0,
      otherOrg: 0,
      total: 2,
    });
  });

  it('builds table 4 from the review and litigation cases open during the year', () => {
    expect(report.table4.review).toEqual({ upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 });
    expect(report.table4.litigationDirect).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
    expect(report.table4.litigationAfterReview).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  });

  it('fills every count (0, never blank) and leaves table 2 blank', () => {
    expect(Object.values(report.table3).every((row) => Object.values(row).every((v) => typeof v === 'number'))).toBe(
      true,
    );
    expect(Object.values(report.table2).every((row) => Object.values(row).every((v) => v === null))).toBe(true);
    expect(strictFindings(report)).toEqual([]);
  });

  it('last year’s 结转下年度 equals this year’s 上年结转 when both come from one register', () => {
    const last = fromCases(register, { year: 2023, agency: '某县自然资源局' });
    expect(last.table3.carriedForward).toEqual(report.table3.carriedOver);
    expect(check(report, { previous: last }).filter((f) => f.code === 'X-CARRYOVER')).toEqual([]);
  });

  it('uses the 2019 format for 2020, with its single （六） row', () => {
    const old = fromCases(
      {
        applications: [
          { id: 'A1', received: '2020-05-01', applicant: 'otherOrg', closed: '2020-05-20', outcome: 'otherHandling' },
        ],
      },
      { year: 2020, agency: '某县自然资源局' },
    ) as Report2019;
    expect(old.format).toBe('2019');
    expect(old.table3.otherHandling.otherOrg).toBe(1);
  });
});

describe('invalid cases are rejected, each named by index and id', () => {
  const issuesOf = (applications: unknown[], appeals: unknown[] = [], year = 2024) => {
    try {
      fromCases({ applications, appeals } as never, { year, agency: '某局' });
    } catch (e) {
      expect(e).toBeInstanceOf(CaseInputError);
      return (e as CaseInputError).issues;
    }
    throw new Error('expected a CaseInputError');
  };

  it('closed before received', () => {
    expect(
      issuesOf([{ id: 'A7', received: '2024-05-02', applicant: 'natural', closed: '2024-05-01', outcome: 'granted' }]),
    ).toEqual([
      { list: 'applications', index: 0, id: 'A7', message: 'closed 2024-05-01 before it was received 2024-05-02' },
    ]);
  });

  it('unknown outcome, and an outcome the format does not have', () => {
    const issues = issuesOf([
      { id: 'A1', received: '2024-01-02', applicant: 'natural', closed: '2024-01-09', outcome: 'approved' },
      { id: 'A2', received: '2024-01-02', applicant: 'natural', closed: '2024-01-09', outcome: 'otherHandling' },
    ]);
    expect(issues.map((i) => [i.index, i.id])).toEqual([
      [0, 'A1'],
      [1, 'A2'],
    ]);
    expect(issues[0]?.message).toMatch(/^unknown outcome "approved"; expected one of granted, partlyGranted, /);
    expect(issues[1]?.message).toBe(
      'outcome "otherHandling" exists only in the 2019 format, not in this 2021-format report',
    );
  });

  it('dates that are not real, and missing pieces', () => {
    const issues = issuesOf([
      { id: 'A1', received: '2024-02-30', applicant: 'natural' },
      { id: 'A2', received: '2024/03/01', applicant: 'citizen' },
      { id: 'A3', received: '2024-03-01', applicant: 'natural', closed: '2024-03-05' },
      { id: 'A4', received: '2024-03-01', applicant: 'natural', outcome: 'granted' },
      { received: '2024-03-01', applicant: 'natural' },
      { id: 'A1', received: '2024-03-01', applicant: 'natural' },
    ]);
    expect(issues).toEqual([
      {
        list: 'applications',
        index: 0,
        id: 'A1',
        message: 'received must be a real date as YYYY-MM-DD, got "2024-02-30"',
      },
      { list: 'applications', index: 1, id: 'A2', message: expect.stringMatching(/^unknown applicant "citizen"/) },
      {
        list: 'applications',
        index: 1,
        id: 'A2',
        message: 'received must be a real date as YYYY-MM-DD, got "2024/03/01"',
      },
      { list: 'applications', index: 2, id: 'A3', message: 'is closed but has no outcome' },
      { list: 'applications', index: 3, id: 'A4', message: 'has outcome "granted" but no closing date' },
      { list: 'applications', index: 4, id: '', message: 'has no id' },
      { list: 'applications', index: 5, id: 'A1', message: 'has the same id as applications[0]' },
    ]);
  });

  it('appeals with an unknown kind or result, or decided before filed', () => {
    const issues = issuesOf(
      [],
      [
        { id: 'F1', kind: 'arbitration', filed: '2024-01-01' },
        { id: 'F2', kind: 'review', filed: '2024-03-01', closed: '2024-02-01', result: 'upheld' },
        { id: 'F3', kind: 'review', filed: '2024-03-01', closed: '2024-04-01', result: 'pending' },
      ],
    );
    expect(issues.map((i) => `${i.list}[${i.index}] ${i.id}: ${i.message}`)).toEqual([
      'appeals[0] F1: unknown kind "arbitration"; expected one of review, litigationDirect, litigationAfterReview',
      'appeals[1] F2: closed 2024-02-01 before it was filed 2024-03-01',
      'appeals[2] F3: unknown result "pending"; expected one of upheld, corrected, other',
    ]);
  });

  it('the error message names every case', () => {
    expect(() =>
      fromCases({ applications: [{ id: 'A9', received: 'yesterday', applicant: 'natural' }] } as never, {
        year: 2024,
        agency: '某局',
      }),
    ).toThrow('applications[0] (id "A9"): received must be a real date as YYYY-MM-DD, got "yesterday"');
  });

  it('a year no national format applies to', () => {
    expect(() => fromCases({ applications: [] }, { year: 2017, agency: '某局' })).toThrow(
      /no national format applies to 2017/,
    );
  });
});

const dateIn = (from: number, to: number) =>
  fc
    .date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

function registerArb(format: FormatVersion, year: number) {
  const outcomes = table3Rows(format).outcomes;
  const application = fc
    .record({
      received: dateIn(year - 2, year + 1),
      applicant: fc.constantFrom(...T3_APPLICANT_COLUMNS),
      outcome: fc.constantFrom(...outcomes),
      days: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    })
    .map(({ received, applicant, outcome, days }) => {
      const closed =
        days === undefined ? undefined : new Date(Date.parse(received) + days * 86_400_000).toISOString().slice(0, 10);
      return closed ? { received, applicant, closed, outcome } : { received, applicant };
    });
  const appeal = fc
    .record({
      filed: dateIn(year - 2, year + 1),
      kind: fc.constantFrom(...T4_GROUPS.map((g) => g.key)),
      result: fc.constantFrom('upheld', 'corrected', 'other'),
      days: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
    })
    .map(({ filed, kind, result, days }) => {
      const closed =
        days === undefined ? undefined : new Date(Date.parse(filed) + days * 86_400_000).toISOString().slice(0, 10);
      return closed ? { filed, kind, closed, result } : { filed, kind };
    });
  return fc
    .record({ applications: fc.array(application, { maxLength: 60 }), appeals: fc.array(appeal, { maxLength: 20 }) })
    .map((r) => ({
      applications: r.applications.map((a, i) => ({ id: `A${i}`, ...a })),
      appeals: r.appeals.map((a, i) => ({ id: `F${i}`, ...a })),
    }));
}

describe.each([
  ['2021', 2024],
  ['2019', 2019],
] as const)('tables built from any valid register (%s format)', (format, year) => {
  it('always pass every strict check, and the carry-over links consecutive years', () => {
    fc.assert(
      fc.property(registerArb(format, year), (reg) => {
        const report = fromCases(reg as never, { year, format, agency: '某局' });
        expect(strictFindings(report)).toEqual([]);
        const received = reg.applications.filter((a) => a.received.startsWith(String(year))).length;
        expect(report.table3.received.total).toBe(received);
        const next = fromCases(reg as never, { year: year + 1, format, agency: '某局' });
        expect(next.table3.carriedOver).toEqual(report.table3.carriedForward);
      }),
      { numRuns: 200 },
    );
  });
});

it('every outcome row of each format is a valid outcome', () => {
  for (const format of ['2019', '2021'] as const) {
    const rows = (getTable(format, '3').blocks[0]?.rows ?? []).map((r) => r.key);
    for (const outcome of table3Rows(format).outcomes) {
      expect(rows).toContain(outcome);
      const year = format === '2021' ? 2024 : 2020;
      const r = fromCases(
        {
          applications: [
            { id: 'x', received: `${year}-01-01`, applicant: 'natural', closed: `${year}-01-02`, outcome },
          ],
        } as never,
        { year, agency: '某局' },
      );
      expect((r.table3 as Record<string, Record<string, number>>)[outcome]?.natural).toBe(1);
    }
  }
});
