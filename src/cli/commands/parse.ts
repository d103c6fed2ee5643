/**
 * `zfxxgk parse FILE [--format text|json] [--lang zh|en]`: reads a published report (text, HTML,
 * or any medium a loader reads) and prints the report it read and what the reader could not read.
 *
 * @module
 */
import type { Finding } from '../../findings/types.js';
import { getFormat } from '../../format/index.js';
import type { Report } from '../../model/types.js';
import type { CliCommand, CliIO } from '../command.js';
import { loadReport } from '../load.js';
import { oneOf, parseCommandArgs, styleFor, UsageError } from '../options.js';
import { READ_OPTIONS, readSettings, readUsage, severityLabel } from '../reading.js';

const OUTPUTS = ['text', 'json'] as const;

/** The report as lines of text: meta, sections found, then every row of tables 2–4 with its cells. */
function reportLines(report: Report): string[] {
  const { meta } = report;
  const show = (v: number | null | undefined): string => (v === null || v === undefined ? '·' : String(v));
  const lines = [
    `${meta.agency || '(body unknown)'} ${meta.year || '(year unknown)'} · ${report.format} format · ${meta.level}${meta.published ? ` · published ${meta.published}` : ''}`,
    `sections: ${
      Object.values(report.sections)
        .map((s) => s?.heading)
        .join(' | ') || '(none)'
    }`,
  ];
  for (const table of getFormat(report.format).tables) {
    const values = report[`table${table.id}` as 'table2' | 'table3' | 'table4'] as unknown as Record<
      string,
      Record<string, number | null>
    >;
    lines.push(`表${table.id} ${table.title}`);
    for (const block of table.blocks) {
      for (const row of block.rows) {
        const cells = block.columns.map((c) => show(values[row.key]?.[c.key]));
        lines.push(`  ${row.label}: ${cells.join(' ')}`);
      }
    }
  }
  const units = Object.entries(report.units);
  if (units.length) lines.push(`units: ${units.map(([k, u]) => `${k}=${u}`).join(', ')}`);
  return lines;
}

function printText(io: CliIO, file: string, report: Report, findings: readonly Finding[]): void {
  const style = styleFor(io);
  const lines = [
    style.bold(file),
    ...reportLines(report),
    findings.length ? 'reading findings:' : 'reading findings: none',
    ...findings.map((f) => `  ${severityLabel(f.severity, style)} ${style.bold(f.code)} ${f.message}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
}

/**
 * The `parse` subcommand.
 *
 * @example
 * ```ts
 * await parseCommand.run(['report.html', '--format', 'json'], io); // prints { report, findings }
 * ```
 */
export const parseCommand: CliCommand = {
  name: 'parse',
  summary: 'read a published report (text, HTML, …) and show what was read and what could not be',
  usage: [
    'zfxxgk parse FILE [--format text|json] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    readUsage.file('FILE', 'a report'),
    "  --format text|json   text (default): the report's tables and the reading findings;",
    '                       json: { "report": …, "findings": [...] }',
    readUsage.lang('the messages'),
    readUsage.inputFormat,
    readUsage.rule,
    '',
    'Exit status: 0 read without error findings, 1 reading findings of severity error, 2 usage or input errors.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      format: { type: 'string' },
    });
    const output = oneOf('format', values.format, OUTPUTS, 'text');
    if (positionals.length !== 1)
      throw new UsageError(positionals.length ? 'give one input file' : 'no input file given');
    const file = positionals[0] as string;
    const { report, findings } = await loadReport(file, io, readSettings(values));
    if (output === 'json') io.stdout(`${JSON.stringify({ report, findings }, null, 2)}\n`);
    else printText(io, file, report, findings);
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
