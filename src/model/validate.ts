/**
 * Validation of untrusted input into a report, walking the format definitions. Every problem is
 * reported with its path; nothing is coerced; the input is never mutated, and the report is built
 * afresh from known keys only, so a `__proto__` key cannot reach any prototype.
 *
 * @module
 */
import { FORMAT_VERSIONS, formatCells, getFormat } from '../format/index.js';
import type { FormatVersion, ValueKind } from '../format/grid.js';
import { OVERVIEW_TOPICS, SECTIONS } from '../format/shared.js';
import { blankTables } from './empty.js';
import type { BodyLevel, Report, ReportScope } from './types.js';

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
 * The outcome of {@link safeParseReport}: a report, or every issue found.
 *
 * @example
 * ```ts
 * const result = safeParseReport(JSON.parse(json));
 * if (result.success) check(result.report);
 * else for (const issue of result.issues) console.error(issue.path.join('.'), issue.message);
 * ```
 */
export type ParseReportResult = { success: true; report: Report } | { success: false; issues: InputIssue[] };

/**
 * Thrown by {@link parseReport} and {@link createReport}; `issues` says what and where.
 *
 * @example
 * ```ts
 * try {
 *   parseReport({ format: '2021' });
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
 * safeParseReport({ format: '2021', meta: { agency: '某县财政局', year: 2024 }, table3: { received: { natural: 3 } } }, { partial: true });
 * // { success: true, report: … } with every other cell blank
 * ```
 */
export interface ParseReportOptions {
  /**
   * Accept a partial report: missing meta fields other than `agency` and `year`, sections,
   * tables, rows and cells take their empty values (cells blank). Default `false`.
   */
  partial?: boolean;
}

const LEVELS: readonly BodyLevel[] = ['department', 'government', 'township', 'other'];
const SCOPES: readonly ReportScope[] = ['agency', 'region', 'unknown'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const describe = (v: unknown): string =>
  v === null
    ? 'null'
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
  if (value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `expected a number or null, got ${describe(value)}`;
  if (kind === 'count' && !(Number.isInteger(value) && value >= 0))
    return `expected a non-negative integer count, got ${value}`;
  if (kind === 'signed' && !Number.isInteger(value)) return `expected an integer, got ${value}`;
  if ((kind === 'money' || kind === 'amount') && value < 0) return `expected a non-negative amount, got ${value}`;
  return undefined;
}

function unknownKeys(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  path: (string | number)[],
  issues: InputIssue[],
): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key)) issues.push({ path: [...path, key], message: `unknown key ${JSON.stringify(key)}` });
  }
}

function readRecord(
  value: unknown,
  path: (string | number)[],
  issues: InputIssue[],
  required: boolean,
): Record<string, unknown> | undefined {
  if (value === undefined) {
    if (required) issues.push({ path, message: 'required' });
    return undefined;
  }
  if (!isRecord(value)) {
    issues.push({ path, message: `expected an object, got ${describe(value)}` });
    return undefined;
  }
  return value;
}

function readMeta(value: unknown, partial: boolean, issues: InputIssue[]): Report['meta'] {
  const meta: Report['meta'] = { agency: '', year: 0, level: 'department', scope: 'unknown', published: null };
  const input = readRecord(value, ['meta'], issues, true);
  if (!input) return meta;
  unknownKeys(input, new Set(['agency', 'year', 'level', 'scope', 'published']), ['meta'], issues);
  if (typeof input.agency === 'string' && input.agency.trim() !== '') meta.agency = input.agency;
  else
    issues.push({
      path: ['meta', 'agency'],
      message: input.agency === undefined ? 'required' : `expected a non-empty string, got ${describe(input.agency)}`,
    });
  if (typeof input.year === 'number' && Number.isInteger(input.year) && input.year >= 1990 && input.year <= 2200)
    meta.year = input.year;
  else
    issues.push({
      path: ['meta', 'year'],
      message: input.year === undefined ? 'required' : `expected a four-digit year, got ${describe(input.year)}`,
    });
  const enumField = <T extends string>(key: 'level' | 'scope', allowed: readonly T[]): T | undefined => {
    const v = input[key];
    if (v === undefined && partial) return undefined;
    if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
    issues.push({
      path: ['meta', key],
      message: v === undefined ? 'required' : `expected one of ${allowed.join(', ')}, got ${describe(v)}`,
    });
    return undefined;
  };
  meta.level = enumField('level', LEVELS) ?? meta.level;
  meta.scope = enumField('scope', SCOPES) ?? meta.scope;
  if (input.published === undefined) {
    if (!partial) issues.push({ path: ['meta', 'published'], message: 'required (null when unknown)' });
  } else if (input.published === null || (typeof input.published === 'string' && isIsoDate(input.published))) {
    meta.published = input.published;
  } else {
    issues.push({
      path: ['meta', 'published'],
      message: `expected a YYYY-MM-DD date or null, got ${describe(input.published)}`,
    });
  }
  return meta;
}

