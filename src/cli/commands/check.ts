/**
 * `zfxxgk check FILE|FOLDER…`: reads every report (folders walked, each file on its own in a pool
 * of workers) and writes one result per file, in input order, as text, JSON, NDJSON, SARIF or CSV;
 * a summary at the end. Exit 0 without errors, 1 with error findings (or more warnings than
 * `--max-warnings`), 2 on usage errors or when a file could not be checked.
 *
 * @module
 */
import { unreadCells } from '../../check/unread.js';
import type { Lang } from '../../findings/types.js';
import { checkAcrossYears } from '../batch/cross-year.js';
import { type Executor, JobFailure } from '../batch/executor.js';
import { expandInputs } from '../batch/inputs.js';
import type { ProcessSettings } from '../batch/process.js';
import type { FileResult } from '../batch/result.js';
import { runBatch } from '../batch/run.js';
import type { CliCommand, CliIO } from '../command.js';
import { cliText } from '../i18n.js';
import { nonNegativeInteger, oneOf, parseCommandArgs, UsageError } from '../options.js';
import { csvReporter } from '../output/csv.js';
import { jsonReporter, ndjsonReporter } from '../output/json.js';
import { progress } from '../output/progress.js';
import type { Reporter } from '../output/reporter.js';
import { sarifReporter } from '../output/sarif.js';
import { Summary } from '../output/summary.js';
import { summaryLines, textReporter, timingLines } from '../output/text.js';
import {
  BATCH_OPTIONS,
  batchSettings,
  executorFor,
  loadReports,
  READ_OPTIONS,
  readSettings,
  readUsage,
} from '../reading.js';
import type { Report } from '../../model/types.js';

const OUTPUTS = ['text', 'json', 'ndjson', 'sarif', 'csv'] as const;
type Output = (typeof OUTPUTS)[number];

const REPORTERS: Record<Output, (io: CliIO, lang: Lang) => Reporter> = {
  text: (io, lang) => textReporter(io, cliText(lang)),
  json: (io) => jsonReporter(io),
  ndjson: (io) => ndjsonReporter(io),
  sarif: (io, lang) => sarifReporter(io, lang, cliText(lang)),
  csv: (io, lang) => csvReporter(io, cliText(lang)),
};

function usage(lang: Lang): string {
  const u = readUsage(lang);
  const zh = lang === 'zh';
  return [
    'zfxxgk check FILE|FOLDER… [--format text|json|ndjson|sarif|csv] [--cross-year | --previous FILE] [--quiet] [--max-warnings N] [--jobs N] [--timeout S] [--include GLOB] [--exclude GLOB] [--lang zh|en] [--rule CODE=S]',
    '',
    u.file('FILE', zh ? '报告' : 'a report'),
    u.folders,
    zh
      ? '  --format F           text（默认）：按文件列出问题及其在原文中的位置，末尾为汇总；'
      : '  --format F           text (default): the findings by file, with where they are in the source; a summary;',
    zh
      ? '                       json：每个文件一项的数组；ndjson：每行一个文件；sarif：SARIF 2.1.0；csv：每个问题一行'
      : '                       json: an array, one entry per file; ndjson: one file per line; sarif: SARIF 2.1.0; csv: a row per finding',
    zh
      ? '  --cross-year         在输入中按机关名称和年度配对相邻年度的报告，增加跨年度检查'
      : "  --cross-year         pair each body's consecutive years among the inputs (by name and year) and add the cross-year checks",
    zh
      ? '  --previous FILE      同一机关上一年度的报告（只检查一份报告时）：增加跨年度检查'
      : "  --previous FILE      the same body's report of the year before (for one report): adds the cross-year checks",
    zh ? '  --quiet              只输出错误级别的问题' : '  --quiet              write findings of severity error only',
    zh
      ? '  --max-warnings N     警告超过 N 个时以状态 1 退出'
      : '  --max-warnings N     exit 1 when there are more than N warnings',
    ...u.batch,
    u.lang(zh ? '输出' : 'the output'),
    u.inputFormat,
    u.rule,
    '',
    zh
      ? '退出状态：0 无错误；1 有错误级别的问题或警告超过 --max-warnings；2 用法错误，或有文件未能检查（无法读取、不支持、失败）。'
      : 'Exit status: 0 no errors; 1 error findings, or more warnings than --max-warnings; 2 usage errors, or a file that could not be checked (unreadable, unsupported, failed).',
  ].join('\n');
}

/** Only the findings of severity error, for `--quiet`. */
function errorsOnly(result: FileResult): FileResult {
  const errors = (f: { severity: string }) => f.severity === 'error';
  return {
    ...result,
    readingFindings: result.readingFindings.filter(errors),
    checkFindings: result.checkFindings.filter(errors),
  };
}

