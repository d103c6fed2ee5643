/**
 * `zfxxgk export FILE [--to csv|json]`: writes a report as the interchange CSV (the default) or
 * as its JSON form, on standard output.
 *
 * @module
 */
import { writeCsv } from '../../interchange/csv.js';
import type { Report } from '../../model/types.js';
import type { CliCommand } from '../command.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';
import { loadReports, READ_OPTIONS, readSettings, readUsage } from '../reading.js';

const TARGETS = ['csv', 'json'] as const;

/**
 * The `export` subcommand.
 *
 * @example
 * ```ts
 * await exportCommand.run(['report.csv', '--to', 'json'], io); // writes the JSON form on stdout
 * ```
 */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a report as the interchange CSV or as JSON',
  usage: [
    'zfxxgk export FILE [--to csv|json] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    readUsage.file('FILE', 'a report'),
    '  --to csv|json        csv (default): table,row,column,value with the official labels;',
    '                       json: the documented JSON form of the report',
    readUsage.lang('what the reader reports on stderr'),
    readUsage.inputFormat,
    readUsage.rule,
    '',
    'Exit status: 0 written, 2 usage or input errors.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      to: { type: 'string' },
    });
    const target = oneOf('to', values.to, TARGETS, 'csv');
    if (positionals.length !== 1) throw new UsageError(`expected one input file, got ${positionals.length}`);
    const [report] = (await loadReports('export', positionals, io, readSettings(values))) as [Report];
    io.stdout(target === 'csv' ? writeCsv(report) : `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
