/**
 * Jobs and who runs them: reading and checking a file, or checking a report against the same
 * body's previous year. A worker pool runs them isolated (see `pool.ts`); {@link inProcess} runs
 * them in the calling thread, for an I/O without workers (tests, one-file commands).
 *
 * @module
 */
import type { Report } from '../../model/types.js';
import type { SourceMap } from '../../parse/read-layout.js';
import { checkReport, type FileTask, type ProcessSettings, processFile, type TaskFiles } from './process.js';
import type { Failure, FileResult, LocatedFinding } from './result.js';

/**
 * A job: one file to read and check, or a report to check across years (cross-year pairing).
 *
 * @example
 * ```ts
 * const job: Job = { kind: 'file', task: { index: 0, file: 'a.pdf', path: 'a.pdf' } };
 * ```
 */
export type Job =
  | { kind: 'file'; task: FileTask }
  | { kind: 'pair'; report: Report; previous: Report; sourceMap?: SourceMap | undefined };

/**
 * What a job gives: a file's result, or the findings of a report checked across years.
 *
 * @example
 * ```ts
 * const out = (await executor.run(job)) as JobOutput<'file'>;
 * ```
 */
export type JobOutput<K extends Job['kind']> = K extends 'file' ? FileResult : LocatedFinding[];

/**
 * A job that did not finish: it ran out of time or memory, or its worker crashed.
 *
 * @example
 * ```ts
 * try { await executor.run(job); } catch (err) { if (err instanceof JobFailure) err.failure; }
 * ```
 */
export class JobFailure extends Error {
  readonly failure: Failure;
  constructor(failure: Failure, message: string) {
    super(message);
    this.name = 'JobFailure';
    this.failure = failure;
  }
}

/**
 * Runs jobs: resolves with the job's output, rejects with a {@link JobFailure}.
 *
 * @example
 * ```ts
 * const result = await executor.run({ kind: 'file', task });
 * await executor.close();
 * ```
 */
export interface Executor {
  run<J extends Job>(job: J): Promise<JobOutput<J['kind']>>;
  close(): Promise<void>;
}

/**
 * Does one job where it is called: in a worker, or in the calling thread.
 *
 * @example
 * ```ts
 * const result = await doJob({ kind: 'file', task }, settings, files);
 * ```
 */
export async function doJob<J extends Job>(
  job: J,
  settings: ProcessSettings,
  files: TaskFiles,
): Promise<JobOutput<J['kind']>> {
  const out =
    job.kind === 'file'
      ? await processFile(job.task, settings, files)
      : checkReport(job.report, job.sourceMap, settings, job.previous);
  return out as JobOutput<J['kind']>;
}

/**
 * Runs each job in the calling thread, one at a time: no isolation, no time limit. For an I/O that
 * has no workers.
 *
 * @example
 * ```ts
 * const executor = inProcess(settings, { size: async () => 0, readFile: io.readFile });
 * ```
 */
export function inProcess(settings: ProcessSettings, files: TaskFiles): Executor {
  return { run: (job) => doJob(job, settings, files), close: async () => undefined };
}
