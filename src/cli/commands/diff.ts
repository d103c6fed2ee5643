/**
 * `zfxxgk diff OLD NEW [--format text|json]`: every cell's change between two reports.
 *
 * @module
 */
import { diff, formatDiff } from '../../diff/index.js';
import type { Report } from '../../model/types.js';
import type { CliCommand } from '../command.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';
import { loadReports, READ_OPTIONS, readSettings, readUsage } from '../reading.js';

const OUTPUTS = ['text', 'json'] as const;

/**
 * The `diff` subcommand.
 *
 * @example
 * ```ts
 * await diffCommand.run(['2023.csv', '2024.csv', '--format', 'json'], io); // the ReportDiff on stdout
 * ```
 */
export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'compare two reports cell by cell (one body over two years, or two bodies)',
  usage: [
    'zfxxgk diff OLD NEW [--format text|json] [--all] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    readUsage.file('OLD, NEW', 'two reports'),
    '  --format text|json   text (default): the changed cells by table, then the cells not comparable;',
    '                       json: the whole diff (every cell, with absolute and relative change)',
    '  --all                in text, list unchanged cells too',
    readUsage.lang('the text'),
    readUsage.inputFormat,
    readUsage.rule,
    '',
    'Exit status: 0 compared, 2 usage or input errors.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      format: { type: 'string' },
      all: { type: 'boolean' },
    });
    const output = oneOf('format', values.format, OUTPUTS, 'text');
    const settings = readSettings(values);
    if (positionals.length !== 2) throw new UsageError(`expected two input files (OLD NEW), got ${positionals.length}`);
    const [from, to] = (await loadReports('diff', positionals, io, settings)) as [Report, Report];
    const d = diff(from, to);
    io.stdout(
      output === 'json'
        ? `${JSON.stringify(d, null, 2)}\n`
        : formatDiff(d, { lang: settings.lang, all: values.all ?? false }),
    );
    return 0;
  },
};
