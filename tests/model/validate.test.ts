import { describe, expect, it } from 'vitest';
import {
  createReport,
  validateReport,
  ReportInputError,
  safeValidateReport,
  type InputIssue,
} from '../../src/model/validate.js';
import { emptyReport } from '../../src/model/empty.js';
import { cleanReport } from '../support/reports.js';
import { readTruth, truthToReport } from '../support/truth.js';

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function issuesOf(input: unknown, partial = false): InputIssue[] {
  const result = safeValidateReport(input, { partial });
  if (result.success) throw new Error('expected the input to be refused');
  return result.issues;
}

describe('emptyReport', () => {
  it('has every cell blank, no sections, and the given body', () => {
    const report = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
    expect(report.meta).toEqual({
      agency: '某县财政局',
      year: 2024,
      level: 'department',
      scope: 'unknown',
      published: null,
    });
    expect(report.sections).toEqual({});
    expect(report.topics).toEqual({});
    expect(report.units).toEqual({});
    const cells = [report.table2, report.table3, report.table4].flatMap((t) =>
      Object.values(t).flatMap((row) => Object.values(row)),
    );
    expect(cells).toHaveLength(200);
    expect(cells.every((v) => v === null)).toBe(true);
  });

  it('has the rows of its format', () => {
    const r2019 = emptyReport({
      format: '2019',
      agency: '某局',
      year: 2019,
      level: 'government',
      scope: 'region',
      published: '2020-03-01',
    });
    expect(Object.keys(r2019.table3)).toContain('otherHandling');
    expect(Object.keys(r2019.table3)).not.toContain('otherNoFee');
    expect(r2019.table2.procurement).toEqual({ projects: null, amount: null });
    expect(r2019.meta).toMatchObject({ level: 'government', scope: 'region', published: '2020-03-01' });
  });

  it('gives fresh objects each time', () => {
    const a = emptyReport({ format: '2021', agency: '甲', year: 2024 });
    const b = emptyReport({ format: '2021', agency: '乙', year: 2024 });
    a.table3.received.natural = 1;
    expect(b.table3.received.natural).toBeNull();
  });
});

describe('validateReport', () => {
  it('accepts a complete report as JSON and gives back an equal one', () => {
    for (const report of [
      cleanReport('2021'),
      cleanReport('2019'),
      truthToReport(readTruth('2019-shanghai-szfbgt.html')),
    ]) {
      expect(validateReport(asJson(report))).toEqual(report);
    }
  });

  it('keeps blanks as null, never 0', () => {
    const report = truthToReport(readTruth('2019-shanghai-szfbgt.html'));
    expect(validateReport(asJson(report)).table3.granted.total).toBeNull();
  });

  it('throws a ReportInputError listing every issue with its path', () => {
    const input = asJson(cleanReport('2021')) as Record<string, Record<string, Record<string, unknown>>>;
    input.table3!.received!.natural = -1;
    input.table3!.granted!.total = 2.5;
    input.table2!.fees!.feeAmount = '0.5';
    let error: unknown;
    try {
      validateReport(input);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ReportInputError);
    expect((error as ReportInputError).issues).toEqual([
      { path: ['table2', 'fees', 'feeAmount'], message: 'expected a number or null, got the string "0.5"' },
      { path: ['table3', 'received', 'natural'], message: 'expected a non-negative integer count, got -1' },
      { path: ['table3', 'granted', 'total'], message: 'expected a non-negative integer count, got 2.5' },
    ]);
    expect((error as Error).message).toContain(
      'table3.received.natural: expected a non-negative integer count, got -1',
    );
  });
});

