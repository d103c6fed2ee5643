/**
 * Run by {@link measure} in a process of its own: builds the input of one scenario, then reads it
 * once for the peak memory (resident set growth over the process's state before reading) and
 * `runs` more times for the CPU time, and prints both as JSON.
 *
 * Usage: `node --expose-gc --import tsx measure-child.ts SCENARIO SIZE RUNS`
 */
import { SCENARIOS } from './scenarios.js';

const [name = '', sizeText = '1', runsText = '3'] = process.argv.slice(2);
const scenario = SCENARIOS[name];
if (!scenario) throw new Error(`no scenario ${name}`);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

const input = await scenario.make(Number(sizeText));
gc();
const before = process.memoryUsage.rss();
const peakBefore = process.resourceUsage().maxRSS * 1024;
const first = await scenario.read(input);
const memory = Math.max(0, process.resourceUsage().maxRSS * 1024 - Math.max(before, 0));
const times: number[] = [];
for (let run = 0; run < Number(runsText); run++) {
  gc();
  const started = process.cpuUsage();
  await scenario.read(input);
  const used = process.cpuUsage(started);
  times.push((used.user + used.system) / 1000);
}
process.stdout.write(`${JSON.stringify({ memory, peakBefore, times, result: first })}\n`);
