/**
 * Reading real reports from bytes: the plain-text seed report (6 KB) and the Shanghai HTML page
 * (36 KB, the largest real page in the corpus; a ~100 KB page is measured too: the same page with
 * its narrative repeated to 100 KB), against a baseline in the same process that only decodes the
 * same bytes into a string.
 *
 *   npx tsx bench/parse.bench.ts
 *
 * Targets: plain-text reports ≥ 5,000/s; HTML (~100 KB) ≥ 500/s.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { parse } from '../src/parse/index.js';
import { CORPUS_DIR } from '../tests/support/truth.js';

const read = (file: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS_DIR, file)));
const text = read('2024-beiguan-yjglj.txt');
const html = read('2019-shanghai-szfbgt.html');
/** The Shanghai page padded to ~100 KB with more of its own narrative paragraphs before the tables. */
const html100k = (() => {
  const page = new TextDecoder().decode(html);
  const at = page.indexOf('<p>二、主动公开政府信息情况</p>');
  const narrative = page.slice(page.indexOf('<p>（一）主动公开方面</p>'), at);
  const tail = page.slice(at);
  const size = (text: string): number => new TextEncoder().encode(text).length;
  let padded = page.slice(0, at);
  while (size(padded + narrative + tail) <= 100_000) padded += narrative;
  return new TextEncoder().encode(padded + tail);
})();

const decode = (bytes: Uint8Array): number => new TextDecoder('utf-8', { fatal: true }).decode(bytes).length;

const bench = new Bench({ time: 2000, warmupIterations: 20 });
bench
  .add('parse text (6 KB)', () => {
    parse(text);
  })
  .add('baseline: decode text', () => {
    decode(text);
  })
  .add('parse HTML (36 KB)', () => {
    parse(html);
  })
  .add('parse HTML (~100 KB)', () => {
    parse(html100k);
  })
  .add('baseline: decode HTML (~100 KB)', () => {
    decode(html100k);
  });
await bench.run();
console.table(bench.table());

const perSecond = (name: string): number => {
  const task = bench.tasks.find((t) => t.name === name);
  const result = task?.result as { throughput?: { mean?: number } } | undefined;
  return result?.throughput?.mean ?? Number.NaN;
};
const report = (name: string, baseline: string, target: number): void => {
  const rate = perSecond(name);
  const base = perSecond(baseline);
  console.log(
    `${name}: ${Math.round(rate)}/s (target ≥ ${target}/s: ${rate >= target ? 'met' : 'NOT MET'}); baseline ${Math.round(base)}/s, ${(base / rate).toFixed(1)}× the cost of decoding`,
  );
};
console.log(`~100 KB page: ${html100k.length} bytes`);
report('parse text (6 KB)', 'baseline: decode text', 5000);
report('parse HTML (36 KB)', 'baseline: decode HTML (~100 KB)', 500);
report('parse HTML (~100 KB)', 'baseline: decode HTML (~100 KB)', 500);
