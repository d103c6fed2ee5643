/**
 * Rule tests in the manner of ESLint's RuleTester: for one finding code, a `valid` list of reports
 * that must yield no finding of that code and an `invalid` list, each asserting the exact findings
 * of that code (code, severity, table, row, column, group, expected, actual, in order).
 */
import { describe, expect, it } from 'vitest';
import { check, type CheckOptions, type Finding } from '../../src/check/index.js';
import type { Report } from '../../src/model/types.js';

/** The fields of a finding a rule test asserts. */
export type ExpectedFinding = Pick<Finding, 'code' | 'severity'> &
  Partial<Pick<Finding, 'table' | 'row' | 'column' | 'group' | 'expected' | 'actual' | 'quote'>>;

export interface ValidCase {
  name: string;
  report: Report;
  options?: CheckOptions;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /** Substrings the Chinese and English messages of the first finding must contain. */
  messages?: { zh: string; en: string };
}

const ASSERTED = ['code', 'severity', 'table', 'row', 'column', 'group', 'expected', 'actual', 'quote'] as const;

/** The asserted fields of a finding, omitting those it does not have. */
export function essentials(finding: Finding): ExpectedFinding {
  const out: Record<string, unknown> = {};
  for (const key of ASSERTED) if (finding[key] !== undefined) out[key] = finding[key];
  return out as ExpectedFinding;
}

/** The findings of one code that `check` gives, reduced to their asserted fields. */
export function findingsOf(code: string, report: Report, options: CheckOptions = {}): ExpectedFinding[] {
  return check(report, options)
    .filter((f) => f.code === code)
    .map(essentials);
}

/** Declares the valid and invalid cases of one code as vitest tests. */
export function ruleTests(code: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(code, () => {
    describe('valid', () => {
      it.each(cases.valid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(findingsOf(code, c.report, c.options)).toEqual([]);
      });
    });
    describe('invalid', () => {
      it.each(cases.invalid.map((c) => [c.name, c] as const))('%s', (_name, c) => {
        expect(findingsOf(code, c.report, c.options)).toEqual(c.findings);
        const zh = check(c.report, { ...c.options, lang: 'zh' }).filter((f) => f.code === code);
        const en = check(c.report, { ...c.options, lang: 'en' }).filter((f) => f.code === code);
        zh.forEach((f, i) => {
          expect(f.message).not.toBe(code);
          expect(en[i]?.message).not.toBe(f.message);
          expect(en[i]?.message).toMatch(/^[\x20-\x7e]{7}/);
        });
        if (c.messages) {
          expect(zh[0]?.message).toContain(c.messages.zh);
          expect(en[0]?.message).toContain(c.messages.en);
        }
      });
    });
  });
}
