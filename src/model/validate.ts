/**
 * Validation of untrusted input into a report, walking the shape of the JSON form (`shape.ts`, derived
 * from the format definitions; the zod schemas walk the same shape). Every problem is
 * reported with its path; nothing is coerced; the input is never mutated, and the report is built
 * afresh from known keys only, so a `__proto__` key cannot reach any prototype.
 *
 * @module
 */
import { FORMAT_VERSIONS, VALUE_KINDS, valueProblem } from '../format/index.js';
import type { FormatVersion, ValueKind } from '../format/grid.js';
import { reportShape, type ObjectShape, type Shape } from './shape.js';
import type { Report } from './types.js';

/**
 * One problem with an input, located by its path (as in zod: keys from the root).
 *
 * @example
 * ```ts
 * const issue: InputIssue = { path: ['table3', 'received', 'natural'], message: 'expected a non-negative integer count, got -1' };
 * ```
 */
export interface InputIssue {
  path: (string | number)[];
  message: string;
}

/**
 * The outcome of {@link safeValidateReport}: a report, or every issue found.
 *
 * @example
 * ```ts
 * const result = safeValidateReport(JSON.parse(json));
 * if (result.success) check(result.report);
 * else for (const issue of result.issues) console.error(issue.path.join('.'), issue.message);
 * ```
 */
export type ValidateReportResult = { success: true; report: Report } | { success: false; issues: InputIssue[] };

/**
 * Thrown by {@link validateReport} and {@link createReport}; `issues` says what and where.
 *
 * @example
 * ```ts
 * try {
 *   validateReport({ format: '2021' });
 * } catch (err) {
 *   if (err instanceof ReportInputError) err.issues[0]; // { path: ['meta'], message: 'required' }
 * }
 * ```
 */
