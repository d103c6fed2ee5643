/** Timing shared by the benchmarks: rounds that run every function once, and their medians. */

/** The middle value of some times. */
export function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** How {@link timeRounds} times. */
export interface RoundOptions {
  /**
   * Calls per timed sample (default 1): a function that takes microseconds is timed over many
   * calls, and the sample is the time of one call.
   */
  readonly repeat?: number;
  /**
   * Milliseconds of calling every function before timing (default: one call of each). Long enough
   * lets the optimising compiler finish with all of them, which takes seconds on a busy machine.
   */
  readonly warmupMs?: number;
  /**
   * `'cpu'` times with this process's CPU time (all its threads), so that time the machine gives
   * to other processes is not counted; `'wall'` (default) with the clock.
   */
  readonly clock?: 'cpu' | 'wall';
}

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Times each function `runs` times, in rounds that run every function once, so that none of them
 * alone pays for the collector's work on the data built for them, or for the machine being busier
 * at one moment than at another. Times are in milliseconds per call.
 */
export function timeRounds(fns: readonly (() => unknown)[], runs: number, options: RoundOptions = {}): number[][] {
  const { repeat = 1, warmupMs = 0, clock = 'wall' } = options;
  const now = clock === 'cpu' ? cpuNow : () => performance.now();
  const warmUntil = performance.now() + warmupMs;
  do for (const fn of fns) for (let i = 0; i < repeat; i++) fn();
  while (performance.now() < warmUntil);
  const times = fns.map((): number[] => []);
  for (let r = 0; r < runs; r++) {
    fns.forEach((fn, k) => {
      const start = now();
      for (let i = 0; i < repeat; i++) fn();
      times[k]?.push((now() - start) / repeat);
    });
  }
  return times;
}

/** Times of a function and of its baseline, and their ratio. */
export interface Pair {
  readonly ours: number;
  readonly baseline: number;
  readonly ratio: number;
}

/** Times of functions timed in pairs (each followed by its baseline), as pairs. */
export function inPairs(times: readonly number[]): Pair[] {
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < times.length; i += 2) {
    const ours = times[i] as number;
    const baseline = times[i + 1] as number;
    pairs.push({ ours, baseline, ratio: ours / baseline });
  }
  return pairs;
}

/** The largest ratio of some pairs. */
export const worstRatio = (pairs: readonly Pair[]): number => Math.max(...pairs.map((p) => p.ratio));