function readTexts<T>(
  name: 'sections' | 'topics',
  value: unknown,
  keys: readonly string[],
  readOne: (v: unknown, path: (string | number)[]) => T | undefined,
  issues: InputIssue[],
  partial: boolean,
): Record<string, T> {
  const out: Record<string, T> = {};
  const input = readRecord(value, [name], issues, !partial);
  if (!input) return out;
  unknownKeys(input, new Set(keys), [name], issues);
  for (const key of keys) {
    if (input[key] === undefined) continue;
    const v = readOne(input[key], [name, key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function readSection(value: unknown, path: (string | number)[], issues: InputIssue[]): Report['sections']['overview'] {
  const input = readRecord(value, path, issues, true);
  if (!input) return undefined;
  unknownKeys(input, new Set(['heading', 'text']), path, issues);
  const ok = typeof input.heading === 'string' && typeof input.text === 'string';
  if (typeof input.heading !== 'string')
    issues.push({ path: [...path, 'heading'], message: `expected a string, got ${describe(input.heading)}` });
  if (typeof input.text !== 'string')
    issues.push({ path: [...path, 'text'], message: `expected a string, got ${describe(input.text)}` });
  return ok ? { heading: input.heading as string, text: input.text as string } : undefined;
}

function readTables(format: FormatVersion, input: Record<string, unknown>, partial: boolean, issues: InputIssue[]) {
  const tables = blankTables(format) as Record<string, Record<string, Record<string, number | null>>>;
  const cells = formatCells(format);
  for (const name of ['table2', 'table3', 'table4'] as const) {
    const table = readRecord(input[name], [name], issues, !partial);
    if (!table) continue;
    const target = tables[name] as Record<string, Record<string, number | null>>;
    unknownKeys(table, new Set(Object.keys(target)), [name], issues);
    for (const rowKey of Object.keys(target)) {
      const row = readRecord(table[rowKey], [name, rowKey], issues, !partial);
      if (!row) continue;
      const rowTarget = target[rowKey] as Record<string, number | null>;
      unknownKeys(row, new Set(Object.keys(rowTarget)), [name, rowKey], issues);
      for (const cell of cells) {
        if (`table${cell.table}` !== name || cell.row !== rowKey) continue;
        const v = row[cell.column];
        if (v === undefined) {
          if (!partial) issues.push({ path: [name, rowKey, cell.column], message: 'required (null for a blank cell)' });
          continue;
        }
        const problem = cellValueProblem(v, cell.columnDef.kind);
        if (problem) issues.push({ path: [name, rowKey, cell.column], message: problem });
        else rowTarget[cell.column] = v as number | null;
      }
    }
  }
  return tables;
}

function readUnits(
  format: FormatVersion,
  value: unknown,
  partial: boolean,
  issues: InputIssue[],
): Record<string, string> {
  const units: Record<string, string> = {};
  const input = readRecord(value, ['units'], issues, !partial);
  if (!input) return units;
  const known = new Set(
    formatCells(format)
      .filter((c) => c.table === '2')
      .map((c) => `${c.row}/${c.column}`),
  );
  for (const [key, unit] of Object.entries(input)) {
    if (!known.has(key))
      issues.push({
        path: ['units', key],
        message: `unknown cell ${JSON.stringify(key)}; expected "row/column" of table 2`,
      });
    else if (typeof unit !== 'string' || unit === '')
      issues.push({ path: ['units', key], message: `expected a unit string, got ${describe(unit)}` });
    else units[key] = unit;
  }
  return units;
}

/**
 * Validates untrusted input (for example parsed JSON) as a report, without throwing on bad data.
 *
 * @example
 * ```ts
 * const result = safeParseReport(JSON.parse(json));
 * if (!result.success) console.error(result.issues); // [{ path: ['table3', 'received', 'total'], message: '…' }]
 * ```
 */
export function safeParseReport(input: unknown, options: ParseReportOptions = {}): ParseReportResult {
  const partial = options.partial ?? false;
  const issues: InputIssue[] = [];
  if (!isRecord(input))
    return { success: false, issues: [{ path: [], message: `expected a report object, got ${describe(input)}` }] };
  unknownKeys(
    input,
    new Set(['format', 'meta', 'sections', 'topics', 'table2', 'table3', 'table4', 'units']),
    [],
    issues,
  );
  const format = input.format;
  if (typeof format !== 'string' || !(FORMAT_VERSIONS as readonly string[]).includes(format)) {
    issues.push({
      path: ['format'],
      message: `expected "2019" or "2021", got ${format === undefined ? 'nothing' : describe(format)}`,
    });
    return { success: false, issues };
  }
  const version = getFormat(format as FormatVersion).version;
  const meta = readMeta(input.meta, partial, issues);
  const sections = readTexts(
    'sections',
    input.sections,
    SECTIONS.map((s) => s.key),
    (v, p) => readSection(v, p, issues),
    issues,
    partial,
  );
  const topics = readTexts(
    'topics',
    input.topics,
    OVERVIEW_TOPICS.map((t) => t.key),
    (v, p) => {
      if (typeof v === 'string') return v;
      issues.push({ path: p, message: `expected a string, got ${describe(v)}` });
      return undefined;
    },
    issues,
    partial,
  );
  const tables = readTables(version, input, partial, issues);
  const units = readUnits(version, input.units, partial, issues);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, report: { format: version, meta, sections, topics, ...tables, units } as unknown as Report };
}

/**
 * Validates untrusted input as a complete report; throws a {@link ReportInputError} listing every
 * issue with its path.
 *
 * @example
 * ```ts
 * const report = parseReport(JSON.parse(fs.readFileSync('report.json', 'utf8')));
 * ```
 */
export function parseReport(input: unknown): Report {
  const result = safeParseReport(input);
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
  const result = safeParseReport(input, { partial: true });
  if (!result.success) throw new ReportInputError(result.issues);
  return result.report;
}
