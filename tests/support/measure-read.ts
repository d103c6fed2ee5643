/**
 * Reads generated documents of the given sizes, one after the other in this process, and prints
 * what each cost: CPU milliseconds and how far the process's peak resident memory rose above what
 * it held before that reading (bytes). Sizes are read smallest first, so each peak is its own;
 * each is read three times and its CPU time is the least of the three.
 * Run by the resource tests as `node --expose-gc --import tsx measure-read.ts <kind> <chars>…`.
 */
import { parse } from '../../src/parse/index.js';

/** Documents of many small pieces, where a reader's cost per piece shows. */
const UNITS: Record<string, string> = {
  text: 'a\n',
  html: '<p>a</p>',
  'text-rows': '规章\t1\t2\t3\n',
};

const [kind = 'text', ...sizes] = process.argv.slice(2);
const unit = UNITS[kind] as string;
/** CPU milliseconds of one reading. */
function readingCpu(input: string): number {
  const started = process.cpuUsage();
  parse(input, { type: kind === 'html' ? 'html' : 'text' });
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

// The CPU time is the least of three readings: a busy machine adds to a reading's time (other
// processes' page faults, the collector's threads waiting for a core), never takes from it.
const costs = sizes.map((size) => {
  const input = unit.repeat(Math.ceil(Number(size) / unit.length));
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  const first = readingCpu(input);
  const growth = process.resourceUsage().maxRSS * 1024 - before;
  return { cpu: Math.min(first, readingCpu(input), readingCpu(input)), growth };
});
process.stdout.write(JSON.stringify(costs));
