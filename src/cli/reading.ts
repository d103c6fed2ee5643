/**
 * What the commands that read reports share: the reading options (`--lang`, `--input-format`,
 * `--rule`) and the batch options (folders, jobs, limits) with their lines of usage, reading the
 * inputs through the batch engine, and how a severity is shown.
 *
 * @module
 */
import { RULES } from '../findings/index.js';
import type { Finding, Lang, RuleSetting } from '../findings/types.js';
import type { Report } from '../model/types.js';
import { type Executor, inProcess } from './batch/executor.js';
import { youngGenerationMb } from './batch/heap.js';
import { type BatchInput, expandInputs } from './batch/inputs.js';
import type { ProcessSettings } from './batch/process.js';
import type { FileResult } from './batch/result.js';
import { runBatch } from './batch/run.js';
import type { CliIO } from './command.js';
import { cliText } from './i18n.js';
import { INPUT_FORMATS, LoadError } from './load.js';
import { langOption, oneOf, positiveInteger, type Style, UsageError } from './options.js';

const SETTINGS: readonly RuleSetting[] = ['off', 'error', 'warning', 'info'];
/** Every finding code a command can report. */
const CODES: ReadonlySet<string> = new Set(RULES.map((r) => r.code));

/**
 * The options every reading command accepts, for `parseCommandArgs`.
 *
 * @example
 * ```ts
 * parseCommandArgs(args, { ...READ_OPTIONS, to: { type: 'string' } });
 * ```
 */
export const READ_OPTIONS = {
  lang: { type: 'string' },
  'input-format': { type: 'string' },
  rule: { type: 'string', multiple: true },
} as const;

/**
 * The options of the commands that read many files (`check`, `rollup`): how folders are walked,
 * how many files are read at once, and each file's limits.
 *
 * @example
 * ```ts
 * parseCommandArgs(args, { ...READ_OPTIONS, ...BATCH_OPTIONS });
 * ```
 */
export const BATCH_OPTIONS = {
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  'no-recursive': { type: 'boolean' },
  jobs: { type: 'string' },
  timeout: { type: 'string' },
  'max-memory': { type: 'string' },
  'max-size': { type: 'string' },
} as const;

/** Defaults of the per-file limits. */
const DEFAULT_TIMEOUT_S = 60;
/**
 * Below 2,048 MB (on 64-bit), V8 lets a heap grow to at most 2× what it holds before a full
 * collection instead of 4×: 1,536 MB keeps a reader's heap close to what it uses (1.8×) and still
 * leaves room for a large PDF.
 */
const DEFAULT_MAX_MEMORY_MB = 1536;
const DEFAULT_MAX_SIZE_MB = 100;

const formats = Object.keys(INPUT_FORMATS);
const pad = (option: string): string => `  ${option.padEnd(21)}`;

/**
 * The usage lines of the reading and batch options, worded for each command, in a language.
 *
 * @example
 * ```ts
 * const u = readUsage('en');
 * [u.file('FILE', 'a report'), u.lang('the messages'), u.inputFormat, u.rule];
 * ```
 */
export function readUsage(lang: Lang) {
  const zh = lang === 'zh';
  return {
    file: (name: string, what: string): string =>
      zh
        ? `${pad(name)}${what}：PDF、Word（.docx）、网页、文本、JSON 或长表 CSV，按内容识别；- 表示标准输入`
        : `${pad(name)}${what}: PDF, Word (.docx), web page, text, JSON or the interchange CSV, told by content; - for standard input`,
    folders: zh
      ? `${pad('')}也可以是文件夹（递归读取）或加引号的通配符（'报告/**/*.pdf'）`
      : `${pad('')}or a folder (read recursively), or a quoted glob ('reports/**/*.pdf')`,
    lang: (what: string): string =>
      zh ? `${pad('--lang zh|en')}${what}的语言（默认 zh）` : `${pad('--lang zh|en')}language of ${what} (default zh)`,
    rule: zh
      ? `${pad('--rule CODE=S')}将某个问题代码设为 off、error、warning 或 info（可重复）`
      : `${pad('--rule CODE=S')}set a finding code to off, error, warning or info (repeatable)`,
    inputFormat: zh
      ? `${pad('--input-format F')}按 F 读取输入（${formats.join('、')}），默认按内容识别`
      : `${pad('--input-format F')}read the inputs as F (${formats.join(', ')}); by default told by their content`,
    batch: zh
      ? [
          `${pad('--include GLOB')}只读取文件夹中与之匹配的文件（可重复；不含 / 的模式匹配文件名）`,
          `${pad('--exclude GLOB')}跳过文件夹中与之匹配的文件（可重复）`,
          `${pad('--no-recursive')}不读取子文件夹`,
          `${pad('--jobs N')}同时读取 N 个文件（默认为 CPU 核数）`,
          `${pad('--timeout S')}每个文件最多 S 秒（默认 ${DEFAULT_TIMEOUT_S}），超时记为失败`,
          `${pad('--max-memory MB')}每个读取线程的内存上限（MB）（默认 ${DEFAULT_MAX_MEMORY_MB}）`,
          `${pad('--max-size MB')}不读取超过 MB 的文件（默认 ${DEFAULT_MAX_SIZE_MB}）`,
        ]
      : [
          `${pad('--include GLOB')}read only the files of folders that match (repeatable; a glob without / matches the name)`,
          `${pad('--exclude GLOB')}skip the files of folders that match (repeatable)`,
          `${pad('--no-recursive')}do not read subfolders`,
          `${pad('--jobs N')}read N files at once (default: the number of cores)`,
          `${pad('--timeout S')}at most S seconds per file (default ${DEFAULT_TIMEOUT_S}); a file over it fails`,
          `${pad('--max-memory MB')}memory limit of each reader (default ${DEFAULT_MAX_MEMORY_MB})`,
          `${pad('--max-size MB')}do not read files over MB megabytes (default ${DEFAULT_MAX_SIZE_MB})`,
        ],
  };
}

