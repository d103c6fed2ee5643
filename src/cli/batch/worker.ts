/**
 * The worker of the batch pool (built to `dist/cli-worker.js`): runs the jobs the pool sends, one
 * at a time, with the settings it was started with, and answers each with its output.
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { doJob, type Job } from './executor.js';
import type { ProcessSettings, TaskFiles } from './process.js';

const settings = workerData as ProcessSettings;
const files: TaskFiles = { size: async (path) => (await stat(path)).size, readFile: (path) => readFile(path) };

/**
 * For the tests of the pool only: a file whose name ends with this value makes the worker loop
 * forever, as a reader stuck on a pathological input would (only the time limit stops it).
 */
const HANG_ON = process.env.ZFXXGK_TEST_HANG_ON;

parentPort?.on('message', async ({ id, job }: { id: number; job: Job }) => {
  if (HANG_ON && job.kind === 'file' && job.task.file.endsWith(HANG_ON)) for (;;);
  try {
    parentPort?.postMessage({ id, out: await doJob(job, settings, files) });
  } catch (err) {
    parentPort?.postMessage({ id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});

// The modules are loaded: the pool may now send jobs, and time them.
parentPort?.postMessage({ ready: true });
