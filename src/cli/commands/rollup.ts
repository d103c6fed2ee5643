/**
 * `zfxxgk rollup FILE|FOLDER… [--agency NAME] [--to csv|json]`: adds reports cell by cell into one
 * report (the 本级政府 total), written on standard output; what the rollup found goes to stderr.
 *
 * @module
 */
import type { Finding, Lang } from '../../findings/types.js';
import { writeCsv } from '../../interchange/csv.js';
import { RollupInputError, rollup } from '../../rollup/index.js';
import type { CliCommand } from '../command.js';
import { cliText } from '../i18n.js';
import { oneOf, parseCommandArgs, UsageError } from '../options.js';
import { BATCH_OPTIONS, batchSettings, loadReports, READ_OPTIONS, readSettings, readUsage } from '../reading.js';

const TARGETS = ['csv', 'json'] as const;

function usage(lang: Lang): string {
  const u = readUsage(lang);
  const zh = lang === 'zh';
  return [
    'zfxxgk rollup FILE|FOLDER… [--agency NAME] [--to csv|json] [--comparable] [--year YEAR] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    u.file('FILE', zh ? '同一格式、同一年度的报告' : 'reports of one format and year'),
    u.folders,
    zh
      ? '  --agency NAME        汇总报告的发布机关（默认 汇总）'
      : '  --agency NAME        the body the total is published for (default 汇总)',
    zh
      ? '  --to csv|json        csv（默认）：长表；json：{ report, provenance, findings }'
      : '  --to csv|json        csv (default): the interchange table; json: { report, provenance, findings }',
    zh
      ? '  --comparable         汇总不同格式或年度的报告，只保留可比的单元格'
      : '  --comparable         add reports of different formats or years, keeping only comparable cells',
    zh
      ? '  --year YEAR          汇总报告的年度（--comparable 跨年度时必需）'
      : '  --year YEAR          the year of the total (needed with --comparable across years)',
    ...u.batch,
    u.lang(zh ? '问题' : 'the findings'),
    u.inputFormat,
    u.rule,
    '',
    zh
      ? '问题（空白、单位不一致、重复的报告）列在标准错误中。'
      : 'Findings (blank inputs, units that differ, a body given twice) are listed on stderr.',
    zh
      ? '退出状态：0 已输出；1 有错误级别的问题（单元格被拒绝或同一机关年度的两份报告不同）；2 用法或输入错误。'
      : 'Exit status: 0 written, 1 error findings (a cell refused, or two differing reports of one body and year), 2 usage or input errors.',
  ].join('\n');
}

/**
 * The `rollup` subcommand.
 *
 * @example
 * ```ts
 * await rollupCommand.run(['departments/', '--agency', '某县人民政府'], io); // the total as CSV on stdout
 * ```
 */
export const rollupCommand: CliCommand = {
  name: 'rollup',
  summary: { zh: '将多份报告逐格汇总为一份', en: 'add reports cell by cell into one total report' },
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      agency: { type: 'string' },
      to: { type: 'string' },
      comparable: { type: 'boolean' },
      year: { type: 'string' },
      ...READ_OPTIONS,
      ...BATCH_OPTIONS,
    });
    const settings = readSettings(values);
    const { lang } = settings;
    const text = cliText(lang);
    const target = oneOf('to', values.to, TARGETS, 'csv', lang);
    const batch = batchSettings(values, lang, io);
    if (positionals.length === 0) throw new UsageError(text.errors.noInput);
    if (values.year !== undefined && !/^\d{4}$/.test(values.year))
      throw new UsageError(text.errors.positiveInteger('year', values.year));
    const read = await loadReports('rollup', positionals, io, settings, batch);
    let result: ReturnType<typeof rollup>;
    try {
      result = rollup(
        read.map((r) => r.report),
        { agency: values.agency ?? '汇总', ...(values.year !== undefined && { year: Number(values.year) }) },
        { comparable: values.comparable ?? false, lang, rules: settings.rules },
      );
    } catch (err) {
      if (err instanceof RollupInputError) {
        // Name the files, and the option, as the command line knows them.
        const message = err.message.replace(/input (\d+) \(/g, (_m, i: string) => `${read[Number(i)]?.file} (`);
        throw new UsageError(
          message.replaceAll('{ comparable: true }', '--comparable').replaceAll('meta.year', '--year'),
        );
      }
      throw err;
    }
    const { report, provenance, findings } = result;
    // A finding about one input (a body given twice) names its file.
    const fileOf = (f: Finding): string => {
      const [where, index] = f.path ?? [];
      return where === 'inputs' && typeof index === 'number' ? `${read[index]?.file}: ` : '';
    };
    for (const f of findings) io.stderr(`zfxxgk rollup: ${fileOf(f)}${f.severity} ${f.code} ${f.message}\n`);
    for (const { format, cells } of provenance.notComparable) {
      io.stderr(`zfxxgk rollup: ${text.rollup.notComparable(cells.length, format)}\n`);
    }
    io.stdout(target === 'csv' ? writeCsv(report) : `${JSON.stringify({ report, provenance, findings }, null, 2)}\n`);
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
