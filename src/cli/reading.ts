/**
 * What the commands that read reports share: the `--lang` and `--input-format` options with their
 * lines of usage, reading several inputs, and how a severity is shown.
 *
 * @module
 */
import type { Finding, Lang } from '../check/finding.js';
import type { Report } from '../model/types.js';
import type { CliIO } from './command.js';
import { INPUT_FORMATS, loadReport } from './load.js';
import { oneOf, type Style } from './options.js';

const LANGS: readonly Lang[] = ['zh', 'en'];

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
  inputFormat: `  --input-format F     read the inputs as F (${INPUT_FORMATS.join(', ')}); by default by extension, sniffed for -`,
};

/** The settled values of {@link READ_OPTIONS}. */
export interface ReadSettings {
  lang: Lang;
  inputFormat?: string;
}

/**
 * Checks the values of {@link READ_OPTIONS} (a usage error for an unknown language).
 *
 * @example
 * ```ts
 * readSettings({ lang: 'en' }); // { lang: 'en', inputFormat: undefined }
 * ```
 */
export function readSettings(values: { lang?: string; 'input-format'?: string }): ReadSettings {
  return { lang: oneOf('lang', values.lang, LANGS, 'zh'), inputFormat: values['input-format'] };
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
export async function loadReports(command: string, files: readonly string[], io: CliIO, settings: ReadSettings): Promise<Report[]> {
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
  return severity === 'error' ? style.red('error  ') : severity === 'warning' ? style.yellow('warning') : style.dim('info   ');
}
