/**
 * What the commands that read reports share: the `--lang` and `--input-format` options with their
 * lines of usage, reading several inputs, and how a severity is shown.
 *
 * @module
 */
import { RULES } from '../findings/index.js';
import type { Finding, Lang, RuleSetting } from '../findings/types.js';
import type { Report } from '../model/types.js';
import type { CliIO } from './command.js';
import { INPUT_FORMATS, loadReport } from './load.js';
import { oneOf, UsageError, type Style } from './options.js';

const LANGS: readonly Lang[] = ['zh', 'en'];
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
 * The usage lines of the input files and of {@link READ_OPTIONS}, worded for each command.
 *
 * @example
 * ```ts
 * [readUsage.file('FILE', 'a report'), readUsage.lang('the messages'), readUsage.inputFormat];
 * ```
 */
export const readUsage = {
  file: (name: string, what: string): string =>
    `  ${name.padEnd(21)}${what} (${INPUT_FORMATS.map((f) => `.${f}`).join(', ')}), or - for standard input`,
  lang: (what: string): string => `  --lang zh|en         language of ${what} (default zh)`,
  rule: '  --rule CODE=S        set a finding code to off, error, warning or info (repeatable)',
  inputFormat: `  --input-format F     read the inputs as F (${INPUT_FORMATS.join(', ')}); by default by extension, sniffed for -`,
};

/** The settled values of {@link READ_OPTIONS}. */
export interface ReadSettings {
  lang: Lang;
  inputFormat?: string;
  /** Per-code severity overrides, or `'off'`, for the readers and the checks. */
  rules?: Readonly<Record<string, RuleSetting>>;
}

/**
 * Checks the values of {@link READ_OPTIONS} (a usage error for an unknown language).
 *
 * @example
 * ```ts
 * readSettings({ lang: 'en' }); // { lang: 'en', inputFormat: undefined }
 * ```
 */
export function readSettings(values: { lang?: string; 'input-format'?: string; rule?: string[] }): ReadSettings {
  const settings: ReadSettings = { lang: oneOf('lang', values.lang, LANGS, 'zh'), inputFormat: values['input-format'] };
  if (values.rule?.length) settings.rules = ruleSettings(values.rule);
  return settings;
}

/** `--rule CODE=SETTING` options as a rules object; an unknown code or setting is a usage error. */
function ruleSettings(options: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = Object.create(null);
  for (const option of options) {
    const at = option.indexOf('=');
    const code = option.slice(0, at);
    if (at < 0 || !CODES.has(code))
      throw new UsageError(`--rule expects CODE=SETTING with a known finding code, got ${JSON.stringify(option)}`);
    rules[code] = oneOf('rule', option.slice(at + 1), SETTINGS, 'off');
  }
  return rules;
}

/**
 * Reads each input into a report, in order; what a reader was unsure of goes to stderr, prefixed
 * with the command and the file, so that the data written on stdout stays clean.
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
): Promise<Report[]> {
  const reports: Report[] = [];
  for (const file of files) {
    const { report, findings } = await loadReport(file, io, settings);
    for (const f of findings) io.stderr(`zfxxgk ${command}: ${file}: ${f.severity} ${f.code} ${f.message}\n`);
    reports.push(report);
  }
  return reports;
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