/** The settled values of {@link READ_OPTIONS}. */
export interface ReadSettings {
  lang: Lang;
  inputFormat?: string | undefined;
  /** Per-code severity overrides, or `'off'`, for the readers and the checks. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

/**
 * Checks the values of {@link READ_OPTIONS} (a usage error for an unknown language, input format,
 * code or setting).
 *
 * @example
 * ```ts
 * readSettings({ lang: 'en' }); // { lang: 'en', inputFormat: undefined }
 * ```
 */
export function readSettings(values: { lang?: string; 'input-format'?: string; rule?: string[] }): ReadSettings {
  const lang = langOption(values.lang);
  const inputFormat = values['input-format'];
  if (inputFormat !== undefined && !Object.hasOwn(INPUT_FORMATS, inputFormat.toLowerCase()))
    throw new UsageError(cliText(lang).load.unknownInputFormat(inputFormat, formats));
  const settings: ReadSettings = { lang, inputFormat };
  if (values.rule?.length) settings.rules = ruleSettings(values.rule, lang);
  return settings;
}

/** `--rule CODE=SETTING` options as a rules object; an unknown code or setting is a usage error. */
function ruleSettings(options: readonly string[], lang: Lang): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = Object.create(null);
  for (const option of options) {
    const at = option.indexOf('=');
    const code = option.slice(0, at);
    if (at < 0 || !CODES.has(code)) throw new UsageError(cliText(lang).errors.rule(option));
    rules[code] = oneOf('rule', option.slice(at + 1), SETTINGS, 'off', lang);
  }
  return rules;
}

/**
 * How a batch reads its inputs: the folder walk and the pool.
 *
 * @example
 * ```ts
 * const batch = batchSettings(values, settings, io);
 * ```
 */
export interface BatchSettings {
  recursive: boolean;
  include: readonly string[];
  exclude: readonly string[];
  jobs: number;
  timeoutMs: number;
  maxMemoryMb: number;
  maxBytes: number;
}

/**
 * Checks the values of {@link BATCH_OPTIONS}.
 *
 * @example
 * ```ts
 * batchSettings({ jobs: '2' }, 'zh', io).jobs; // 2
 * ```
 */
export function batchSettings(
  values: {
    include?: string[];
    exclude?: string[];
    'no-recursive'?: boolean;
    jobs?: string;
    timeout?: string;
    'max-memory'?: string;
    'max-size'?: string;
  },
  lang: Lang,
  io: CliIO,
): BatchSettings {
  return {
    recursive: !values['no-recursive'],
    include: values.include ?? [],
    exclude: values.exclude ?? [],
    jobs: positiveInteger('jobs', values.jobs, Math.max(1, io.cpus), lang),
    timeoutMs: positiveInteger('timeout', values.timeout, DEFAULT_TIMEOUT_S, lang) * 1000,
    maxMemoryMb: positiveInteger('max-memory', values['max-memory'], DEFAULT_MAX_MEMORY_MB, lang),
    maxBytes: positiveInteger('max-size', values['max-size'], DEFAULT_MAX_SIZE_MB, lang) * 1024 * 1024,
  };
}

