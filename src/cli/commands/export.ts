/**
 * `zfxxgk export FILE [--to csv|json]`: writes a report as the interchange CSV (the default) or
 * as its JSON form, on standard output.
 *
 * @module
 */
import { writeCsv } from '../../interchange/csv.js';
import type { CliCommand } from '../command.js';
import { INPUT_FORMATS, loadReport } from '../load.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';

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
    'zfxxgk export FILE [--to csv|json] [--input-format FORMAT]',
    '',
    `  FILE                 a report (${INPUT_FORMATS.map((f) => `.${f}`).join(', ')}), or - for standard input`,
    '  --to csv|json        csv (default): table,row,column,value with the official labels;',
    '                       json: the documented JSON form of the report',
    `  --input-format F     how to read standard input (${INPUT_FORMATS.join(', ')}); sniffed when omitted`,
    '',
    'Exit status: 0 written, 2 usage or input errors.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      to: { type: 'string' },
      'input-format': { type: 'string' },
    });
    const target = oneOf('to', values.to, TARGETS, 'csv');
    if (positionals.length !== 1) throw new UsageError(`expected one input file, got ${positionals.length}`);
    const file = positionals[0] as string;
    const { report, findings } = await loadReport(file, io, { lang: 'zh', inputFormat: values['input-format'] });
    // What the reader was unsure of goes to stderr, so the exported data stays clean on stdout.
    for (const f of findings) io.stderr(`zfxxgk export: ${file}: ${f.severity} ${f.code} ${f.message}\n`);
    io.stdout(target === 'csv' ? writeCsv(report) : `${JSON.stringify(report, null, 2)}\n`);
    return 0;
  },
};
