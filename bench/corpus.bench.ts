/**
 * The corpus database (`zfxxgk scan`), run as a user runs it (`dist/cli.js`, so `npm run build`
 * first), on folders of generated text and CSV reports (real reports with small variations):
 *
 * 1. reading alone against reading and writing, in this run: the same folder checked
 *    (`zfxxgk check --format ndjson`: read, checked, written as text) and scanned into DuckDB
 *    (`zfxxgk scan --db`), wall and CPU time (user and system, every thread), with the scan's own
 *    count of the time it waited for rows to be made and batches written (DuckDB writes a batch
 *    while the next is read); the writes must not dominate;
 * 2. documents per second and peak RSS (the process and its workers) of a scan of 1,000, 3,000,
 *    10,000 and 20,000 files: flat in the number of files once the batches and DuckDB's buffers
 *    are full (no batch of rows is kept in JavaScript: each document's rows go to DuckDB as it
 *    is read, whose buffers are limited to 64 MB);
 * 3. the 10,000 files scanned again into a new database with `--commit-every 200`: what small
 *    transactions cost against the default of 1,000 documents;
 * 4. the same 10,000 files as two shards (`--shard K/2 --out DIR`, one after the other) and their
 *    merge into a database;
 * 5. a second scan of the 10,000 files: nothing to read, every content found stored.
 *
 *   npx tsx bench/corpus.bench.ts            (1,000, 3,000, 10,000 and 20,000 files; 3 to 5 then on 10,000)
 *   npx tsx bench/corpus.bench.ts --quick    (200, 500, 1,000 and 2,000 files; 3 to 5 then on 1,000)
 *
 * The folders and databases are made in a temporary folder, removed at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gnuTime, mb, reportFolder, runCli, sources } from './folders.js';

const quick = process.argv.includes('--quick');
const sizes = quick ? [200, 500, 1000, 2000] : [1000, 3000, 10_000, 20_000];
/** The size of the issue's measure, on which the shards and the rescans are run. */
const measured = quick ? 1000 : 10_000;
const large = sizes[sizes.length - 1] as number;
const jobs = String(cpus().length);
const work = mkdtempSync(join(tmpdir(), 'zfxxgk-bench-corpus-'));
const TEXT_AND_CSV = sources(['txt', 'csv']);

/** Runs a command that must succeed. */
function must(args: readonly string[]): ReturnType<typeof runCli> {
  const result = runCli(args, { cwd: work, stdoutFile: args[0] === 'check' ? join(work, 'out.ndjson') : undefined });
  if (result.status !== 0 && !(args[0] === 'check' && result.status === 1))
    throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result;
}

/** The seconds the scan says it spent writing the database, from its summary. */
const writingSeconds = (stdout: string): number =>
  Number(/of which ([\d.]+) s writing/.exec(stdout)?.[1] ?? Number.NaN);

const rate = (files: number, seconds: number) => `${(files / seconds).toFixed(0)} documents/s`;
const cpu = (r: { cpuSeconds?: number }) => (r.cpuSeconds === undefined ? 'n/a' : `${r.cpuSeconds.toFixed(1)} s`);
console.log(`cores: ${cpus().length}; GNU time: ${gnuTime ? 'yes' : 'no (no peak RSS)'}; --jobs ${jobs}`);

try {
  const results: Record<number, { check: ReturnType<typeof runCli>; scan: ReturnType<typeof runCli> }> = {};
  for (const count of sizes) {
    const dir = reportFolder(join(work, `r${count}`), count, TEXT_AND_CSV);
    const check = must(['check', dir, '--format', 'ndjson', '--jobs', jobs]);
    const scan = must(['scan', dir, '--db', `s${count}.duckdb`, '--jobs', jobs, '--lang', 'en']);
    results[count] = { check, scan };
    const writing = writingSeconds(scan.stdout);
    console.log(
      `${count} files: check (reading alone) ${check.seconds.toFixed(1)} s wall, ${cpu(check)} CPU, ${rate(count, check.seconds)}, ` +
        `peak RSS ${mb(check)}; scan --db ${scan.seconds.toFixed(1)} s wall, ${cpu(scan)} CPU, ${rate(count, scan.seconds)}, ` +
        `peak RSS ${mb(scan)}; scan/check: ${(scan.seconds / check.seconds).toFixed(2)}× wall, ` +
        `${scan.cpuSeconds && check.cpuSeconds ? (scan.cpuSeconds / check.cpuSeconds).toFixed(2) : 'n/a'}× CPU; ` +
        `the scan waited ${writing.toFixed(1)} s for rows and the database (${((100 * writing) / scan.seconds).toFixed(0)}% of its wall time)`,
    );
  }
  const [a, b] = [results[measured], results[large]];
  if (a?.scan.rssMb && b?.scan.rssMb) {
    console.log(
      `peak RSS of scan: ${sizes.map((n) => `${n} files ${mb(results[n]?.scan ?? {})}`).join(', ')} ` +
        `(${(b.scan.rssMb / a.scan.rssMb).toFixed(2)}× from ${measured} to ${large} files)`,
    );
  }
  const dir = join(work, `r${measured}`);

  // 3. Small transactions.
  const smallBatches = must([
    'scan',
    dir,
    '--db',
    'c200.duckdb',
    '--commit-every',
    '200',
    '--jobs',
    jobs,
    '--lang',
    'en',
  ]);
  const scan = results[measured]?.scan;
  console.log(
    `${measured} files with --commit-every 200: ${smallBatches.seconds.toFixed(1)} s wall, ${cpu(smallBatches)} CPU, ` +
      `${rate(measured, smallBatches.seconds)}, peak RSS ${mb(smallBatches)}; against the default (1000): ` +
      `${scan ? (smallBatches.seconds / scan.seconds).toFixed(2) : 'n/a'}× wall, ` +
      `${smallBatches.cpuSeconds && scan?.cpuSeconds ? (smallBatches.cpuSeconds / scan.cpuSeconds).toFixed(2) : 'n/a'}× CPU`,
  );

  // 4. Two shards, one after the other, into one folder; then their merge.
  for (const k of [0, 1]) {
    const shard = must(['scan', dir, '--shard', `${k}/2`, '--out', 'shards', '--jobs', jobs, '--lang', 'en']);
    const read = Number(/: (\d+) read/.exec(shard.stdout)?.[1]);
    console.log(
      `shard ${k}/2 of ${measured} files: ${read} read in ${shard.seconds.toFixed(1)} s, ${rate(read, shard.seconds)}, ` +
        `peak RSS ${mb(shard)}; writing ${writingSeconds(shard.stdout).toFixed(1)} s`,
    );
  }
  const merge = must(['scan', '--merge', 'shards', '--db', 'merged.duckdb', '--lang', 'en']);
  console.log(
    `merge of the 2 shards into a database (with the pairs across years): ${merge.seconds.toFixed(1)} s, peak RSS ${mb(merge)}`,
  );

  // 5. Nothing new.
  const again = must(['scan', dir, '--db', `s${measured}.duckdb`, '--jobs', jobs, '--lang', 'en']);
  console.log(
    `second scan of the ${measured} files (all stored): ${again.seconds.toFixed(1)} s, peak RSS ${mb(again)}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
