/**
 * `--format csv`: one row per finding, and one row for each file without any (its status, and
 * for a file not checked, why and what to do), for a spreadsheet.
 *
 * @module
 */
import { csvField, neutralizeText } from '../../interchange/csv-syntax.js';
import type { FileResult } from '../batch/result.js';
import type { CliIO } from '../command.js';
import type { CliText } from '../i18n.js';
import type { Reporter } from './reporter.js';
import { placesOf } from './where.js';

const HEADER = [
  'file',
  'status',
  'medium',
  'code',
  'severity',
  'table',
  'row',
  'column',
  'expected',
  'actual',
  'location',
  'message',
] as const;

type Row = Partial<Record<(typeof HEADER)[number], string | number | null | undefined>>;

const line = (row: Row): string =>
  `${HEADER.map((key) => {
    const value = row[key];
    if (value === undefined || value === null) return '';
    // Text quoted from a report or a file name must not run as a formula in a spreadsheet.
    return csvField(typeof value === 'number' ? String(value) : neutralizeText(value));
  }).join(',')}\n`;

/**
 * The CSV output.
 *
 * @example
 * ```ts
 * const reporter = csvReporter(io, cliText('zh'));
 * ```
 */
export function csvReporter(io: CliIO, text: CliText): Reporter {
  return {
    begin: () => io.stdout(`${HEADER.join(',')}\n`),
    file(result: FileResult) {
      const base = { file: result.file, status: result.status, medium: result.medium };
      const findings = [...result.readingFindings, ...result.checkFindings];
      if (result.status !== 'checked' || findings.length === 0) {
        const why = [...(result.problems ?? []), ...(result.advice ? [text.findings.advice(result.advice)] : [])];
        io.stdout(line({ ...base, message: why.join('; ') }));
      }
      for (const f of findings) {
        io.stdout(
          line({
            ...base,
            code: f.code,
            severity: f.severity,
            table: f.table,
            row: f.group ? `${f.group} / ${f.row ?? ''}` : f.row,
            column: f.column,
            expected: f.expected,
            actual: f.actual === null ? '' : f.actual,
            location: placesOf(f, result.medium, text).join('; '),
            message: f.message,
          }),
        );
      }
    },
    end: () => undefined,
  };
}
