/**
 * `--format text`: per file its name, then one line per finding (with where its cells are), or
 * its status and what to do; the summary at the end. Also the summary lines the other formats
 * write on stderr.
 *
 * @module
 */
import type { Finding } from '../../findings/types.js';
import type { FileResult, LocatedFinding } from '../batch/result.js';
import type { CliIO } from '../command.js';
import type { CliText } from '../i18n.js';
import { type Style, styleFor } from '../options.js';
import { severityLabel } from '../reading.js';
import type { Reporter } from './reporter.js';
import type { Summary } from './summary.js';
import { placesOf } from './where.js';

/**
 * What a finding says, in words: its place in the report, its message and the values.
 *
 * @example
 * ```ts
 * findingMessage(finding, cliText('en'));
 * // '[table 3 / 自然人] Table 3, column "自然人": … (expected 2, actual 0)'
 * ```
 */
export function findingMessage(f: Finding, text: CliText): string {
  const t = text.findings;
  const parts = [f.table && t.table(f.table), f.group, f.row, f.column].filter((p): p is string => Boolean(p));
  const place = parts.length ? t.place(parts) : '';
  const values =
    f.expected !== undefined || f.actual !== undefined
      ? t.values(f.expected === undefined ? '-' : String(f.expected), f.actual == null ? t.blank : String(f.actual))
      : '';
  return `${place}${f.message}${values}`;
}

/**
 * The line of one finding: severity, code and what it says.
 *
 * @example
 * ```ts
 * findingLine(finding, cliText('en'), style);
 * // 'error   T3-BALANCE [table 3 / 自然人] Table 3, column "自然人": … (expected 2, actual 0)'
 * ```
 */
export function findingLine(f: Finding, text: CliText, style: Style): string {
  return `${severityLabel(f.severity, style)} ${style.bold(f.code)} ${findingMessage(f, text)}`;
}

/** The lines of one file. */
function fileLines(result: FileResult, text: CliText, style: Style): string[] {
  const lines = [style.bold(result.file)];
  if (result.previous) lines.push(`  ${style.dim(text.findings.previous(result.previous))}`);
  if (result.unpaired) lines.push(`  ${style.dim(text.findings.unpaired(result.unpaired))}`);
  if (result.status !== 'checked') {
    const label = style.red(text.status[result.status]);
    for (const problem of result.problems ?? []) lines.push(`  ${text.findings.status(label, problem)}`);
    if (result.advice) lines.push(`  ${text.findings.advice(result.advice)}`);
  }
  const findings: LocatedFinding[] = [...result.readingFindings, ...result.checkFindings];
  for (const f of findings) {
    lines.push(`  ${findingLine(f, text, style)}`);
    const places = placesOf(f, result.medium, text);
    if (places.length) lines.push(`          ${style.dim(text.findings.at(places))}`);
  }
  if (result.status === 'checked' && findings.length === 0) lines.push(`  ${text.findings.none}`);
  return lines;
}

/**
 * The summary: files by status, findings by severity and by code.
 *
 * @example
 * ```ts
 * summaryLines(summary, cliText('en'));
 * // ['3 file(s): 2 checked, 1 unsupported', '1 error(s), 0 warning(s), 0 info(s)', 'By code: T3-BALANCE 1']
 * ```
 */
export function summaryLines(summary: Summary, text: CliText): string[] {
  const t = text.summary;
  const statuses = (Object.entries(summary.byStatus) as [keyof typeof summary.byStatus, number][])
    .filter(([, n]) => n > 0)
    .map(([status, n]) => `${text.status[status]} ${n}`);
  const lines = [
    t.files(summary.files, statuses),
    t.findings(summary.bySeverity.error, summary.bySeverity.warning, summary.bySeverity.info),
  ];
  const codes = [...summary.byCode].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1));
  if (codes.length) lines.push(t.byCode(codes.map(([code, { count }]) => `${code} ${count}`)));
  return lines;
}

/**
 * The time the run took and its slowest files (which differ from run to run, so they are kept
 * apart from the output proper, on stderr).
 *
 * @example
 * ```ts
 * io.stderr(`${timingLines(summary, cliText('zh')).join('\n')}\n`);
 * ```
 */
export function timingLines(summary: Summary, text: CliText): string[] {
  const seconds = summary.elapsedSeconds();
  const rate = seconds > 0 ? summary.files / seconds : 0;
  const lines = [text.summary.took(seconds.toFixed(1), rate.toFixed(1))];
  if (summary.files > 1 && summary.slowest.length) {
    lines.push(
      `${text.summary.slowest} ${summary.slowest.map((s) => `${s.file} (${(s.ms / 1000).toFixed(2)} s)`).join(', ')}`,
    );
  }
  return lines;
}

/**
 * The text output.
 *
 * @example
 * ```ts
 * const reporter = textReporter(io, cliText('zh'));
 * ```
 */
export function textReporter(io: CliIO, text: CliText): Reporter {
  const style = styleFor(io);
  return {
    begin: () => undefined,
    file: (result) => io.stdout(`${fileLines(result, text, style).join('\n')}\n`),
    end: (summary) => io.stdout(`${summaryLines(summary, text).join('\n')}\n`),
  };
}
