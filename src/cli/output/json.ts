/**
 * `--format json` (one array, an entry per file) and `--format ndjson` (one entry per line),
 * written as the results come.
 *
 * @module
 */
import type { CliIO } from '../command.js';
import { fileEntry } from './entry.js';
import type { Reporter } from './reporter.js';

/**
 * The JSON array of file entries.
 *
 * @example
 * ```ts
 * const reporter = jsonReporter(io); // writes '[', the entries, then ']'
 * ```
 */
export function jsonReporter(io: CliIO): Reporter {
  let first = true;
  return {
    begin: () => io.stdout('['),
    file(result) {
      const entry = JSON.stringify(fileEntry(result), null, 2).replaceAll('\n', '\n  ');
      io.stdout(`${first ? '\n  ' : ',\n  '}${entry}`);
      first = false;
    },
    end: () => io.stdout(first ? ']\n' : '\n]\n'),
  };
}

/**
 * One file entry per line.
 *
 * @example
 * ```ts
 * const reporter = ndjsonReporter(io);
 * ```
 */
export function ndjsonReporter(io: CliIO): Reporter {
  return {
    begin: () => undefined,
    file: (result) => io.stdout(`${JSON.stringify(fileEntry(result))}\n`),
    end: () => undefined,
  };
}
