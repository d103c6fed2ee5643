/**
 * The same body given twice to a rollup (`ROLLUP-DUPLICATE`): the same report again (equal in
 * every field) is counted once, with a warning, so the total stays right; two different reports
 * of one body and year are both added, with an error, since which one is right (an original and
 * its correction?) cannot be told and the total counts that body twice.
 *
 * @module
 */
import type { RawFinding } from '../findings/types.js';
import type { ReadonlyReport } from '../model/types.js';

/** A value as JSON with its object keys sorted, so that equal reports give equal text. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((k) => record[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`).join(',')}}`;
}

/** A body's name as compared: full-width forms folded and white space dropped. */
const bodyName = (agency: string): string => agency.normalize('NFKC').replace(/\s+/g, '');

/**
 * Which inputs repeat an earlier one exactly (to leave out of the total), and the findings of
 * every input that repeats an earlier body and year.
 * @internal
 */
export function findDuplicates(reports: readonly ReadonlyReport[]): { repeated: Set<number>; findings: RawFinding[] } {
  const byContent = new Map<string, number>();
  const byBody = new Map<string, number>();
  const repeated = new Set<number>();
  const findings: RawFinding[] = [];
  reports.forEach((report, index) => {
    const content = canonical(report);
    const body = bodyName(report.meta.agency);
    const bodyYear = body ? `${body}\u0000${report.meta.year}` : undefined;
    const sameContent = byContent.get(content);
    const sameBody = bodyYear === undefined ? undefined : byBody.get(bodyYear);
    const first = sameContent ?? sameBody;
    if (first === undefined) {
      byContent.set(content, index);
      if (bodyYear !== undefined) byBody.set(bodyYear, index);
      return;
    }
    if (sameContent !== undefined) repeated.add(index);
    findings.push({
      code: 'ROLLUP-DUPLICATE',
      severity: sameContent === undefined ? 'error' : 'warning',
      path: ['inputs', index],
      quote: report.meta.agency,
      messageKey: sameContent === undefined ? 'ROLLUP-DUPLICATE/body' : 'ROLLUP-DUPLICATE',
      params: { input: index + 1, first: first + 1, agency: report.meta.agency, year: report.meta.year },
    });
  });
  return { repeated, findings };
}
