/**
 * The shape of an output format of a batch run: told of each file's result in input order, and of
 * the summary at the end; it writes as it goes, so that nothing but the tally is kept.
 *
 * @module
 */
import type { FileResult } from '../batch/result.js';
import type { Summary } from './summary.js';

/**
 * An output format.
 *
 * @example
 * ```ts
 * const reporter = reporters.ndjson(context);
 * reporter.begin();
 * for await (const result of results) reporter.file(result);
 * reporter.end(summary);
 * ```
 */
export interface Reporter {
  begin(): void;
  file(result: FileResult): void;
  end(summary: Summary): void;
}
