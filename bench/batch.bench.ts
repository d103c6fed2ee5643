/**
 * The batch command line on folders as a 政务公开办 has them, run as a user runs it (`dist/cli.js`,
 * so `npm run build` first):
 *
 * 1. 1,000 mixed text, HTML and CSV reports checked from a folder: wall time (target < 10 s on a
 *    2-core machine);
 * 2. 100 PDFs with 2 jobs against 1 job (target ≥ 1.8× faster), in interleaved rounds (1 job, 2 jobs,
 *    two threads of pure computation) with the median of each, the load (`uptime`) of each round,
 *    and the CPU time of both runs: on a busy machine two threads of pure computation get less than
 *    2× too, so the PDF speed-up is given against theirs, measured in the same rounds; and the cores
 *    each run keeps busy (CPU time ÷ wall time): one job is one worker thread, but V8 collects its
 *    garbage and optimises its code on threads of its own, so one job reading PDFs keeps more than
 *    one core busy and 2 jobs can gain at most 2 ÷ that over it;
 * 3. peak RSS of the whole process (workers included) for 1,000, 10,000 and 20,000 files: flat,
 *    since results are written as they come, only a window of files is in flight, and each
 *    worker's heap is sized (its young generation, and a heap limit below the 2,048 MB from which
 *    V8 lets a heap grow to 4× what it holds).
 *
 *   npx tsx bench/batch.bench.ts            (all three; 3 rounds of PDFs)
 *   npx tsx bench/batch.bench.ts --quick    (the first two, with 200 files and 20 PDFs)
 *   npx tsx bench/batch.bench.ts --pdf-only --rounds 5   (the PDFs only)
 *
 * The inputs are made from tests/corpus and examples/ with small variations (body name, year, one
 * figure) in a temporary folder, removed at the end. Peak RSS is read with GNU time
 * (`/usr/bin/time`, Debian's `time` package); without it only times are shown.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { gnuTime, mb, reportFolder, root, runCli, sources } from './folders.js';

const quick = process.argv.includes('--quick');
const pdfOnly = process.argv.includes('--pdf-only');
const roundsAt = process.argv.indexOf('--rounds');
const rounds = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 3;
const work = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-batch-'));
/** Text, HTML and CSV reports. */
const MIXED = sources(['txt', 'html', 'csv']);
const folder = (name: string, count: number) => reportFolder(join(work, name), count, MIXED);

/** The number of lines of a file, read in chunks (the output of 10,000 files is tens of MB). */
function lines(path: string): number {
  const fd = openSync(path, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let count = 0;
  for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
    for (let i = chunk.indexOf(10); i >= 0 && i < n; i = chunk.indexOf(10, i + 1)) count++;
  }
  closeSync(fd);
  return count;
}

