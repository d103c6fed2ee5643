/**
 * Run by {@link measure} in a process of its own: reads a small input of the scenario (so that
 * loading the reader is not measured), builds the input, then reads it once for the peak memory
 * and `runs` more times for the CPU time, and prints both as JSON. The peak is the resident set's
 * highest point while reading, over what it was before, sampled every millisecond by a thread of
 * its own (the process's own high-water mark would count what loading and building took).
 *
 * Usage: `node --expose-gc --import tsx measure-child.ts SCENARIO SIZE RUNS`
 */
import { Worker } from 'node:worker_threads';
import { SCENARIOS } from './scenarios.js';

const [name = '', sizeText = '1', runsText = '3'] = process.argv.slice(2);
const scenario = SCENARIOS[name];
if (!scenario) throw new Error(`no scenario ${name}`);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

await scenario.read(await scenario.make(1));
const input = await scenario.make(Number(sizeText));
gc();

// [0]: the highest resident set seen; [1]: set to 1 to stop the sampler.
const shared = new BigInt64Array(new SharedArrayBuffer(16));
const sampler = new Worker(
  `const { workerData } = require('node:worker_threads');
   const a = new BigInt64Array(workerData);
   const tick = () => {
     const rss = BigInt(process.memoryUsage.rss());
     if (rss > Atomics.load(a, 0)) Atomics.store(a, 0, rss);
     if (Atomics.load(a, 1) === 0n) setTimeout(tick, 1);
   };
   tick();`,
  { eval: true, workerData: shared.buffer },
);
await new Promise((resolve) => setTimeout(resolve, 20));
const before = process.memoryUsage.rss();
Atomics.store(shared, 0, BigInt(before));
const first = await scenario.read(input);
await new Promise((resolve) => setTimeout(resolve, 5));
const memory = Number(Atomics.load(shared, 0)) - before;
Atomics.store(shared, 1, 1n);
await sampler.terminate();

const times: number[] = [];
for (let run = 0; run < Number(runsText); run++) {
  gc();
  const started = process.cpuUsage();
  await scenario.read(input);
  const used = process.cpuUsage(started);
  times.push((used.user + used.system) / 1000);
}
process.stdout.write(`${JSON.stringify({ memory, times, result: first })}\n`);
