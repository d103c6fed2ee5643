/**
 * Reading reports from bytes with `parse`.
 *
 * HTML: each HTML page of tests/corpus (the Shanghai page, 36 KB) and that page with its
 * narrative repeated to ~100 KB, against a baseline in the same process that does what any
 * reading of the page must: decode the bytes (`decodeDocument`, the charset sniffed) and run
 * htmlparser2's tokenizer over the text with callbacks that do nothing.
 *
 * Text: each plain-text report of tests/corpus (complete and partial), as reports per second of
 * CPU time, with decoding the same bytes beside it.
 *
 *   npx tsx bench/parse.bench.ts [OTHER/dist]
 *
 * Targets: HTML within 2× of the baseline; plain-text reports ≥ 5,000/s. CPU time, interleaved
 * rounds after a warm-up, medians (see `timing.ts`). With another build's `dist/` (an older
 * commit built with `npx tsup`), its `parse` is timed in the same rounds too, and each time is also
 * given as a ratio to that build's (below 1: this source is faster), which a busy machine moves
 * far less than the times themselves.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Tokenizer } from 'htmlparser2';
import { decodeDocument } from '../src/parse/decode.js';
import { parse } from '../src/parse/index.js';
import { CORPUS_FILES, corpusBytes } from './corpus.js';
import { inPairs, median, type Pair, timeRounds, worstRatio } from './timing.js';

/** The Shanghai page padded to ~100 KB with more of its own narrative paragraphs before the tables. */
function padded(html: Uint8Array): Uint8Array {
  const page = new TextDecoder().decode(html);
  const at = page.indexOf('<p>二、主动公开政府信息情况</p>');
  const narrative = page.slice(page.indexOf('<p>（一）主动公开方面</p>'), at);
  if (at < 0 || narrative === '') throw new Error('the Shanghai page no longer has the paragraphs padded');
  const tail = page.slice(at);
  const size = (text: string): number => new TextEncoder().encode(text).length;
  let out = page.slice(0, at);
  while (size(out + narrative + tail) <= 100_000) out += narrative;
  return new TextEncoder().encode(out + tail);
}

const nothing = (): void => undefined;
const QUIET: ConstructorParameters<typeof Tokenizer>[1] = {
  onattribdata: nothing,
  onattribentity: nothing,
  onattribend: nothing,
  onattribname: nothing,
  oncdata: nothing,
  onclosetag: nothing,
  oncomment: nothing,
  ondeclaration: nothing,
  onend: nothing,
  onopentagend: nothing,
  onopentagname: nothing,
  onprocessinginstruction: nothing,
  onselfclosingtag: nothing,
  ontext: nothing,
  ontextentity: nothing,
};

/** The baseline of an HTML page: decoded, and tokenized with entities decoded, as `parse` does. */
function decodeAndTokenize(bytes: Uint8Array): void {
  const tokenizer = new Tokenizer({ decodeEntities: true }, QUIET);
  tokenizer.write(decodeDocument(bytes).text);
  tokenizer.end();
}

const html = CORPUS_FILES.filter((f) => f.endsWith('.html')).map((file) => ({ file, bytes: corpusBytes(file) }));
const shanghai = html.find(({ file }) => file.includes('shanghai'));
if (shanghai) html.push({ file: `${shanghai.file} padded`, bytes: padded(shanghai.bytes) });
const text = CORPUS_FILES.filter((f) => f.endsWith('.txt')).map((file) => ({ file, bytes: corpusBytes(file) }));
for (const { file, bytes } of [...html, ...text])
  if (parse(bytes).report === undefined) throw new Error(`${file}: no report read`);

type Parse = (input: Uint8Array) => unknown;
const otherDist = process.argv[2];
const other: Parse | undefined = otherDist
  ? ((await import(pathToFileURL(resolve(otherDist, 'parse.js')).href)) as { parse: Parse }).parse
  : undefined;

/** Per input: this source's parse, its baseline, and the other build's parse when there is one. */
const timed = (inputs: readonly { bytes: Uint8Array }[], baseline: (bytes: Uint8Array) => unknown) =>
  inputs.flatMap(({ bytes }) => [() => parse(bytes), () => baseline(bytes), ...(other ? [() => other(bytes)] : [])]);
/** The times of {@link timed} as pairs (ours, baseline), with the other build's time beside each. */
function pairsOf(medians: readonly number[]): (Pair & { other?: number })[] {
  const width = other ? 3 : 2;
  const out: (Pair & { other?: number })[] = [];
  for (let i = 0; i + width - 1 < medians.length; i += width) {
    const [pair] = inPairs(medians.slice(i, i + 2)) as [Pair];
    out.push(other ? { ...pair, other: medians[i + 2] as number } : pair);
  }
  return out;
}
const versus = (p: { ours: number; other?: number }): string =>
  p.other === undefined ? '' : ` ${us(p.other)} ${(p.ours / p.other).toFixed(2).padStart(7)}`;
const versusHeader = other ? '      other   ÷other' : '';

const RUNS = 15;
const options = { repeat: 20, warmupMs: 3000, clock: 'cpu' } as const;
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`.padStart(10);

const htmlPairs = pairsOf(timeRounds(timed(html, decodeAndTokenize), RUNS, options).map(median));
console.log(`HTML: parse against decoding and tokenizing alone (CPU time, median of ${RUNS} rounds)`);
if (otherDist) console.log(`other: parse of ${otherDist}`);
console.log(`page                                        bytes      parse   baseline   ratio${versusHeader}`);
html.forEach(({ file, bytes }, i) => {
  const pair = htmlPairs[i] as Pair & { other?: number };
  console.log(
    `${file.padEnd(40)} ${String(bytes.length).padStart(8)} ${us(pair.ours)} ${us(pair.baseline)} ${pair.ratio.toFixed(2).padStart(7)}${versus(pair)}`,
  );
});
console.log(`worst ratio ${worstRatio(htmlPairs).toFixed(2)} (target ≤ 2)`);

const textPairs = pairsOf(timeRounds(timed(text, decodeDocument), RUNS, options).map(median));
console.log(`\nText: parse, reports per second of CPU time (median of ${RUNS} rounds)`);
console.log(`report                                      bytes      parse   decoding   per second${versusHeader}`);
text.forEach(({ file, bytes }, i) => {
  const pair = textPairs[i] as Pair & { other?: number };
  console.log(
    `${file.padEnd(40)} ${String(bytes.length).padStart(8)} ${us(pair.ours)} ${us(pair.baseline)} ${String(Math.round(1000 / pair.ours)).padStart(12)}${versus(pair)}`,
  );
});
const slowest = Math.max(...textPairs.map((p) => p.ours));
console.log(`slowest: ${Math.round(1000 / slowest)} reports/s (target ≥ 5,000/s)`);
