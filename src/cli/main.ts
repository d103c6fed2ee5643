/**
 * The `zfxxgk` command line: global options, the registry of subcommands, and the mapping of
 * errors to exit codes (2 for usage and input errors), in the language of `--lang`. Only
 * `src/cli/` touches files, processes and workers; everything else it calls is the pure library.
 *
 * @module
 */
import { version } from '../../package.json';
import type { Lang } from '../findings/types.js';
import type { CliCommand, CliIO } from './command.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { exportCommand } from './commands/export.js';
import { parseCommand } from './commands/parse.js';
import { queryCommand } from './commands/query.js';
import { renderCommand } from './commands/render.js';
import { rollupCommand } from './commands/rollup.js';
import { scanCommand } from './commands/scan.js';
import { cliText } from './i18n.js';
import { LoadError } from './load.js';
import { langOf, UsageError } from './options.js';

/**
 * Every subcommand, in the order `--help` lists them. A new command registers here.
 *
 * @example
 * ```ts
 * COMMANDS.map((c) => c.name); // ['check', 'export', …]
 * ```
 */
export const COMMANDS: readonly CliCommand[] = [
  checkCommand,
  exportCommand,
  rollupCommand,
  diffCommand,
  parseCommand,
  renderCommand,
  scanCommand,
  queryCommand,
];

/**
 * The top-level help text, in a language.
 *
 * @example
 * ```ts
 * helpText('en').startsWith('zfxxgk '); // true
 * ```
 */
export function helpText(lang: Lang): string {
  const t = cliText(lang).help;
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    t.title(version),
    '',
    t.line,
    '',
    t.commands,
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`),
    '',
    t.options,
    t.help,
    t.version,
    t.lang,
    '',
    ...t.footer,
  ].join('\n');
}

/**
 * Runs the command line `argv` (without `node` and the script) against an I/O; resolves to the
 * exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await main(['check', 'report.csv', '--lang', 'en'], nodeIO());
 * ```
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = langOf(argv);
  const text = cliText(lang);
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help' || name === '--lang') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(`${topic ? topic.usage(lang) : helpText(lang)}\n`);
    return name === undefined || name === '--lang' ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`zfxxgk: ${text.errors.unknownCommand(name)}\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(`${command.usage(lang)}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`zfxxgk ${command.name}: ${err.message}\n\n${text.usage}${command.usage(lang)}\n`);
      return 2;
    }
    if (err instanceof LoadError) {
      io.stderr(`${err.problems.map((p) => `zfxxgk ${command.name}: ${p}`).join('\n')}\n`);
      return 2;
    }
    throw err;
  }
}
