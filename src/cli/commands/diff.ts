/**
 * `zfxxgk diff OLD NEW [--format text|json]`: every cell's change between two reports.
 *
 * @module
 */
import type { Lang } from '../../check/finding.js';
import { diff, formatDiff } from '../../diff/index.js';
import type { Report } from '../../model/types.js';
import type { CliCommand } from '../command.js';
import { INPUT_FORMATS, loadReport } from '../load.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';

const OUTPUTS = ['text', 'json'] as const;
const LANGS: readonly Lang[] = ['zh', 'en'];

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
    'zfxxgk diff OLD NEW [--format text|json] [--all] [--lang zh|en]',
    '',
    `  OLD, NEW             two reports (${INPUT_FORMATS.map((f) => `.${f}`).join(', ')}); - for standard input in one of them`,
    '  --format text|json   text (default): the changed cells by table, then the cells not comparable;',
    '                       json: the whole diff (every cell, with absolute and relative change)',
    '  --all                in text, list unchanged cells too',
    '  --lang zh|en         language of the text (default zh)',
    '',
    'Exit status: 0 compared, 2 usage or input errors.',
  ].join('\n'),
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      format: { type: 'string' },
      all: { type: 'boolean' },
      lang: { type: 'string' },
    });
    const output = oneOf('format', values.format, OUTPUTS, 'text');
    const lang = oneOf('lang', values.lang, LANGS, 'zh');
    if (positionals.length !== 2) throw new UsageError(`expected two input files (OLD NEW), got ${positionals.length}`);
    const reports: Report[] = [];
    for (const file of positionals) {
      const { report, findings } = await loadReport(file, io, { lang });
      for (const f of findings) io.stderr(`zfxxgk diff: ${file}: ${f.severity} ${f.code} ${f.message}\n`);
      reports.push(report);
    }
    const d = diff(reports[0] as Report, reports[1] as Report);
    io.stdout(output === 'json' ? `${JSON.stringify(d, null, 2)}\n` : formatDiff(d, { lang, all: values.all ?? false }));
    return 0;
  },
};
