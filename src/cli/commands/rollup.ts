/**
 * `zfxxgk rollup FILE… [--agency NAME] [--to csv|json]`: adds reports cell by cell into one
 * report (the 本级政府 total), written on standard output; what the rollup found goes to stderr.
 *
 * @module
 */
import { writeCsv } from '../../interchange/csv.js';
import { rollup, RollupInputError } from '../../rollup/index.js';
import type { CliCommand } from '../command.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';
import { loadReports, READ_OPTIONS, readSettings, readUsage } from '../reading.js';

const TARGETS = ['csv', 'json'] as const;

/**
 * The `rollup` subcommand.
 *
 * @example
 * ```ts
 * await rollupCommand.run(['a.csv', 'b.csv', '--agency', '某县人民政府'], io); // the total as CSV on stdout
 * ```
 */
export const rollupCommand: CliCommand = {
  name: 'rollup',
  summary: 'add reports cell by cell into one total report',
  usage: [
    'zfxxgk rollup FILE… [--agency NAME] [--to csv|json] [--comparable] [--year YEAR] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    readUsage.file('FILE', 'reports of one format and year'),
    '  --agency NAME        the body the total is published for (default 汇总)',
    '  --to csv|json        csv (default): the interchange table; json: { report, provenance, findings }',
    '  --comparable         add reports of different formats or years, keeping only comparable cells',
    '  --year YEAR          the year of the total (needed with --comparable across years)',
    readUsage.lang('the findings'),
    readUsage.inputFormat,
    readUsage.rule,
    '',
    'Findings (blank inputs, units that differ) are listed on stderr.',
    'Exit status: 0 written, 1 a cell was refused (ROLLUP-UNIT-MISMATCH), 2 usage or input errors.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      agency: { type: 'string' },
      to: { type: 'string' },
      comparable: { type: 'boolean' },
      year: { type: 'string' },
      ...READ_OPTIONS,
    });
    const target = oneOf('to', values.to, TARGETS, 'csv');
    const settings = readSettings(values);
    if (positionals.length === 0) throw new UsageError('no input file given');
    if (values.year !== undefined && !/^\d{4}$/.test(values.year))
      throw new UsageError(`--year must be a four-digit year, got ${JSON.stringify(values.year)}`);
    const reports = await loadReports('rollup', positionals, io, settings);
    let result: ReturnType<typeof rollup>;
    try {
      result = rollup(
        reports,
        { agency: values.agency ?? '汇总', ...(values.year !== undefined && { year: Number(values.year) }) },
        { comparable: values.comparable ?? false, lang: settings.lang, rules: settings.rules },
      );
    } catch (err) {
      if (err instanceof RollupInputError) {
        // Name the files, and the option, as the command line knows them.
        const message = err.message.replace(/input (\d+) \(/g, (_m, i: string) => `${positionals[Number(i)]} (`);
        throw new UsageError(
          message.replaceAll('{ comparable: true }', '--comparable').replaceAll('meta.year', '--year'),
        );
      }
      throw err;
    }
    const { report, provenance, findings } = result;
    for (const f of findings) io.stderr(`zfxxgk rollup: ${f.severity} ${f.code} ${f.message}\n`);
    for (const { format, cells } of provenance.notComparable) {
      io.stderr(`zfxxgk rollup: ${cells.length} cell(s) of the ${format} format not comparable, left out\n`);
    }
    io.stdout(target === 'csv' ? writeCsv(report) : `${JSON.stringify({ report, provenance, findings }, null, 2)}\n`);
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
