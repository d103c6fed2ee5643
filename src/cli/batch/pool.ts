/**
 * A pool of worker threads that runs jobs in isolation: each job gets a time limit, each worker a
 * heap limit. A job that runs past its time (a reader stuck in a loop can only be stopped so) or
 * out of memory, or whose worker crashes, ends its worker and fails alone; a fresh worker takes
 * its place and the other jobs go on. A job's time counts from when a loaded worker takes it, so
 * that a worker's start-up on a busy machine is never charged to a file.
 *
 * Each worker is sent its next job before it has finished the one it runs, so that it never waits
 * for the main thread between two files (a round trip costs more than reading a small file on a
 * busy machine); a job sent ahead that its worker never began goes back to the queue if the worker
 * ends.
 *
 * @module
 */
import { Worker } from 'node:worker_threads';
import { type Executor, type Job, JobFailure, type JobOutput } from './executor.js';
import type { ProcessSettings } from './process.js';

/**
 * How the pool runs.
 *
 * @example
 * ```ts
 * workerPool({ size: 4, timeoutMs: 60_000, maxMemoryMb: 2048, workerUrl, settings });
 * ```
 */
export interface PoolOptions {
  /** Number of workers. */
  size: number;
  /** Time limit of one job, in milliseconds. */
  timeoutMs: number;
  /**
   * Heap limit of one worker (V8's old generation), in megabytes. It also sets how far V8 lets the
   * heap grow past what it holds before a full collection: up to 4× from a 2,048 MB limit up,
   * at most 2× below it (1.8× at 1,536 MB, the default).
   */
  maxMemoryMb: number;
  /**
   * The young generation of each worker's heap, in megabytes (V8 makes two semi-spaces of a third
   * each, and a third for large new objects); V8's default (48 MB) when not given. See
   * `youngGenerationMb` in `heap.ts`.
   */
  youngGenerationMb?: number | undefined;
  /** The worker script (`dist/cli-worker.js`). */
  workerUrl: URL;
  /** The settings every job runs with, given to each worker when it starts. */
  settings: ProcessSettings;
}

interface Pending {
  job: Job;
  resolve(value: unknown): void;
  reject(err: unknown): void;
}

/** What a worker says: that it has loaded and takes jobs, or a job's output, or the error it threw. */
type Reply = { ready: true } | { id: number; out: unknown } | { id: number; error: string };

/** A job sent to a worker. */
interface Sent {
  id: number;
  pending: Pending;
}

/** One worker, the job it runs and the one sent ahead, which it begins when it is done with the first. */
class Slot {
  worker: Worker;
  /** Whether the worker has loaded its modules: a job's time starts only then, not with start-up. */
  ready = false;
  current: (Sent & { timer: ReturnType<typeof setTimeout> }) | undefined;
  ahead: Sent | undefined;
  constructor(worker: Worker) {
    this.worker = worker;
  }
}

/**
 * Starts a pool; jobs queue until a worker is free and run in the order they were given.
 *
 * @example
 * ```ts
 * const pool = workerPool(options);
 * const result = await pool.run({ kind: 'file', task });
 * await pool.close();
 * ```
 */
export function workerPool(options: PoolOptions): Executor {
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;

  const spawn = (): Slot => {
    const worker = new Worker(options.workerUrl, {
      workerData: options.settings,
      resourceLimits: {
        maxOldGenerationSizeMb: options.maxMemoryMb,
        ...(options.youngGenerationMb && { maxYoungGenerationSizeMb: options.youngGenerationMb }),
      },
      // What a library prints on the worker's stdout (a warning) must not mix with the results
      // written there: the worker answers through messages only.
      stdout: true,
    });
    worker.stdout.resume();
    const slot = new Slot(worker);
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        slot.ready = true;
        fill(slot);
        return;
      }
      const current = slot.current;
      if (!current || current.id !== reply.id) return;
      settle(slot);
      if ('error' in reply) current.pending.reject(new JobFailure('crash', reply.error));
      else current.pending.resolve(reply.out);
      fill(slot);
    });
    worker.on('error', (err: Error & { code?: string }) => {
      const oom = err.code === 'ERR_WORKER_OUT_OF_MEMORY';
      replace(slot, new JobFailure(oom ? 'out-of-memory' : 'crash', err.message));
    });
    worker.on('exit', () => replace(slot, new JobFailure('crash', 'the worker stopped')));
    // A starting worker stays referenced, as jobs may be waiting for it (a pending promise does not
    // keep the process alive); once ready and idle, `fill` lets it go.
    return slot;
  };

  const settle = (slot: Slot): void => {
    if (slot.current) clearTimeout(slot.current.timer);
    slot.current = undefined;
  };

  /** Fails the slot's job, if any, gives back the job sent ahead, and puts a new worker in its place. */
  const replace = (slot: Slot, failure: JobFailure): void => {
    const index = slots.indexOf(slot);
    if (index < 0) return;
    const current = slot.current;
    settle(slot);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    current?.pending.reject(failure);
    // The job sent ahead never began: it runs elsewhere, first of those waiting.
    if (slot.ahead) queue.unshift(slot.ahead.pending);
    slot.ahead = undefined;
    if (closed) {
      slots.splice(index, 1);
      return;
    }
    slots[index] = spawn();
    for (const other of slots) if (other.ready) fill(other);
  };

  const send = (slot: Slot, pending: Pending): Sent => {
    const id = nextId++;
    slot.worker.postMessage({ id, job: pending.job });
    return { id, pending };
  };

  /** Starts the time of the job the worker begins now. */
  const begin = (slot: Slot, sent: Sent): void => {
    const timer = setTimeout(
      () => replace(slot, new JobFailure('timeout', String(options.timeoutMs / 1000))),
      options.timeoutMs,
    );
    slot.current = { ...sent, timer };
  };

  /** Gives a ready worker a job to run (the one sent ahead, else the next waiting) and one to send ahead. */
  const fill = (slot: Slot): void => {
    if (!slot.current) {
      const sent = slot.ahead ?? (queue.length ? send(slot, queue.shift() as Pending) : undefined);
      slot.ahead = undefined;
      if (!sent) {
        slot.worker.unref();
        return;
      }
      begin(slot, sent);
      slot.worker.ref();
    }
    if (!slot.ahead && queue.length) slot.ahead = send(slot, queue.shift() as Pending);
  };

  for (let i = 0; i < options.size; i++) slots.push(spawn());

  return {
    run<J extends Job>(job: J): Promise<JobOutput<J['kind']>> {
      return new Promise((resolve, reject) => {
        if (closed) throw new Error('the pool is closed');
        queue.push({ job, resolve: resolve as (value: unknown) => void, reject });
        // An idle worker first; else one that has no job sent ahead yet.
        const slot = slots.find((s) => s.ready && !s.current) ?? slots.find((s) => s.ready && !s.ahead);
        if (slot) fill(slot);
      });
    },
    async close() {
      closed = true;
      const workers = slots.splice(0).map((s) => {
        settle(s);
        s.ahead = undefined;
        s.worker.removeAllListeners();
        return s.worker.terminate();
      });
      await Promise.all(workers);
    },
  };
}
