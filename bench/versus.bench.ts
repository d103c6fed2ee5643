/**
 * `check` and `rollup` of this build against another build of the package (an older commit, or a
 * published version), on the same reports, in the same process, in interleaved rounds. It answers
 * "is this change slower than before?" for the two functions every user calls.
 *
 *   npm run build
 *   git worktree add --detach /tmp/before <rev> && (cd /tmp/before && npm ci && npx tsup)
 *   npx tsx bench/versus.bench.ts /tmp/before/dist
 *
 * (or `npm pack zfxxgk@0.1.0` and unpack it: any folder with the built `index.js`). The reports
 * are the corpus of tests/corpus as this build reads them, and 10,000 generated consistent reports
 * for rollup; both builds take the report JSON form, which is a contract. Times are CPU time,
 * medians of interleaved rounds after a warm-up (see timing.ts); the ratio is this build over the
 * other, so below 1 is faster.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Report, Report2021 } from '../src/model/types.js';
import { consistentReport } from '../tests/support/reports.js';
import { corpusReports } from './corpus.js';
import { median, timeRounds } from './timing.js';

interface Build {
  check(report: Report): unknown;
  rollup(reports: readonly Report[], options: { agency: string; year: number }): unknown;
}

const importBuild = async (dist: string): Promise<Build> =>
  (await import(pathToFileURL(resolve(dist, 'index.js')).href)) as Build;

/** Reports whose relations all hold, with decimal fees: what rollup adds in a county's run. */
function generatedReports(count: number): Report2021[] {
  return Array.from({ length: count }, (_, i) =>
    consistentReport(
      '2021',
      (cell) => {
        const h = (i * 2654435761 + cell.row.length * 97 + cell.column.length * 13) % 1000;
        return cell.columnDef.kind === 'money' ? h / 10 : h % 9;
      },
      { agency: `单位${i}`, year: 2024 },
    ),
  );
}

async function main(): Promise<void> {
  const otherDist = process.argv[2];
  if (!otherDist) throw new Error('usage: npx tsx bench/versus.bench.ts OTHER_DIST');
  const ours = await importBuild('dist');
  const other = await importBuild(otherDist);
  const rows: string[][] = [];
  const compare = (name: string, run: (build: Build) => unknown, runs: number, repeat: number) => {
    const [a = [], b = []] = timeRounds([() => run(ours), () => run(other)], runs, {
      repeat,
      warmupMs: 3000,
      clock: 'cpu',
    });
    const [mine, theirs] = [median(a), median(b)];
    rows.push([name, mine.toFixed(3), theirs.toFixed(3), (mine / theirs).toFixed(2)]);
  };
  for (const { file, report } of await corpusReports()) compare(`check ${file}`, (b) => b.check(report), 31, 20);
  const reports = generatedReports(10_000);
  compare('rollup 10,000 generated', (b) => b.rollup(reports, { agency: '合计', year: 2024 }), 11, 1);
  console.log(`| work | this build (ms) | ${otherDist} (ms) | ratio |\n|---|---|---|---|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

await main();
