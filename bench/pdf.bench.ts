/**
 * `parsePdf` of each PDF report of tests/corpus, and of a generated report printed the two ways the
 * tests print them (Chinese through the predefined CMap UniGB-UCS2-H, and as CIDs with a ToUnicode
 * map), against a baseline in the same process that only has pdf.js extract the text of every page
 * (`getTextContent`, what any reading of the text costs); and the share of `parsePdf` spent outside
 * pdf.js: the checksum check of the compressed streams, rebuilding lines and tables from geometry,
 * and `readLayout`. The ruling lines come from each page's content stream; the number of pages for
 * which pdf.js's operator list was read all the same (see src/parse/pdf/content.ts) is printed.
 *
 *   npx tsx bench/pdf.bench.ts
 *
 * Target: `parsePdf` within 1.3× of the baseline. CPU time (pdf.js runs in this thread), rounds
 * that run each once, after a warm-up; medians.
 */
import { assembleLayout } from '../src/parse/pdf/assemble.js';
import { parsePdf } from '../src/parse/pdf/index.js';
import { damagedStreams } from '../src/parse/pdf/integrity.js';
import { readPdfPages } from '../src/parse/pdf/pdfjs.js';
import { readLayout } from '../src/parse/read-layout.js';
import { loadPdfJs, textContentOnly } from './pdfjs-alone.mjs';
import { reportPdf } from '../tests/pdf/report-pdf.js';
import { cleanReport } from '../tests/support/reports.js';
import { CORPUS_FILES, corpusBytes } from './corpus.js';
import { median, timeRounds, timeRoundsAsync } from './timing.js';

const pdfjs = await loadPdfJs();

const RUNS = 18;
const files: [string, () => Uint8Array][] = [
  ...CORPUS_FILES.filter((f) => f.endsWith('.pdf')).map((f): [string, () => Uint8Array] => [f, () => corpusBytes(f)]),
  ['generated 2021 report, UniGB-UCS2-H', () => reportPdf(cleanReport('2021'))],
  ['generated 2021 report, ToUnicode', () => reportPdf(cleanReport('2021'), { cjk: 'tounicode' })],
];
for (const [file, make] of files) {
  const bytes = make();
  const [ours, baseline, pdfjsPart] = await timeRoundsAsync(
    [() => parsePdf(bytes), () => textContentOnly(pdfjs, bytes), () => readPdfPages(bytes)],
    RUNS,
  ).then((times) => times.map(median));
  const pages = await readPdfPages(bytes);
  const blocks = assembleLayout(pages);
  const [integrity, geometry, layout] = timeRounds(
    [() => damagedStreams(bytes), () => assembleLayout(pages), () => readLayout(blocks)],
    RUNS,
    { repeat: 20, warmupMs: 1000, clock: 'cpu' },
  ).map(median) as [number, number, number];
  const ms = (t: number) => `${t.toFixed(1)} ms`.padStart(9);
  console.log(`${file} (${pages.length} pages), CPU time, median of ${RUNS} rounds:`);
  console.log(`  parsePdf                       ${ms(ours as number)}`);
  console.log(`  baseline: pdf.js text only     ${ms(baseline as number)}`);
  console.log(
    `  ratio                          ${((ours as number) / (baseline as number)).toFixed(2)} (target ≤ 1.3)`,
  );
  const listed = pages.filter((p) => p.lines === 'operators').length;
  console.log(`  pdf.js as parsePdf uses it     ${ms(pdfjsPart as number)} (text, and ${listed} operator lists)`);
  console.log(`  checksums of the streams       ${ms(integrity)}`);
  console.log(`  geometry (lines, tables)       ${ms(geometry)}`);
  console.log(`  readLayout                     ${ms(layout)}`);
}
