/**
 * Argument parsing shared by the subcommands: Node's `parseArgs` in strict mode, with its errors
 * turned into usage errors (exit code 2).
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * A command line that cannot be run as given; the CLI prints it with the usage and exits 2.
 *
 * @example
 * ```ts
 * if (positionals.length === 0) throw new UsageError('no input file given');
 * ```
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
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
    throw new UsageError((err as Error).message);
  }
}

/**
 * Checks that an option's value is one of the allowed ones, returning it typed.
 *
 * @example
 * ```ts
 * oneOf('lang', undefined, ['zh', 'en'], 'zh'); // 'zh'
 * oneOf('lang', 'fr', ['zh', 'en'], 'zh'); // throws UsageError
 * ```
 */
export function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`);
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
