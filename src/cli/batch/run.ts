/**
 * The batch engine: inputs in, one {@link FileResult} per input out, in input order whatever
 * order the workers finish in, so the output is the same with one job or many. At most `window`
 * files are in flight or waiting to be written, so memory stays flat however many files there are.
 *
 * @module
 */
import type { Lang } from '../../findings/types.js';
import { cliText } from '../i18n.js';
import { type Executor, JobFailure } from './executor.js';
import type { BatchInput } from './inputs.js';
import { notChecked } from './process.js';
import type { FileResult } from './result.js';

/**
 * Options of {@link runBatch}.
 *
 * @example
 * ```ts
 * runBatch(inputs, executor, { window: 64, lang: 'zh' });
 * ```
 */
export interface RunOptions {
  /** How many files may be in flight or finished but not yet yielded. */
  window: number;
  /** Language of the problems of files that failed. */
  lang: Lang;
}

/**
 * Runs every input through the executor and yields the results in input order.
 *
 * @example
 * ```ts
 * for await (const result of runBatch(inputs, workerPool(options), { window: 64, lang: 'zh' })) {
 *   write(result);
 * }
 * ```
 */
export async function* runBatch(
  inputs: readonly BatchInput[],
  executor: Executor,
  options: RunOptions,
): AsyncGenerator<FileResult> {
  const text = cliText(options.lang);
  const inFlight = new Map<number, Promise<FileResult>>();
  const start = (index: number): void => {
    const input = inputs[index] as BatchInput;
    const task = { index, file: input.file, ...(input.path !== undefined && { path: input.path }) };
    if (input.problem !== undefined) {
      inFlight.set(index, Promise.resolve(notChecked(task, 'unreadable', [input.problem], 0)));
      return;
    }
    const began = performance.now();
    const job = executor.run({ kind: 'file', task: input.bytes ? { ...task, bytes: input.bytes } : task });
    inFlight.set(
      index,
      job.catch((err: unknown) => {
        if (!(err instanceof JobFailure)) throw err;
        const failed = notChecked(task, 'failed', [text.failure[err.failure](err.message)], performance.now() - began);
        return { ...failed, failure: err.failure };
      }),
    );
  };
  let started = 0;
  for (let next = 0; next < inputs.length; next++) {
    while (started < inputs.length && started < next + options.window) start(started++);
    const result = await (inFlight.get(next) as Promise<FileResult>);
    inFlight.delete(next);
    yield result;
  }
}
