/**
 * The worker of the batch pool (built to `dist/cli-worker.js`): runs the jobs the pool sends, one
 * at a time and in the order sent (the pool sends the next before the last is done), with the
 * settings it was started with, and answers each with its output.
 *
 * @module
 */
import { readFile, stat } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { doJob, type Job } from './executor.js';
import type { ProcessSettings, TaskFiles } from './process.js';

const settings = workerData as ProcessSettings;
// Read asynchronously although the worker has nothing else to do meanwhile: each read returns to the
// worker's event loop. Read synchronously, the jobs sent ahead ran one after the other without
// returning to it, and 1,000 small reports took longer (median 10.1 s against 5.7 s, under load).
const files: TaskFiles = { size: async (path) => (await stat(path)).size, readFile: (path) => readFile(path) };

/**
 * For the tests of the pool only: a file whose name ends with this value makes the worker loop
 * forever, as a reader stuck on a pathological input would (only the time limit stops it).
 */
const HANG_ON = process.env.ZFXXGK_TEST_HANG_ON;

async function run({ id, job }: { id: number; job: Job }): Promise<void> {
  if (HANG_ON && job.kind === 'file' && job.task.file.endsWith(HANG_ON)) for (;;);
  try {
    parentPort?.postMessage({ id, out: await doJob(job, settings, files) });
  } catch (err) {
    parentPort?.postMessage({ id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
}

/** The jobs received, run one after the other. */
let running = Promise.resolve();
parentPort?.on('message', (message: { id: number; job: Job }) => {
  running = running.then(() => run(message));
});

// The modules are loaded: the pool may now send jobs, and time them.
parentPort?.postMessage({ ready: true });
