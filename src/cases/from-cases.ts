/**
 * `fromCases`: tables 3 and 4 of a report from the body's case register.
 *
 * @module
 */
import {
  columnsWithRole,
  columnWithRole,
  FORMAT_VERSIONS,
  formatForYear,
  getTable,
  OUTCOME_ROLES,
  rowsWithRole,
  rowWithRole,
  type TableDef,
} from '../format/index.js';
import type { BlockDef, FormatVersion, RowRole } from '../format/grid.js';
import { emptyReport } from '../model/empty.js';
import type { BodyLevel, ReportOf, ReportScope } from '../model/types.js';
import { isIsoDate } from '../model/validate.js';
import type { CaseRegister } from './types.js';

/**
 * One invalid case, named by its list, position and id.
 *
 * @example
 * ```ts
 * const issue: CaseIssue = {
 *   list: 'applications',
 *   index: 0,
 *   id: 'YSQ-2024-001',
 *   message: 'received must be a real date as YYYY-MM-DD, got "2024-03-32"',
 * };
 * ```
 */
export interface CaseIssue {
  list: 'applications' | 'appeals';
  index: number;
  /** The case's id as given (empty when it has none). */
  id: string;
  message: string;
}

/**
 * Thrown by {@link fromCases}: every invalid case, each named by index and id.
 *
 * @example
 * ```ts
 * try {
 *   fromCases(register, { year: 2024, agency: '某县财政局' });
 * } catch (err) {
 *   if (err instanceof CaseInputError) for (const i of err.issues) console.error(`${i.list}[${i.index}] ${i.id}: ${i.message}`);
 * }
 * ```
 */
export class CaseInputError extends TypeError {
  readonly issues: CaseIssue[];
  constructor(issues: CaseIssue[]) {
    super(
      `invalid case register:\n${issues.map((i) => `  - ${i.list}[${i.index}] (id ${JSON.stringify(i.id)}): ${i.message}`).join('\n')}`,
    );
    this.name = 'CaseInputError';
    this.issues = issues;
  }
}

/**
 * Options of {@link fromCases}: the report's year and body.
 *
 * @example
 * ```ts
 * fromCases(register, { year: 2020, agency: '某县财政局', level: 'department', published: '2021-01-20' }).format; // '2019'
 * ```
 */
export interface FromCasesOptions<F extends FormatVersion> {
  year: number;
  /** Defaults to the format due for the year. */
  format?: F;
  agency: string;
  level?: BodyLevel;
  scope?: ReportScope;
  published?: string | null;
}

/** The outcome row keys of a format's table 3: its rows with an outcome role. */
function outcomeKeys(format: FormatVersion): string[] {
  return rowsWithRole(getTable(format, '3'), OUTCOME_ROLES).map((r) => r.key);
}

/** The keys the register's cases are counted under, from the roles of the format's rows and columns. */
function registerKeys(format: FormatVersion) {
  const t3 = getTable(format, '3');
  const t4 = getTable(format, '4');
  const t4Block = t4.blocks[0] as BlockDef;
  const row = (table: TableDef, role: RowRole) => rowWithRole(table, role).key;
  const t3Block = t3.blocks[0] as BlockDef;
  return {
    applicants: columnsWithRole(t3Block, 'applicant').map((c) => c.key),
    t3Total: columnWithRole(t3Block, 'total').key,
    outcomes: new Set(outcomeKeys(format)),
    received: row(t3, 'received'),
    carriedOver: row(t3, 'carriedOver'),
    outcomeTotal: row(t3, 'outcomeTotal'),
    carriedForward: row(t3, 'carriedForward'),
    appealKinds: t4Block.rows.map((r) => r.key),
    appealResults: columnsWithRole(t4Block, 'result').map((c) => c.key),
    pending: columnWithRole(t4Block, 'pending').key,
    t4Total: columnWithRole(t4Block, 'total').key,
  };
}

type Issue = Omit<CaseIssue, 'list' | 'index' | 'id'>;

function dateProblem(value: unknown, name: string): string | undefined {
  if (typeof value !== 'string' || !isIsoDate(value))
    return `${name} must be a real date as YYYY-MM-DD, got ${JSON.stringify(value)}`;
  return undefined;
}

function closingProblems(
  start: unknown,
  startName: string,
  closed: unknown,
  outcome: unknown,
  outcomeName: string,
): string[] {
  const problems: string[] = [];
  const startProblem = dateProblem(start, startName);
  if (startProblem) problems.push(startProblem);
  if (closed === undefined) {
    if (outcome !== undefined) problems.push(`has ${outcomeName} ${JSON.stringify(outcome)} but no closing date`);
    return problems;
  }
  const closedProblem = dateProblem(closed, 'closed');
  if (closedProblem) problems.push(closedProblem);
  else if (!startProblem && (closed as string) < (start as string))
    problems.push(`closed ${closed} before it was ${startName} ${start}`);
  if (outcome === undefined) problems.push(`is closed but has no ${outcomeName}`);
  return problems;
}

