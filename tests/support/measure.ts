/**
 * Measures a reading scenario (scenarios.ts) in a fresh Node process: its peak memory and its CPU
 * time, so that resource tests assert bounds and ratios, never a wall-clock time, and one reading
 * does not see another's heap.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./measure-child.ts', import.meta.url));

/** What one scenario cost. */
export interface Measured {
  /** Growth of the resident set while reading once, in bytes. */
  memory: number;
  /** CPU milliseconds of each further reading. */
  times: number[];
  /** The median of `times`. */
  time: number;
  /** What the scenario's reader returned (finding codes). */
  result: unknown;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Builds scenario `name` at size `n` in a child process and measures reading it. */
export function measure(name: string, n: number, runs = 3): Measured {
  // A heap limit well above what a bounded reading needs, so that a reading that is not bounded
  // fails here in seconds instead of taking the machine's memory.
  const args = [
    '--expose-gc',
    '--max-old-space-size=1024',
    '--max-semi-space-size=1',
    '--import',
    'tsx',
    CHILD,
    name,
    String(n),
    String(runs),
  ];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`scenario ${name} (${n}) failed: ${child.stderr || child.signal}`);
  const out = JSON.parse(child.stdout.trim().split('\n').pop() as string) as Omit<Measured, 'time'>;
  return { ...out, time: median(out.times) };
}

/**
 * The cost of reading at `factor` times the size, relative to the size `n`: the ratio of the
 * median CPU times and of the memory growths (each at least `floor` bytes, below which the
 * measure is noise).
 */
export function growth(name: string, n: number, factor = 4, floor = 8 * 1024 * 1024) {
  const small = measure(name, n);
  const large = measure(name, n * factor);
  return {
    small,
    large,
    time: large.time / Math.max(small.time, 1),
    memory: Math.max(large.memory, floor) / Math.max(small.memory, floor),
  };
}
