/**
 * The `zfxxgk` command line: global options, the registry of subcommands, and the mapping of
 * errors to exit codes (2 for usage and input errors). Only `src/cli/` touches files and the
 * process; everything else it calls is the pure library.
 *
 * @module
 */
import { version } from '../../package.json';
import type { CliCommand, CliIO } from './command.js';
import { checkCommand } from './commands/check.js';
import { exportCommand } from './commands/export.js';
import { rollupCommand } from './commands/rollup.js';
import { diffCommand } from './commands/diff.js';
import { parseCommand } from './commands/parse.js';
import { renderCommand } from './commands/render.js';
import { LoadError } from './load.js';
import { UsageError } from './options.js';

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
];

/**
 * The top-level help text.
 *
 * @example
 * ```ts
 * helpText().startsWith('zfxxgk '); // true
 * ```
 */
export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `zfxxgk ${version}: check, convert and compare 政府信息公开工作年度报告 (annual government information disclosure reports)`,
    '',
    'Usage: zfxxgk COMMAND [OPTIONS] FILE…',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    "  -h, --help     show this help, or a command's help after the command",
    '  -v, --version  show the version',
    '',
    'FILE may be - for standard input. Exit status: 0 no error findings, 1 error findings, 2 usage or input errors.',
    'Environment: NO_COLOR disables colour.',
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
  const [name, ...rest] = argv;
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    const topic = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(`${topic ? topic.usage : helpText()}\n`);
    return name === undefined ? 2 : 0;
  }
  if (name === '-v' || name === '--version') {
    io.stdout(`${version}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`zfxxgk: unknown command ${JSON.stringify(name)}; run zfxxgk --help for the list\n`);
    return 2;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`zfxxgk ${command.name}: ${err.message}\n\nUsage: ${command.usage}\n`);
      return 2;
    }
    if (err instanceof LoadError) {
      io.stderr(`${err.problems.map((p) => `zfxxgk ${command.name}: ${p}`).join('\n')}\n`);
      return 2;
    }
    throw err;
  }
}