describe('safeValidateReport', () => {
  const valid = asJson(cleanReport('2021')) as Record<string, unknown>;
  const edited = (edit: (r: Record<string, any>) => void): unknown => {
    const copy = structuredClone(valid) as Record<string, any>;
    edit(copy);
    return copy;
  };

  it('refuses what is not a report object', () => {
    expect(issuesOf(null)).toEqual([{ path: [], message: 'expected a report object, got null' }]);
    expect(issuesOf([])).toEqual([{ path: [], message: 'expected a report object, got an array' }]);
    expect(issuesOf('{}')).toEqual([{ path: [], message: 'expected a report object, got the string "{}"' }]);
  });

  it('names an unknown format and stops there', () => {
    expect(issuesOf({ ...valid, format: '2020' })).toEqual([
      { path: ['format'], message: 'expected "2019" or "2021", got the string "2020"' },
    ]);
    expect(issuesOf({ ...valid, format: undefined })).toEqual([
      { path: ['format'], message: 'expected "2019" or "2021", got nothing' },
    ]);
  });

  it('reports unknown keys at every level', () => {
    const issues = issuesOf(
      edited((r) => {
        r.extra = 1;
        r.meta.department = 'x';
        r.sections.seventh = { heading: '七', text: '' };
        r.sections.overview.note = '';
        r.table3.received.unknownColumn = 1;
        r.table3.unknownRow = {};
        r.units['nowhere/none'] = '元';
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      ['extra'],
      ['meta', 'department'],
      ['sections', 'seventh'],
      ['sections', 'overview', 'note'],
      ['table3', 'unknownRow'],
      ['table3', 'received', 'unknownColumn'],
      ['units', 'nowhere/none'],
    ]);
  });

  it('reports wrong types with what was found', () => {
    const issues = issuesOf(
      edited((r) => {
        r.meta.agency = '';
        r.meta.year = '2024';
        r.meta.level = 'county';
        r.meta.published = '2025-02-30';
        r.sections.other = '无';
        r.topics.oversight = 3;
        r.table4 = [];
      }),
    );
    expect(issues).toEqual([
      { path: ['meta', 'agency'], message: 'expected a non-empty string, got the string ""' },
      { path: ['meta', 'year'], message: 'expected a four-digit year, got the string "2024"' },
      {
        path: ['meta', 'level'],
        message: 'expected one of department, government, township, other, got the string "county"',
      },
      { path: ['meta', 'published'], message: 'expected a YYYY-MM-DD date or null, got the string "2025-02-30"' },
      { path: ['sections', 'other'], message: 'expected an object, got the string "无"' },
      { path: ['topics', 'oversight'], message: 'expected a string, got number 3' },
      { path: ['table4'], message: 'expected an object, got an array' },
    ]);
  });

  it('refuses negative and fractional counts, and non-integer signed values, but not decimals in money', () => {
    const issues = issuesOf(
      edited((r) => {
        r.table2.penalty.decisions = -2;
        r.table3.carriedForward.commercial = 0.5;
        r.table4.review.total = Number.MAX_SAFE_INTEGER + 0.5;
        r.table2.fees.feeAmount = 96171.6;
      }),
    );
    expect(issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['table2.penalty.decisions', 'expected a non-negative integer count, got -2'],
      ['table3.carriedForward.commercial', 'expected a non-negative integer count, got 0.5'],
    ]);
    const r2019 = asJson(cleanReport('2019')) as Record<string, any>;
    r2019.table2.licensing.change = -3;
    expect(safeValidateReport(r2019).success).toBe(true);
    r2019.table2.licensing.change = -3.5;
    expect(issuesOf(r2019)).toEqual([
      { path: ['table2', 'licensing', 'change'], message: 'expected an integer, got -3.5' },
    ]);
  });

  it('requires every field of a complete report, null for a blank cell', () => {
    const issues = issuesOf(
      edited((r) => {
        delete r.meta.published;
        delete r.table3.received.natural;
        delete r.topics;
      }),
    );
    expect(issues).toEqual([
      { path: ['meta', 'published'], message: 'required (null when unknown)' },
      { path: ['topics'], message: 'required' },
      { path: ['table3', 'received', 'natural'], message: 'required (null for a blank cell)' },
    ]);
  });

  it('does not let __proto__, constructor or prototype keys from JSON.parse reach any prototype', () => {
    const text = `{
      "__proto__": { "polluted": "root" },
      "constructor": { "prototype": { "polluted": "ctor" } },
      "format": "2021",
      "meta": { "agency": "某局", "year": 2024, "__proto__": { "polluted": "meta" } },
      "sections": { "__proto__": { "polluted": "sections" }, "prototype": {} },
      "topics": { "constructor": "x" },
      "table2": { "__proto__": { "polluted": 1 } },
      "table3": { "received": { "__proto__": { "polluted": 1 }, "natural": 1 }, "constructor": { "prototype": { "polluted": 1 } } },
      "table4": { "review": { "prototype": 1 } },
      "units": { "__proto__": "元" }
    }`;
    const input = JSON.parse(text);
    const result = safeValidateReport(input, { partial: true });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((i) => i.path.join('.'))).toEqual([
      '__proto__',
      'constructor',
      'meta.__proto__',
      'sections.__proto__',
      'sections.prototype',
      'topics.constructor',
      'table2.__proto__',
      'table3.constructor',
      'table3.received.__proto__',
      'table4.review.prototype',
      'units.__proto__',
    ]);
    expect(() => createReport(input)).toThrow(ReportInputError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('createReport', () => {
  it('fills what is not given with blanks and defaults', () => {
    const report = createReport({
      format: '2021',
      meta: { agency: '某县财政局', year: 2024 },
      table3: { received: { natural: 3, total: 3 } },
    });
    expect(report.meta).toEqual({
      agency: '某县财政局',
      year: 2024,
      level: 'department',
      scope: 'unknown',
      published: null,
    });
    expect(report.table3.received).toEqual({
      natural: 3,
      commercial: null,
      research: null,
      publicInterest: null,
      legalService: null,
      otherOrg: null,
      total: 3,
    });
    expect(report.table4.review.total).toBeNull();
    expect(report.sections).toEqual({});
  });

  it('names the bad field in the error', () => {
    expect(() => createReport({ format: '2021', meta: { year: 2024 } })).toThrow(/meta\.agency: required/);
    expect(() => createReport({ format: '2021', meta: { agency: '某局', year: 24 } })).toThrow(
      /meta\.year: expected a four-digit year, got number 24/,
    );
    expect(() =>
      createReport({ format: '2021', meta: { agency: '某局', year: 2024 }, table3: { received: { natural: -1 } } }),
    ).toThrow(/table3\.received\.natural: expected a non-negative integer count, got -1/);
    expect(() =>
      createReport({ format: '2021', meta: { agency: '某局', year: 2024 }, table2: { procurement: {} } }),
    ).toThrow(/table2\.procurement: unknown key/);
  });

  it('keeps the input untouched', () => {
    const input = {
      format: '2019',
      meta: { agency: '某局', year: 2020 },
      table2: { procurement: { amount: 251000 } },
      units: { 'procurement/amount': '元' },
    };
    const before = structuredClone(input);
    const report = createReport(input);
    expect(input).toEqual(before);
    report.units['procurement/amount'] = '万元';
    expect(input.units['procurement/amount']).toBe('元');
  });
});
