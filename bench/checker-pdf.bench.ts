/**
 * The checker page reading the six-page 淮安市人民政府 2024 PDF in headless Chromium (the site
 * served on 127.0.0.1), against `parsePdf` in Node on the same file in the same run.
 *
 *   npm run docs:build && npx tsx bench/checker-pdf.bench.ts
 *
 * Cold: a fresh page, the PDF dropped (pdf.js and the library loaded, then read); warm: the same
 * page reading it again. "read" is the time inside the checker's worker (`timings.parseMs`, as
 * `zfxxgk check` reports it); "shown" is from dropping the file to its result on the page.
 * Target: cold reading under 2 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePdf } from '../src/parse/pdf/index.js';
import { launchBrowser } from '../tests/site/browser.js';
import { SITE_DIR, serveSite } from '../tests/site/serve.js';

const PDF = join(import.meta.dirname, '../tests/corpus/2024-huaian-szf.pdf');
const RUNS = 5;

if (!existsSync(join(SITE_DIR, 'checker.html'))) {
  console.log('skipped: no built site (npm run docs:build)');
  process.exit(0);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

const site = await serveSite();
const browser = await launchBrowser();

/** Drops the PDF on a checker page; the time to its result, and the worker's reading time. */
async function read(page: import('playwright-core').Page): Promise<{ shown: number; read: number }> {
  const start = performance.now();
  await page.setInputFiles('input.zf-file', PDF);
  await page.waitForSelector('section.zf-input[data-status="checked"] .zf-ms');
  const shown = performance.now() - start;
  const read = Number(await page.getAttribute('section.zf-input .zf-ms', 'data-ms'));
  await page.click('section.zf-input button.zf-remove');
  return { shown, read };
}

const cold: { shown: number; read: number }[] = [];
const warm: { shown: number; read: number }[] = [];
for (let i = 0; i < RUNS; i++) {
  const page = await browser.newPage();
  await page.goto(`${site.url}checker.html`);
  await page.waitForSelector('.zf-checker[data-ready]');
  cold.push(await read(page));
  warm.push(await read(page));
  await page.close();
}
await browser.close();
await site.close();

// The baseline: the same file read by the library in Node, in this run.
const bytes = new Uint8Array(readFileSync(PDF));
const nodeStart = performance.now();
await parsePdf(bytes);
const nodeCold = performance.now() - nodeStart;
const nodeWarm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  await parsePdf(bytes);
  nodeWarm.push(performance.now() - start);
}

const ms = (x: number) => `${Math.round(x)} ms`;
console.log(
  `checker, cold (fresh page): read ${ms(median(cold.map((r) => r.read)))}, shown ${ms(median(cold.map((r) => r.shown)))} (median of ${RUNS})`,
);
console.log(
  `checker, warm (same page):  read ${ms(median(warm.map((r) => r.read)))}, shown ${ms(median(warm.map((r) => r.shown)))}`,
);
console.log(`node parsePdf: first ${ms(nodeCold)}, warm ${ms(median(nodeWarm))}`);
console.log(`ratio checker/node, warm reading: ${(median(warm.map((r) => r.read)) / median(nodeWarm)).toFixed(1)}`);
const coldRead = median(cold.map((r) => r.shown));
console.log(`target: the PDF read and shown under 2 s on a fresh page: ${coldRead < 2000 ? 'met' : 'NOT MET'}`);