/**
 * The executor of a batch: the I/O's worker pool when it has one, else the calling thread.
 *
 * @example
 * ```ts
 * const executor = executorFor(io, process, batch, inputs);
 * ```
 */
export function executorFor(
  io: CliIO,
  settings: ProcessSettings,
  batch: BatchSettings,
  inputs: readonly { file: string }[],
): Executor {
  if (!io.workers) {
    return inProcess(settings, {
      size: async (path) => {
        const stat = await io.stat(path);
        if (!stat) await io.readFile(path); // throws the reason, as reading would
        return stat?.size ?? 0;
      },
      readFile: (path) => io.readFile(path),
    });
  }
  return io.workers({
    // No more workers than files: each costs a start-up.
    size: Math.max(1, Math.min(batch.jobs, inputs.length, 64)),
    timeoutMs: batch.timeoutMs,
    maxMemoryMb: batch.maxMemoryMb,
    youngGenerationMb: youngGenerationMb(inputs),
    settings,
  });
}

/**
 * Reads inputs through the batch engine, yielding each file's result in input order.
 *
 * @example
 * ```ts
 * for await (const result of readResults(inputs, io, settings, batch)) …
 * ```
 */
export async function* readResults(
  inputs: readonly BatchInput[],
  io: CliIO,
  settings: ProcessSettings,
  batch: BatchSettings,
): AsyncGenerator<FileResult> {
  const executor = executorFor(io, settings, batch, inputs);
  try {
    yield* runBatch(inputs, executor, { window: Math.max(16, batch.jobs * 8), lang: settings.lang });
  } finally {
    await executor.close();
  }
}

/** A one-file command's limits: no pool, the defaults otherwise. */
const ONE_FILE: BatchSettings = {
  recursive: false,
  include: [],
  exclude: [],
  jobs: 1,
  timeoutMs: DEFAULT_TIMEOUT_S * 1000,
  maxMemoryMb: DEFAULT_MAX_MEMORY_MB,
  maxBytes: DEFAULT_MAX_SIZE_MB * 1024 * 1024,
};

/**
 * Why a file was not read, as a load error: its problems, its reading findings and the advice.
 *
 * @example
 * ```ts
 * if (result.status !== 'checked') throw notReadError(result, 'en');
 * ```
 */
export function notReadError(result: FileResult, lang: Lang): LoadError {
  const text = cliText(lang);
  const lines = [
    ...(result.problems ?? []).map((p) => (p.startsWith(result.file) ? p : `${result.file}: ${p}`)),
    ...result.readingFindings
      .filter((f) => f.severity === 'error')
      .map((f) => `${result.file}: ${f.code}: ${f.message}`),
  ];
  if (result.advice) lines.push(`${result.file}: ${text.findings.advice(result.advice)}`);
  return new LoadError(lines);
}

/**
 * Reads files into reports, in order, for the commands that need every one of them (`export`,
 * `parse`, `diff`, `rollup`): the first file that cannot be read stops the command with a
 * {@link LoadError}. What a reader was unsure of goes to stderr, prefixed with the command and the
 * file, so that the data written on stdout stays clean.
 *
 * @example
 * ```ts
 * const [old, next] = await loadReports('diff', ['2023.csv', '2024.html'], io, { lang: 'zh' });
 * ```
 */
export async function loadReports(
  command: string,
  files: readonly string[],
  io: CliIO,
  settings: ReadSettings,
  batch: BatchSettings = ONE_FILE,
): Promise<{ report: Report; findings: Finding[]; file: string }[]> {
  const inputs = await expandInputs(files, io, { ...batch, lang: settings.lang });
  const process: ProcessSettings = { ...settings, check: false, keep: true, maxBytes: batch.maxBytes };
  const out: { report: Report; findings: Finding[]; file: string }[] = [];
  for await (const result of readResults(inputs, io, process, batch)) {
    if (result.status !== 'checked' || !result.report) throw notReadError(result, settings.lang);
    for (const f of result.readingFindings)
      io.stderr(`zfxxgk ${command}: ${result.file}: ${f.severity} ${f.code} ${f.message}\n`);
    out.push({ report: result.report, findings: result.readingFindings, file: result.file });
  }
  return out;
}

/**
 * A finding's severity as a coloured label of fixed width, for text output.
 *
 * @example
 * ```ts
 * severityLabel('warning', styleFor(io)); // 'warning' (yellow on a terminal)
 * ```
 */
export function severityLabel(severity: Finding['severity'], style: Style): string {
  return severity === 'error'
    ? style.red('error  ')
    : severity === 'warning'
      ? style.yellow('warning')
      : style.dim('info   ');
}