/** Checks each result against the one previous report of `--previous`. */
async function againstPrevious(result: FileResult, previous: Report, executor: Executor, lang: Lang): Promise<void> {
  const { report } = result;
  if (!report) return;
  if (previous.meta.year !== report.meta.year - 1)
    throw new UsageError(cliText(lang).errors.previousYear(previous.meta.year, result.file, report.meta.year));
  try {
    result.checkFindings = await executor.run({
      kind: 'pair',
      report,
      previous,
      sourceMap: result.sourceMap,
      unread: unreadCells(report.format, result.readingFindings),
    });
  } catch (err) {
    if (!(err instanceof JobFailure)) throw err;
    Object.assign(result, {
      status: 'failed',
      failure: err.failure,
      problems: [cliText(lang).failure[err.failure](err.message)],
    });
  }
}

/**
 * The `check` subcommand.
 *
 * @example
 * ```ts
 * await checkCommand.run(['reports/', '--format', 'sarif'], io); // 0, 1 or 2
 * ```
 */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: {
    zh: '检查报告（文件或文件夹）是否符合格式的每条规则',
    en: 'check reports (files or folders) against every rule of their format',
  },
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      ...READ_OPTIONS,
      ...BATCH_OPTIONS,
      format: { type: 'string' },
      previous: { type: 'string' },
      'cross-year': { type: 'boolean' },
      quiet: { type: 'boolean' },
      'max-warnings': { type: 'string' },
    });
    const settings = readSettings(values);
    const { lang } = settings;
    const text = cliText(lang);
    const output = oneOf('format', values.format, OUTPUTS, 'text', lang);
    const maxWarnings = nonNegativeInteger('max-warnings', values['max-warnings'], lang);
    const batch = batchSettings(values, lang, io);
    const crossYear = values['cross-year'] ?? false;
    if (positionals.length === 0) throw new UsageError(text.errors.noInput);
    if (crossYear && values.previous !== undefined) throw new UsageError(text.errors.previousWithCrossYear);
    // The previous year's report is read as such (--input-format is for FILE); what its reader
    // was unsure of goes to stderr, since its findings are not this report's.
    const previous =
      values.previous === undefined
        ? undefined
        : (await loadReports('check', [values.previous], io, { lang, rules: settings.rules }))[0]?.report;

    const inputs = await expandInputs(positionals, io, { ...batch, lang });
    const keep = crossYear || previous !== undefined;
    const process: ProcessSettings = { ...settings, check: true, keep, maxBytes: batch.maxBytes };
    const executor = executorFor(io, process, batch, inputs);
    const reporter = REPORTERS[output](io, lang);
    const summary = new Summary();
    const bar = progress(io, inputs.length, text);
    const emit = (result: FileResult): void => {
      // As with ESLint, --quiet drops what is not an error before anything is counted.
      const shown = values.quiet ? errorsOnly(result) : result;
      summary.add(shown);
      const quietAndClean =
        values.quiet &&
        output === 'text' &&
        shown.status === 'checked' &&
        !shown.readingFindings.length &&
        !shown.checkFindings.length;
      if (!quietAndClean) reporter.file(shown);
    };
    let pairs = 0;
    try {
      const results = runBatch(inputs, executor, { window: Math.max(16, batch.jobs * 8), lang });
      reporter.begin();
      if (crossYear) {
        // Pairs can be anywhere among the inputs: every report is read before any is written.
        const all: FileResult[] = [];
        for await (const result of results) {
          all.push(result);
          bar.tick();
        }
        pairs = await checkAcrossYears(all, executor, text);
        bar.clear();
        for (const result of all) emit({ ...result, report: undefined, sourceMap: undefined });
      } else {
        for await (const result of results) {
          if (previous) await againstPrevious(result, previous, executor, lang);
          bar.tick();
          emit(result);
        }
        bar.clear();
      }
    } finally {
      await executor.close();
    }
    reporter.end(summary);

    const extra = crossYear ? [text.crossYear.pairs(pairs)] : [];
    if (output !== 'text' && !values.quiet) io.stderr(`${[...summaryLines(summary, text), ...extra].join('\n')}\n`);
    else if (extra.length) io.stdout(`${extra.join('\n')}\n`);
    if (!values.quiet && summary.files > 1) io.stderr(`${timingLines(summary, text).join('\n')}\n`);

    if (!summary.allChecked()) return 2;
    if (summary.bySeverity.error > 0) return 1;
    if (maxWarnings !== undefined && summary.bySeverity.warning > maxWarnings) {
      io.stderr(`${text.summary.tooManyWarnings(summary.bySeverity.warning, maxWarnings)}\n`);
      return 1;
    }
    return 0;
  },
};
