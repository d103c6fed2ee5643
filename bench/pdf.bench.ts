/**
 * Reading a real six-page PDF report with a text layer (淮安市人民政府 2024) end to end, and the share
 * of that time spent outside pdf.js: rebuilding lines and tables from geometry, and `readLayout`.
 *
 *   npx tsx bench/pdf.bench.ts
 *
 * Target: `parsePdf` of the report in under 150 ms (mean, warm, pdf.js included).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { assembleLayout } from '../src/parse/pdf/assemble.js';
import { parsePdf } from '../src/parse/pdf/index.js';
import { readPdfPages } from '../src/parse/pdf/pdfjs.js';
import { readLayout } from '../src/parse/read-layout.js';
import { CORPUS_DIR } from '../tests/support/truth.js';

const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, '2024-huaian-szf.pdf')));
const pages = await readPdfPages(bytes);
const blocks = assembleLayout(pages);

const bench = new Bench({ time: 3000, warmupIterations: 5 });
bench
  .add('parsePdf (pdf.js + geometry + readLayout)', async () => {
    await parsePdf(bytes);
  })
  .add('pdf.js only (text content and operator lists)', async () => {
    await readPdfPages(bytes);
  })
  .add('geometry only (lines, ruled tables, page joins)', () => {
    assembleLayout(pages);
  })
  .add('readLayout only', () => {
    readLayout(blocks);
  });
await bench.run();

const mean = (name: string): number => {
  const task = bench.tasks.find((t) => t.name.startsWith(name));
  const result = task?.result as { latency?: { mean?: number } } | undefined;
  return result?.latency?.mean ?? Number.NaN;
};
console.table(bench.table());
const total = mean('parsePdf');
const pdfjs = mean('pdf.js only');
const geometry = mean('geometry only');
const layout = mean('readLayout only');
console.log(`parsePdf: ${total.toFixed(1)} ms per report (target < 150 ms): ${total < 150 ? 'met' : 'NOT MET'}`);
console.log(`  pdf.js:     ${pdfjs.toFixed(1)} ms (${((pdfjs / total) * 100).toFixed(0)}%)`);
console.log(`  geometry:   ${geometry.toFixed(2)} ms (${((geometry / total) * 100).toFixed(1)}%)`);
console.log(`  readLayout: ${layout.toFixed(2)} ms (${((layout / total) * 100).toFixed(1)}%)`);
console.log(`  outside pdf.js: ${(((geometry + layout) / total) * 100).toFixed(1)}% of the time`);
