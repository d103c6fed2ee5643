/** Timing shared by the benchmarks: rounds that run every function once, and their medians. */

/** The middle value of some times. */
export function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Times each function `runs` times, in rounds that run every function once, so that none of them
 * alone pays for the collector's work on the data built for them. Each is run once first.
 */
export function timeRounds(fns: readonly (() => unknown)[], runs: number): number[][] {
  for (const fn of fns) fn(); // warm up
  const times = fns.map((): number[] => []);
  for (let i = 0; i < runs; i++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      fn();
      times[k]?.push(performance.now() - start);
    });
  }
  return times;
}
