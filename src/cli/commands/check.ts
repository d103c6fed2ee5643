/**
 * `zfxxgk check FILE… [--format text|json] [--lang zh|en]`: reads each report and lists what the
 * checks (and the reader) found. Exit 0 without errors, 1 with, 2 when an input cannot be read.
 *
 * @module
 */
import { check } from '../../check/index.js';
import type { Finding } from '../../findings/types.js';
import type { CliCommand, CliIO } from '../command.js';
import { LoadError, loadReport } from '../load.js';
import { oneOf, parseCommandArgs, styleFor, UsageError, type Style } from '../options.js';
import { loadReports, READ_OPTIONS, readSettings, readUsage, severityLabel } from '../reading.js';

/**
 * A finding with the input it was found in, as `--format json` prints it.
 *
 * @example
 * ```ts
 * const findings = JSON.parse(stdout) as FileFinding[];
 * findings[0]?.file; // 'report.csv'
 * ```
 */
export type FileFinding = { file: string } & Finding;

const OUTPUTS = ['text', 'json'] as const;

/** Where a finding points, in words: table, row, column or group. */
function place(f: Finding): string {
  const parts = [f.table && `table ${f.table}`, f.group, f.row, f.column].filter(Boolean);
  return parts.length ? `[${parts.join(' / ')}] ` : '';
}

function textLine(f: Finding, style: Style): string {
  const values =
    f.expected !== undefined || f.actual !== undefined
      ? ` (expected ${f.expected ?? '-'}, actual ${f.actual ?? 'blank'})`
      : '';
  return `  ${severityLabel(f.severity, style)} ${style.bold(f.code)} ${place(f)}${f.message}${values}`;
}

/** Prints findings as text: a heading per file, one line per finding, a summary at the end. */
function printText(io: CliIO, byFile: [string, Finding[]][], unreadable: number): void {
  const style = styleFor(io);
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const [file, findings] of byFile) {
    lines.push(file, ...(findings.length ? findings.map((f) => textLine(f, style)) : ['  no findings']));
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
  }
  const skipped = unreadable ? `, ${unreadable} unreadable` : '';
  lines.push(`${byFile.length} file(s) checked${skipped}: ${errors} error(s), ${warnings} warning(s)`);
  io.stdout(`${lines.join('\n')}\n`);
}

/**
 * The `check` subcommand.
 *
 * @example
 * ```ts
 * await checkCommand.run(['report.csv', '--format', 'json'], io); // 0, 1 or 2
 * ```
 */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check reports against every rule of their format',
  usage: [
    'zfxxgk check FILE… [--format text|json] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S] [--previous FILE]',
    '',
    readUsage.file('FILE', 'a report'),
    '  --format text|json   text (default): one line per finding, grouped by file;',
    '                       json: one array of findings, each with its "file"',
    readUsage.lang('the messages'),
    readUsage.inputFormat,
    readUsage.rule,
    "  --previous FILE      the same body's report of the year before: adds the cross-year checks",
    '',
    'Exit status: 0 no error findings, 1 error findings, 2 usage or input errors.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      format: { type: 'string' },
      previous: { type: 'string' },
    });
    const output = oneOf('format', values.format, OUTPUTS, 'text');
    const settings = readSettings(values);
    const { lang } = settings;
    if (positionals.length === 0) throw new UsageError('no input file given');
    // The previous year's report is read by its own extension (--input-format is for FILE); what
    // its reader was unsure of goes to stderr, since its findings are not this report's.
    const [previous] =
      values.previous === undefined
        ? []
        : await loadReports('check', [values.previous], io, { lang, rules: settings.rules });
    const byFile: [string, Finding[]][] = [];
    let unreadable = 0;
    for (const [i, file] of positionals.entries()) {
      if (io.isTTY && positionals.length > 1) io.stderr(`\r[${i + 1}/${positionals.length}] ${file}\u001b[K`);
      try {
        const { report, findings } = await loadReport(file, io, settings);
        if (previous && previous.meta.year !== report.meta.year - 1) {
          throw new UsageError(
            `--previous is about ${previous.meta.year}, but ${file} is about ${report.meta.year}: give the report of ${report.meta.year - 1}`,
          );
        }
        byFile.push([file, [...findings, ...check(report, { lang, previous, rules: settings.rules })]]);
      } catch (err) {
        if (!(err instanceof LoadError)) throw err;
        unreadable += 1;
        io.stderr(`${err.problems.map((p) => `zfxxgk check: ${p}`).join('\n')}\n`);
      }
    }
    if (io.isTTY && positionals.length > 1) io.stderr('\r\u001b[K');
    if (output === 'json') {
      const all: FileFinding[] = byFile.flatMap(([file, findings]) => findings.map((f) => ({ file, ...f })));
      io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    } else {
      printText(io, byFile, unreadable);
    }
    if (unreadable > 0) return 2;
    return byFile.some(([, findings]) => findings.some((f) => f.severity === 'error')) ? 1 : 0;
  },
};
