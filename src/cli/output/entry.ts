/**
 * A file's result as the JSON and NDJSON outputs write it: every field of the result in a fixed
 * order, without the report and source map a run may keep for its own use.
 *
 * @module
 */
import type { FileResult } from '../batch/result.js';

/**
 * The JSON entry of one file.
 *
 * @example
 * ```ts
 * JSON.stringify(fileEntry(result)); // '{"file":"a.csv","status":"checked",…}'
 * ```
 */
export function fileEntry(result: FileResult): Omit<FileResult, 'index' | 'report' | 'sourceMap'> {
  const { index: _index, report: _report, sourceMap: _sourceMap, ...rest } = result;
  return {
    file: rest.file,
    status: rest.status,
    ...(rest.medium !== undefined && { medium: rest.medium }),
    ...(rest.size !== undefined && { size: rest.size }),
    ...(rest.sha256 !== undefined && { sha256: rest.sha256 }),
    ...(rest.meta !== undefined && { meta: rest.meta }),
    ...(rest.previous !== undefined && { previous: rest.previous }),
    ...(rest.unpaired !== undefined && { unpaired: rest.unpaired }),
    ...(rest.problems !== undefined && { problems: rest.problems }),
    ...(rest.advice !== undefined && { advice: rest.advice }),
    ...(rest.failure !== undefined && { failure: rest.failure }),
    readingFindings: rest.readingFindings,
    checkFindings: rest.checkFindings,
    timings: rest.timings,
  };
}
