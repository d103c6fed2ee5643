/**
 * `zfxxgk diff OLD NEW [--format text|json]`: every cell's change between two reports.
 *
 * @module
 */
import type { Lang } from '../../findings/types.js';
import { diff, diffToText } from '../../diff/index.js';
import type { CliCommand } from '../command.js';
import { cliText } from '../i18n.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';
import { loadReports, READ_OPTIONS, readSettings, readUsage } from '../reading.js';

const OUTPUTS = ['text', 'json'] as const;

function usage(lang: Lang): string {
  const u = readUsage(lang);
  const zh = lang === 'zh';
  return [
    'zfxxgk diff OLD NEW [--format text|json] [--all] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    u.file('OLD, NEW', zh ? '两份报告' : 'two reports'),
    zh
      ? '  --format text|json   text（默认）：按表列出变化的单元格，然后是不可比的单元格；'
      : '  --format text|json   text (default): the changed cells by table, then the cells not comparable;',
    zh
      ? '                       json：完整的比对结果（每个单元格的绝对和相对变化）'
      : '                       json: the whole diff (every cell, with absolute and relative change)',
    zh
      ? '  --all                文本中也列出未变化的单元格'
      : '  --all                in text, list unchanged cells too',
    u.lang(zh ? '文本' : 'the text'),
    u.inputFormat,
    u.rule,
    '',
    zh ? '退出状态：0 已比对；2 用法或输入错误。' : 'Exit status: 0 compared, 2 usage or input errors.',
  ].join('\n');
}

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
  summary: {
    zh: '逐格比对两份报告（同一机关两个年度，或两个机关）',
    en: 'compare two reports cell by cell (one body over two years, or two bodies)',
  },
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      format: { type: 'string' },
      all: { type: 'boolean' },
    });
    const settings = readSettings(values);
    const output = oneOf('format', values.format, OUTPUTS, 'text', settings.lang);
    const count = cliText(settings.lang).errors.inputCount;
    if (positionals.length !== 2) throw new UsageError(count(2, positionals.length));
    const reports = await loadReports('diff', positionals, io, settings);
    const [from, to] = reports;
    if (!from || !to || reports.length !== 2) throw new UsageError(count(2, reports.length));
    const d = diff(from.report, to.report);
    io.stdout(
      output === 'json'
        ? `${JSON.stringify(d, null, 2)}\n`
        : diffToText(d, { lang: settings.lang, all: values.all ?? false }),
    );
    return 0;
  },
};
