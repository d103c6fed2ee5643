/**
 * `zfxxgk parse FILE [--format text|json] [--lang zh|en]`: reads a published report (text, HTML,
 * or any medium a loader reads) and prints the report it read and what the reader could not read.
 *
 * @module
 */
import type { Finding, Lang } from '../../findings/types.js';
import { getFormat } from '../../format/index.js';
import type { Report } from '../../model/types.js';
import type { CliCommand, CliIO } from '../command.js';
import { type CliText, cliText } from '../i18n.js';
import { oneOf, parseCommandArgs, styleFor, UsageError } from '../options.js';
import { findingLine } from '../output/text.js';
import { loadReports, READ_OPTIONS, readSettings, readUsage } from '../reading.js';

const OUTPUTS = ['text', 'json'] as const;

/** The report as lines of text: meta, sections found, then every row of tables 2–4 with its cells. */
function reportLines(report: Report, text: CliText): string[] {
  const { meta } = report;
  const t = text.parse;
  const show = (v: number | null | undefined): string => (v === null || v === undefined ? '·' : String(v));
  const sections = Object.values(report.sections)
    .map((s) => s?.heading)
    .join(' | ');
  const lines = [
    t.heading(
      meta.agency || t.unknownBody,
      meta.year ? String(meta.year) : t.unknownYear,
      report.format,
      meta.level,
      meta.published,
    ),
    t.sections(sections || t.none),
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
  if (units.length) lines.push(t.units(units.map(([k, u]) => `${k}=${u}`).join(', ')));
  return lines;
}

function printText(io: CliIO, file: string, report: Report, findings: readonly Finding[], text: CliText): void {
  const style = styleFor(io);
  const lines = [
    style.bold(file),
    ...reportLines(report, text),
    findings.length ? text.parse.readingFindings : text.parse.noReadingFindings,
    ...findings.map((f) => `  ${findingLine(f, text, style)}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
}

function usage(lang: Lang): string {
  const u = readUsage(lang);
  const zh = lang === 'zh';
  return [
    'zfxxgk parse FILE [--format text|json] [--lang zh|en] [--input-format FORMAT] [--rule CODE=S]',
    '',
    u.file('FILE', zh ? '一份报告' : 'a report'),
    zh
      ? '  --format text|json   text（默认）：报告的各表及读取提示；json：{ "report": …, "findings": [...] }'
      : '  --format text|json   text (default): the report\'s tables and the reading findings; json: { "report": …, "findings": [...] }',
    u.lang(zh ? '消息' : 'the messages'),
    u.inputFormat,
    u.rule,
    '',
    zh
      ? '退出状态：0 读取且无错误级别的提示；1 有错误级别的读取提示；2 用法或输入错误。'
      : 'Exit status: 0 read without error findings, 1 reading findings of severity error, 2 usage or input errors.',
  ].join('\n');
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
  summary: {
    zh: '读取已发布的报告（文本、网页等），显示读到的内容和无法确定的部分',
    en: 'read a published report (text, HTML, …) and show what was read and what could not be',
  },
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { ...READ_OPTIONS, format: { type: 'string' } });
    const settings = readSettings(values);
    const text = cliText(settings.lang);
    const output = oneOf('format', values.format, OUTPUTS, 'text', settings.lang);
    if (positionals.length !== 1)
      throw new UsageError(positionals.length ? text.errors.inputCount(1, positionals.length) : text.errors.noInput);
    // The reading findings are this command's output: they go to stdout, not stderr.
    const [read] = await loadReports('parse', positionals, { ...io, stderr: () => undefined }, settings);
    if (!read) throw new UsageError(text.errors.noInput);
    const { report, findings, file } = read;
    if (output === 'json') io.stdout(`${JSON.stringify({ report, findings }, null, 2)}\n`);
    else printText(io, file, report, findings, text);
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