export class ReportInputError extends TypeError {
  readonly issues: InputIssue[];
  constructor(issues: InputIssue[]) {
    super(
      `invalid report input:\n${issues.map((i) => `  - ${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`).join('\n')}`,
    );
    this.name = 'ReportInputError';
    this.issues = issues;
  }
}

/**
 * Options of report validation.
 *
 * @example
 * ```ts
 * safeValidateReport({ format: '2021', meta: { agency: '某县财政局', year: 2024 }, table3: { received: { natural: 3 } } }, { partial: true });
 * // { success: true, report: … } with every other cell blank
 * ```
 */
export interface ValidateReportOptions {
  /**
   * Accept a partial report: missing meta fields other than `agency` and `year`, sections,
   * tables, rows and cells take their empty values (cells blank). Default `false`.
   */
  partial?: boolean;
}

const NOT_BLANK = /\S/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string =>
  v === null || v === undefined
    ? String(v)
    : Array.isArray(v)
      ? 'an array'
      : typeof v === 'string'
        ? `the string ${JSON.stringify(v)}`
        : `${typeof v} ${String(v)}`;

/**
 * Checks that a date string is a real calendar date in `YYYY-MM-DD` form.
 * @internal
 */
export function isIsoDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Why a value cannot stand in a cell of a kind, or `undefined` when it can.
 * @internal
 */
export function cellValueProblem(value: unknown, kind: ValueKind): string | undefined {
  const problem = valueProblem(value, kind);
  if (problem === 'type') return `expected a number or null, got ${describe(value)}`;
  return problem && `expected ${VALUE_KINDS[kind].expected}, got ${value}`;
}

/** What a leaf value is told when it is not what its shape says, or `undefined` when it is. */
function leafProblem(shape: Exclude<Shape, ObjectShape>, value: unknown): string | undefined {
  switch (shape.type) {
    case 'literal':
      return value === shape.value ? undefined : `expected ${JSON.stringify(shape.value)}, got ${describe(value)}`;
    case 'text': {
      const filled =
        shape.filled === 'visible' ? NOT_BLANK.test(String(value)) : shape.filled !== 'any' || value !== '';
      return typeof value === 'string' && filled
        ? undefined
        : `expected ${shape.expected ?? 'a string'}, got ${describe(value)}`;
    }
    case 'year':
      return typeof value === 'number' && Number.isInteger(value) && value >= shape.min && value <= shape.max
        ? undefined
        : `expected a four-digit year, got ${describe(value)}`;
    case 'oneOf':
      return typeof value === 'string' && shape.values.includes(value)
        ? undefined
        : `expected one of ${shape.values.join(', ')}, got ${describe(value)}`;
    case 'date':
      return value === null || (typeof value === 'string' && isIsoDate(value))
        ? undefined
        : `expected a YYYY-MM-DD date or null, got ${describe(value)}`;
    case 'cell':
      return cellValueProblem(value, shape.kind);
  }
}

/**
 * Walks an object of the input along its shape into `out` (its blank, or what its parent's blank
 * holds there): only known keys are read and written, so no key of the input reaches a prototype.
 */
function walkObject(
  shape: ObjectShape,
  input: Record<string, unknown>,
  out: Record<string, unknown>,
  path: (string | number)[],
  issues: InputIssue[],
  partial: boolean,
): void {
  const known = new Set(shape.fields.map((f) => f.key));
  for (const key of Object.keys(input)) {
    if (!known.has(key))
      issues.push({ path: [...path, key], message: shape.unknownKey?.(key) ?? `unknown key ${JSON.stringify(key)}` });
  }
  for (const field of shape.fields) {
    const value = input[field.key];
    const at = [...path, field.key];
    if (value === undefined) {
      if (field.presence === 'always' || (field.presence === 'complete' && !partial))
        issues.push({ path: at, message: field.missing ?? 'required' });
      continue;
    }
    if (field.shape.type !== 'object') {
      const problem = leafProblem(field.shape, value);
      if (problem) issues.push({ path: at, message: problem });
      else out[field.key] = value;
    } else if (!isRecord(value)) {
      issues.push({ path: at, message: `expected an object, got ${describe(value)}` });
    } else {
      const target = out[field.key];
      const inner = isRecord(target) ? target : {};
      walkObject(field.shape, value, inner, at, issues, partial);
      out[field.key] = inner;
    }
  }
}

/**
 * Validates untrusted input (for example parsed JSON) as a report, without throwing on bad data.
 *
 * @example
 * ```ts
 * const result = safeValidateReport(JSON.parse(json));
 * if (!result.success) console.error(result.issues); // [{ path: ['table3', 'received', 'total'], message: '…' }]
 * ```
 */
export function safeValidateReport(input: unknown, options: ValidateReportOptions = {}): ValidateReportResult {
  const partial = options.partial ?? false;
  if (!isRecord(input))
    return { success: false, issues: [{ path: [], message: `expected a report object, got ${describe(input)}` }] };
  const format = input.format;
  if (typeof format !== 'string' || !(FORMAT_VERSIONS as readonly string[]).includes(format)) {
    // The shape depends on the format: without one, only the keys can be checked.
    const issues: InputIssue[] = [];
    const known = new Set(reportShape('2021').fields.map((f) => f.key));
    for (const key of Object.keys(input))
      if (!known.has(key)) issues.push({ path: [key], message: `unknown key ${JSON.stringify(key)}` });
    issues.push({
      path: ['format'],
      message: `expected "2019" or "2021", got ${format === undefined ? 'nothing' : describe(format)}`,
    });
    return { success: false, issues };
  }
  const shape = reportShape(format as FormatVersion);
  const issues: InputIssue[] = [];
  const report = (shape.blank as () => Record<string, unknown>)();
  walkObject(shape, input, report, [], issues, partial);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, report: report as unknown as Report };
}

/**
 * Validates untrusted input as a complete report; throws a {@link ReportInputError} listing every
 * issue with its path.
 *
 * @example
 * ```ts
 * const report = validateReport(JSON.parse(fs.readFileSync('report.json', 'utf8')));
 * ```
 */
export function validateReport(input: unknown): Report {
  const result = safeValidateReport(input);
  if (!result.success) throw new ReportInputError(result.issues);
  return result.report;
}

/**
 * Builds a report from partial input: what is given is validated, the rest takes its empty value
 * (blank cells, default level `department`, scope `unknown`). Throws a {@link ReportInputError}
 * naming each bad field. The input is not mutated.
 *
 * @example
 * ```ts
 * const report = createReport({
 *   format: '2021',
 *   meta: { agency: '某县财政局', year: 2024 },
 *   table3: { received: { natural: 3, total: 3 } },
 * });
 * report.table3.received.commercial; // null
 * ```
 */
export function createReport(input: unknown): Report {
  const result = safeValidateReport(input, { partial: true });
  if (!result.success) throw new ReportInputError(result.issues);
  return result.report;
}
