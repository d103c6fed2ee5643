/**
 * Argument parsing shared by the subcommands: Node's `parseArgs` in strict mode, with its errors
 * turned into usage errors (exit code 2), in the language of `--lang`.
 *
 * @module
 */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import type { Lang } from '../findings/types.js';
import { cliText } from './i18n.js';

/**
 * A command line that cannot be run as given; the CLI prints it with the usage and exits 2.
 *
 * @example
 * ```ts
 * if (positionals.length === 0) throw new UsageError(cliText(lang).errors.noInput);
 * ```
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

const LANGS: readonly Lang[] = ['zh', 'en'];

/**
 * The language a command line asks for with `--lang` (`zh` when it does not, or asks for one that
 * does not exist: the option's own check then says so). Read before the rest, so that even the
 * errors in the other arguments are in that language.
 *
 * @example
 * ```ts
 * langOf(['check', 'a.csv', '--lang', 'en']); // 'en'
 * langOf(['check', '--lang=en']); // 'en'
 * ```
 */
export function langOf(args: readonly string[]): Lang {
  let value: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--lang') value = args[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return (LANGS as readonly (string | undefined)[]).includes(value) ? (value as Lang) : 'zh';
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

/**
 * Parses a subcommand's arguments: known options only, any number of positionals (`-` included).
 *
 * @example
 * ```ts
 * const { values, positionals } = parseCommandArgs(['a.csv', '--to', 'json'], { to: { type: 'string' } });
 * // values.to === 'json', positionals = ['a.csv']
 * ```
 */
export function parseCommandArgs<O extends OptionsConfig>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(cliText(langOf(args)).errors.arguments((err as Error).message));
  }
}

/**
 * The value of `--lang`, checked: `zh` when it is not given, a usage error when it is neither
 * `zh` nor `en`.
 *
 * @example
 * ```ts
 * langOption(values.lang); // 'zh' without --lang
 * ```
 */
export function langOption(value: string | undefined): Lang {
  return oneOf('lang', value, LANGS, 'zh', 'zh');
}

/**
 * Checks that an option's value is one of the allowed ones, returning it typed.
 *
 * @example
 * ```ts
 * oneOf('lang', undefined, ['zh', 'en'], 'zh', 'zh'); // 'zh'
 * oneOf('lang', 'fr', ['zh', 'en'], 'zh', 'zh'); // throws UsageError
 * ```
 */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
  lang: Lang,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(cliText(lang).errors.oneOf(name, allowed, value));
}

/**
 * A positive integer option (`--jobs 4`), or its default.
 *
 * @example
 * ```ts
 * positiveInteger('jobs', '4', 2, 'zh'); // 4
 * positiveInteger('jobs', '0', 2, 'zh'); // throws UsageError
 * ```
 */
export function positiveInteger(name: string, value: string | undefined, fallback: number, lang: Lang): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d{0,8}$/.test(value)) throw new UsageError(cliText(lang).errors.positiveInteger(name, value));
  return Number(value);
}

/**
 * A non-negative integer option (`--max-warnings 0`), or `undefined` when not given.
 *
 * @example
 * ```ts
 * nonNegativeInteger('max-warnings', '0', 'zh'); // 0
 * ```
 */
export function nonNegativeInteger(name: string, value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  if (value === '0') return 0;
  return positiveInteger(name, value, 0, lang);
}

/**
 * ANSI styling, applied only on a terminal and when `NO_COLOR` is unset or empty (no-color.org).
 *
 * @example
 * ```ts
 * styleFor(io).red('error');
 * ```
 */
export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

/**
 * The styling for an environment: colours, or plain text when colour is not wanted.
 *
 * @example
 * ```ts
 * styleFor({ isTTY: true, env: { NO_COLOR: '1' } }).bold('T3-BALANCE'); // 'T3-BALANCE'
 * ```
 */
export function styleFor(io: { isTTY: boolean; env: Readonly<Record<string, string | undefined>> }): Style {
  const on = io.isTTY && !io.env.NO_COLOR;
  const wrap = (open: number, close: number) => (text: string) =>
    on ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { red: wrap(31, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
