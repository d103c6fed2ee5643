/**
 * `zfxxgk export FILE [--to csv|json]`: writes a report as the interchange CSV (the default) or
 * as its JSON form, on standard output.
 *
 * @module
 */
import type { Lang } from '../../findings/types.js';
import { writeCsv } from '../../interchange/csv.js';
import type { CliCommand } from '../command.js';
import { cliText } from '../i18n.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';
import { loadReports, READ_OPTIONS, readSettings, readUsage } from '../reading.js';

const TARGETS = ['csv', 'json'] as const;

function usage(lang: Lang): string {
  const u = readUsage(lang);
  const zh = lang === 'zh';
  return [
    'zfxxgk export FILE [--to csv|json] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    u.file('FILE', zh ? '一份报告' : 'a report'),
    zh
      ? '  --to csv|json        csv（默认）：table,row,column,value 长表，使用官方标签；'
      : '  --to csv|json        csv (default): table,row,column,value with the official labels;',
    zh
      ? '                       json：报告的 JSON 形式'
      : '                       json: the documented JSON form of the report',
    u.lang(zh ? '标准错误中读取提示' : 'what the reader reports on stderr'),
    u.inputFormat,
    u.rule,
    '',
    zh ? '退出状态：0 已输出；2 用法或输入错误。' : 'Exit status: 0 written, 2 usage or input errors.',
  ].join('\n');
}

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
  summary: { zh: '将报告导出为长表 CSV 或 JSON', en: 'write a report as the interchange CSV or as JSON' },
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...READ_OPTIONS, to: { type: 'string' } });
    const settings = readSettings(values);
    const target = oneOf('to', values.to, TARGETS, 'csv', settings.lang);
    if (positionals.length !== 1) throw new UsageError(cliText(settings.lang).errors.inputCount(1, positionals.length));
    const [read] = await loadReports('export', positionals, io, settings);
    if (!read) throw new UsageError(cliText(settings.lang).errors.noInput);
    io.stdout(target === 'csv' ? writeCsv(read.report) : `${JSON.stringify(read.report, null, 2)}\n`);
    return 0;
  },
};