/** Runs `zfxxgk check DIR --format ndjson` into a file; wall seconds, peak RSS in MB (with GNU time) and files seen. */
function run(dir: string, jobs: number): { seconds: number; cpuSeconds?: number; rssMb?: number; files: number } {
  const out = join(work, 'out.ndjson');
  const result = runCli(['check', dir, '--format', 'ndjson', '--jobs', String(jobs)], { stdoutFile: out });
  if (result.status !== 0 && result.status !== 1) throw new Error(`check exited ${result.status}: ${result.stderr}`);
  return {
    seconds: result.seconds,
    ...(result.cpuSeconds !== undefined && { cpuSeconds: result.cpuSeconds }),
    ...(result.rssMb !== undefined && { rssMb: result.rssMb }),
    files: lines(out),
  };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** How much faster two worker threads do two units of pure computation than one thread does one, ×2. */
async function threadSpeedup(): Promise<number> {
  const unit = `let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(x);`;
  const time = async (threads: number): Promise<number> => {
    const started = performance.now();
    await Promise.all(
      Array.from(
        { length: threads },
        () => new Promise((done) => new Worker(unit, { eval: true }).once('message', done)),
      ),
    );
    return performance.now() - started;
  };
  const single = await time(1);
  return (2 * single) / (await time(2));
}

/**
 * How much faster pdf.js alone (bench/pdfjs-alone.mjs: `getTextContent` of every page, nothing of
 * this library) reads the same PDFs in two worker threads than in one: the most any pool of readers
 * built on pdf.js can gain from a second thread on this machine right now.
 */
async function pdfjsSpeedup(files: readonly string[]): Promise<{ speedup: number; oneSeconds: number }> {
  const time = async (threads: number): Promise<number> => {
    const started = performance.now();
    await Promise.all(
      Array.from(
        { length: threads },
        (_, k) =>
          new Promise((done, fail) =>
            new Worker(new URL('./pdfjs-alone.mjs', import.meta.url), {
              workerData: { pdfjsAlone: true, files: files.filter((_, i) => i % threads === k) },
            })
              .once('message', done)
              .once('error', fail),
          ),
      ),
    );
    return (performance.now() - started) / 1000;
  };
  const oneSeconds = await time(1);
  return { speedup: oneSeconds / (await time(2)), oneSeconds };
}

console.log(`cores: ${cpus().length}; GNU time: ${gnuTime ? 'yes' : 'no (no peak RSS)'}`);

try {
  // 1. Text, HTML and CSV from a folder, every core.
  const mixedCount = quick ? 200 : 1000;
  const mixed = pdfOnly ? '' : folder('mixed', mixedCount);
  if (!pdfOnly) {
    const all = run(mixed, cpus().length);
    console.log(
      `${all.files} mixed reports, --jobs ${cpus().length}: ${all.seconds.toFixed(2)} s wall ` +
        `(${(all.files / all.seconds).toFixed(0)} files/s), peak RSS ${mb(all)}` +
        (quick ? '' : `; target < 10 s: ${all.seconds < 10 ? 'met' : 'NOT MET'}`) +
        `; load ${loadavg()[0]?.toFixed(1)}`,
    );
  }

  // 2. PDFs: 2 jobs against 1, and two threads of pure computation, in interleaved rounds.
  const pdfCount = quick ? 20 : 100;
  const pdfs = join(work, 'pdf');
  mkdirSync(pdfs);
  const pdf = readFileSync(join(root, 'tests/corpus/2024-huaian-szf.pdf'));
  const pdfFiles = Array.from({ length: pdfCount }, (_, i) => join(pdfs, `${String(i).padStart(3, '0')}.pdf`));
  // A comment after %%EOF makes each file's bytes differ, as real files do.
  for (const [i, file] of pdfFiles.entries()) writeFileSync(file, Buffer.concat([pdf, Buffer.from(`\n%${i}\n`)]));
  const speedups: number[] = [];
  const ideals: number[] = [];
  const pdfjsSpeedups: number[] = [];
  const cpuRatios: number[] = [];
  // One job is one worker thread, but V8 runs its garbage collection and optimising compiler on
  // helper threads of their own: one job already keeps more than one core busy, and N jobs can be
  // at most (cores ÷ the cores one job keeps busy) times faster than one.
  const bounds: number[] = [];
  const busy: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const load = loadavg()[0] as number;
    const one = run(pdfs, 1);
    const two = run(pdfs, 2);
    // What two threads get from this machine right now, on work with nothing shared: on a busy
    // machine it is less than 2×, and no program can do better.
    const ideal = await threadSpeedup();
    // What pdf.js's own work gains from a second thread, in the same round.
    const alone = await pdfjsSpeedup(pdfFiles);
    const speedup = one.seconds / two.seconds;
    speedups.push(speedup);
    ideals.push(ideal);
    pdfjsSpeedups.push(alone.speedup);
    if (one.cpuSeconds && two.cpuSeconds) {
      cpuRatios.push(two.cpuSeconds / one.cpuSeconds);
      bounds.push(Math.min(2, cpus().length) / (one.cpuSeconds / one.seconds));
      busy.push(two.cpuSeconds / two.seconds);
    }
    console.log(
      `  round ${round} (load ${load.toFixed(1)} → ${loadavg()[0]?.toFixed(1)}): ${pdfCount} PDFs --jobs 1 ` +
        `${one.seconds.toFixed(1)} s (CPU ${one.cpuSeconds?.toFixed(1) ?? 'n/a'} s), --jobs 2 ${two.seconds.toFixed(1)} s ` +
        `(CPU ${two.cpuSeconds?.toFixed(1) ?? 'n/a'} s): ${speedup.toFixed(2)}×; pure computation ${ideal.toFixed(2)}×; ` +
        `pdf.js alone ${alone.speedup.toFixed(2)}× (1 thread ${alone.oneSeconds.toFixed(1)} s)` +
        (one.cpuSeconds && two.cpuSeconds
          ? `; cores kept busy: 1 job ${(one.cpuSeconds / one.seconds).toFixed(2)}, 2 jobs ${(two.cpuSeconds / two.seconds).toFixed(2)}`
          : ''),
    );
  }
  const speedup = median(speedups);
  console.log(
    `${pdfCount} PDFs, median of ${rounds} rounds: ${speedup.toFixed(2)}× faster with 2 jobs ` +
      `(target ≥ 1.8×: ${speedup >= 1.8 ? 'met' : 'NOT MET'}); two threads of pure computation ${median(ideals).toFixed(2)}×; ` +
      `PDF speed-up / pure-computation speed-up ${median(speedups.map((x, i) => x / (ideals[i] as number))).toFixed(2)}; ` +
      `pdf.js alone ${median(pdfjsSpeedups).toFixed(2)}×, PDF speed-up / pdf.js alone's ` +
      `${median(speedups.map((x, i) => x / (pdfjsSpeedups[i] as number))).toFixed(2)}; ` +
      `CPU time of 2 jobs / 1 job ${cpuRatios.length ? median(cpuRatios).toFixed(2) : 'n/a'}` +
      (bounds.length
        ? `; the most 2 jobs can gain over one job that keeps ${(2 / median(bounds)).toFixed(2)} cores busy: ` +
          `${median(bounds).toFixed(2)}× (speed-up / that bound ${median(speedups.map((x, i) => x / (bounds[i] as number))).toFixed(2)}); ` +
          `cores kept busy by 2 jobs ${median(busy).toFixed(2)} of 2`
        : ''),
  );

  // 3. Memory as the folder grows.
  if (!quick && !pdfOnly) {
    const small = run(mixed, cpus().length);
    const sizes = [10_000, 20_000];
    const large = sizes.map((count) => ({ count, ...run(folder(`large${count}`, count), cpus().length) }));
    const ratios = large.map((r) => (small.rssMb && r.rssMb ? (r.rssMb / small.rssMb).toFixed(2) : 'n/a'));
    console.log(
      `peak RSS: 1,000 files ${mb(small)}, ` +
        large.map((r, i) => `${r.count} files ${mb(r)} (${ratios[i]}×, in ${r.seconds.toFixed(1)} s)`).join(', ') +
        `; load ${loadavg()[0]?.toFixed(1)}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