/**
 * Builds tables 3 and 4 of a report for `year` from the body's register. An application counts as
 * 本年新收 if received in the year and as 上年结转 if received before and still open on 1 January;
 * its outcome row if closed in the year, 结转下年度继续办理 otherwise. A review or lawsuit counts if
 * it was open at some time in the year: under its result if decided in the year, under 尚未审结
 * if still pending on 31 December. Cases received or filed after the year, or closed before it,
 * do not count. Every count is a number (0 when no case): the register is complete, so nothing
 * is blank; table 2 stays blank, as the register does not say it. Invalid cases (bad or unreal
 * dates, closed before received, unknown applicant or outcome, an outcome the format does not
 * have, duplicate ids) throw a {@link CaseInputError} naming each case by index and id.
 *
 * @example
 * ```ts
 * import { fromCases } from 'zfxxgk';
 * const report = fromCases(
 *   {
 *     applications: [
 *       { id: 'YSQ-2024-001', received: '2024-03-02', applicant: 'natural', closed: '2024-03-20', outcome: 'granted' },
 *       { id: 'YSQ-2024-002', received: '2024-12-20', applicant: 'commercial' },
 *     ],
 *     appeals: [{ id: 'FY-2024-01', kind: 'review', filed: '2024-05-01', closed: '2024-07-01', result: 'upheld' }],
 *   },
 *   { year: 2024, agency: '某县财政局' },
 * );
 * report.table3.received.total; // 2
 * report.table3.carriedForward.commercial; // 1
 * report.table4.review.upheld; // 1
 * ```
 */
export function fromCases<F extends FormatVersion = '2021'>(
  register: CaseRegister<F>,
  options: FromCasesOptions<F>,
): F extends FormatVersion ? ReportOf<F> : never {
  const format = (options.format ?? formatForYear(options.year)) as F | undefined;
  if (!format || !(FORMAT_VERSIONS as readonly string[]).includes(format)) {
    throw new TypeError(`no national format applies to ${options.year}; give options.format ("2019" or "2021")`);
  }
  if (!register || !Array.isArray(register.applications))
    throw new TypeError('fromCases expects { applications: [...], appeals?: [...] }');
  const keys = registerKeys(format);
  const { outcomes } = keys;
  const otherFormats = FORMAT_VERSIONS.filter((v) => v !== format);
  const start = `${options.year}-01-01`;
  const end = `${options.year}-12-31`;
  const issues: CaseIssue[] = [];
  const report = emptyReport({
    format,
    agency: options.agency,
    year: options.year,
    level: options.level,
    scope: options.scope,
    published: options.published,
  });
  type Counts = Record<string, Record<string, number | null>>;
  const t3 = { cells: report.table3 as unknown as Counts, total: keys.t3Total };
  const t4 = { cells: report.table4 as unknown as Counts, total: keys.t4Total };
  for (const { cells } of [t3, t4])
    for (const row of Object.values(cells)) for (const c of Object.keys(row)) row[c] = 0;
  /** Counts a case in a row's column and in the row's 总计. */
  const add = (table: { cells: Counts; total: string }, row: string, column: string) => {
    const cells = table.cells[row] as Record<string, number>;
    cells[column] = (cells[column] as number) + 1;
    cells[table.total] = (cells[table.total] as number) + 1;
  };

  const seenApplications = new Map<string, number>();
  register.applications.forEach((c, index) => {
    const id = typeof c?.id === 'string' ? c.id : '';
    const problems: Issue[] = [];
    if (id === '') problems.push({ message: 'has no id' });
    else if (seenApplications.has(id))
      problems.push({ message: `has the same id as applications[${seenApplications.get(id)}]` });
    else seenApplications.set(id, index);
    if (!keys.applicants.includes(c?.applicant))
      problems.push({
        message: `unknown applicant ${JSON.stringify(c?.applicant)}; expected one of ${keys.applicants.join(', ')}`,
      });
    for (const message of closingProblems(c?.received, 'received', c?.closed, c?.outcome, 'outcome'))
      problems.push({ message });
    if (c?.outcome !== undefined && !outcomes.has(c.outcome)) {
      const elsewhere = otherFormats.find((v) => outcomeKeys(v).includes(c.outcome as string));
      problems.push({
        message: elsewhere
          ? `outcome ${JSON.stringify(c.outcome)} exists only in the ${elsewhere} format, not in this ${format}-format report`
          : `unknown outcome ${JSON.stringify(c.outcome)}; expected one of ${[...outcomes].join(', ')}`,
      });
    }
    if (problems.length > 0) {
      for (const p of problems) issues.push({ list: 'applications', index, id, ...p });
      return;
    }
    if (c.received > end || (c.closed !== undefined && c.closed < start)) return;
    add(t3, c.received >= start ? keys.received : keys.carriedOver, c.applicant);
    if (c.closed !== undefined && c.closed <= end) {
      add(t3, c.outcome as string, c.applicant);
      add(t3, keys.outcomeTotal, c.applicant);
    } else {
      add(t3, keys.carriedForward, c.applicant);
    }
  });

  const seenAppeals = new Map<string, number>();
  (register.appeals ?? []).forEach((c, index) => {
    const id = typeof c?.id === 'string' ? c.id : '';
    const problems: string[] = [];
    if (id === '') problems.push('has no id');
    else if (seenAppeals.has(id)) problems.push(`has the same id as appeals[${seenAppeals.get(id)}]`);
    else seenAppeals.set(id, index);
    if (!keys.appealKinds.includes(c?.kind))
      problems.push(`unknown kind ${JSON.stringify(c?.kind)}; expected one of ${keys.appealKinds.join(', ')}`);
    problems.push(...closingProblems(c?.filed, 'filed', c?.closed, c?.result, 'result'));
    if (c?.result !== undefined && !keys.appealResults.includes(c.result))
      problems.push(`unknown result ${JSON.stringify(c.result)}; expected one of ${keys.appealResults.join(', ')}`);
    if (problems.length > 0) {
      for (const message of problems) issues.push({ list: 'appeals', index, id, message });
      return;
    }
    if (c.filed > end || (c.closed !== undefined && c.closed < start)) return;
    add(t4, c.kind, c.closed !== undefined && c.closed <= end ? (c.result as string) : keys.pending);
  });

  if (issues.length > 0) throw new CaseInputError(issues);
  return report as F extends FormatVersion ? ReportOf<F> : never;
}
