/**
 * `check` is given reports by untyped code (parsed JSON, JavaScript callers): a value that is not
 * a report is the caller's mistake, and the error says what is wrong, with paths.
 */
import { describe, expect, it } from 'vitest';
import { check, emptyReport, ReportInputError } from '../../src/index.js';

describe('check on something that is not a report', () => {
  it('names every missing part of a report, instead of a bare TypeError', () => {
    const error = (() => {
      try {
        check({ format: '2021' } as never);
      } catch (err) {
        return err;
      }
    })();
    expect(error).toBeInstanceOf(ReportInputError);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as ReportInputError).issues).toContainEqual({ path: ['report', 'meta'], message: 'required' });
    expect((error as ReportInputError).issues).toContainEqual({ path: ['report', 'table3'], message: 'required' });
    expect((error as Error).message).toMatch(/report\.meta: required/);
  });

  it('says what was given instead of a report, and what is wrong with a previous report', () => {
    expect(() => check(null as never)).toThrow(/report: expected a report object, got null/);
    expect(() => check({ format: '2030' } as never)).toThrow(/report\.format: expected "2019" or "2021"/);
    const report = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
    expect(() => check(report, { previous: {} as never })).toThrow(/previous\.format/);
  });

  it('still checks a real report', () => {
    const report = emptyReport({ format: '2021', agency: '某县财政局', year: 2024 });
    report.table3.received.natural = 2;
    expect(check(report).map((f) => f.code)).toContain('T3-BALANCE');
  });
});
