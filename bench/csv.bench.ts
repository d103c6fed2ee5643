/**
 * `readCsv` of the interchange CSV of each complete report of tests/corpus, against `parse` of the
 * same report as plain text, in the same process: the published 北关 example CSV against the
 * published 北关 text, and for every complete report (text, HTML, PDF) the CSV `writeCsv` writes of
 * what its reader read against the text `renderText` prints of it. The partial reports are left
 * out: their text is a fragment, their CSV a whole report.
 *
 *   npx tsx bench/csv.bench.ts
 *
 * Target: `readCsv` within 2× of `parse` of the same report. CPU time, interleaved rounds after a
 * warm-up, medians (see `timing.ts`).
 */
import { readFileSync } from 'node:fs';
import { readCsv, writeCsv } from '../src/interchange/csv.js';
import { parse } from '../src/parse/index.js';
import { renderText } from '../src/render/text.js';
import { corpusBytes, corpusReports } from './corpus.js';
import { inPairs, median, type Pair, timeRounds, worstRatio } from './timing.js';

const pairs = [
  {
    name: 'examples/2024-beiguan-yjglj.csv',
    text: new TextDecoder().decode(corpusBytes('2024-beiguan-yjglj.txt')),
    csv: readFileSync(new URL('../examples/2024-beiguan-yjglj.csv', import.meta.url), 'utf8'),
  },
  ...(await corpusReports())
    .filter(({ file }) => !file.startsWith('partial/'))
    .map(({ file, report }) => ({ name: `${file} (rendered)`, text: renderText(report), csv: writeCsv(report) })),
];
for (const { name, text, csv } of pairs) {
  if (parse(text).report === undefined) throw new Error(`${name}: the text is not read back`);
  readCsv(csv); // throws if the CSV is not read back
}

const RUNS = 15;
const times = timeRounds(
  pairs.flatMap(({ text, csv }) => [() => readCsv(csv), () => parse(text)]),
  RUNS,
  { repeat: 50, warmupMs: 3000, clock: 'cpu' },
).map(median);

const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`.padStart(10);
console.log(`readCsv against parse of the same report as text (CPU time, median of ${RUNS} rounds)`);
console.log('report                                   csv bytes    readCsv      parse   ratio');
const paired = inPairs(times);
pairs.forEach(({ name, csv }, i) => {
  const { ours, baseline: text, ratio } = paired[i] as Pair;
  const bytes = new TextEncoder().encode(csv).length;
  console.log(
    `${name.padEnd(40)} ${String(bytes).padStart(9)} ${us(ours)} ${us(text)} ${ratio.toFixed(2).padStart(7)}`,
  );
});
console.log(`worst ratio ${worstRatio(paired).toFixed(2)} (target ≤ 2)`);
