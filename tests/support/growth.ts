/**
 * Complexity guards without a clock bound: how much longer work takes on four times the input
 * than on the input, each timed as the median of several runs in the same process. A linear
 * algorithm gives about 4, a quadratic one 16; the machine's load cancels out of the ratio, which
 * an absolute time limit would not survive on a busy machine.
 */

/**
 * The median CPU time of this process, in milliseconds, of `runs` calls of `work`: CPU time, not
 * wall time, so that time the machine gives to other processes is not counted.
 */
export function medianTime(work: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage();
    work();
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * The time of `work` on `input(4)` divided by its time on `input(1)`, after one warm-up run of
 * each (so that compiling the code is not counted against the small input). A time on `input(1)`
 * under `floorMs` counts as `floorMs`: a few milliseconds are mostly noise (a collection of the
 * garbage of the previous run), and work that fast is not what a complexity guard looks for.
 *
 * A ratio at or above {@link LINEAR_GROWTH} is measured again, up to `attempts` times in all, and
 * the least is returned: on a busy machine one measure can be inflated (the collector's threads
 * wait for a core, and their CPU time counts), while work that grows faster than linearly stays
 * above the bound in every attempt.
 */
export function growthRatio<T>(
  input: (scale: 1 | 4) => T,
  work: (input: T) => unknown,
  runs = 5,
  floorMs = 0,
  attempts = 3,
): number {
  const small = input(1);
  const large = input(4);
  work(small);
  work(large);
  let least = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < attempts && least >= LINEAR_GROWTH; attempt++) {
    const ratio =
      medianTime(() => work(large), runs) /
      Math.max(
        medianTime(() => work(small), runs),
        floorMs,
      );
    least = Math.min(least, ratio);
  }
  return least;
}

/**
 * The bound a linear `growthRatio` stays within: 4 plus room for the noise of a busy machine,
 * well below the 16 of quadratic growth.
 */
export const LINEAR_GROWTH = 6;
