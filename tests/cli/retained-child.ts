/**
 * Reads `count` distinct reports (the 上海 web page and the 北关 text, each with its body renamed,
 * as a province's folder has them) one after the other through the batch's unit of work, as a
 * worker of the pool does, and prints the heap still in use after a full collection once `first`
 * reports are read and once all are: what a worker keeps from the files it has read.
 * Run by retained.test.ts as `node --expose-gc --import tsx retained-child.ts FIRST COUNT`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processFile, type TaskFiles } from '../../src/cli/batch/process.js';
import { CORPUS_DIR } from '../support/truth.js';

const SOURCES = [
  {
    name: 'page.html',
    text: readFileSync(join(CORPUS_DIR, '2019-shanghai-szfbgt.html'), 'utf8'),
    body: '上海市人民政府办公厅',
  },
  {
    name: 'report.txt',
    text: readFileSync(join(CORPUS_DIR, '2024-beiguan-yjglj.txt'), 'utf8'),
    body: '北关区应急管理局',
  },
];
const encoder = new TextEncoder();
const noFiles: TaskFiles = {
  size: async () => 0,
  readFile: async () => new Uint8Array(),
};
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');

const [first = 50, count = 200] = process.argv.slice(2).map(Number);
const heap: number[] = [];
let bytes = 0;
for (let i = 0; i < count; i++) {
  const source = SOURCES[i % SOURCES.length] as (typeof SOURCES)[number];
  const text = source.text.replaceAll(source.body, `${source.body.slice(0, 2)}第${i}单位`);
  const file = encoder.encode(text);
  bytes += file.byteLength;
  const result = await processFile(
    { index: i, file: source.name, bytes: file },
    { lang: 'zh', check: true, keep: false, maxBytes: 1e8 },
    noFiles,
  );
  if (result.status !== 'checked') throw new Error(`${source.name} #${i}: ${result.status}`);
  if (i + 1 === first || i + 1 === count) {
    gc();
    heap.push(process.memoryUsage().heapUsed);
  }
}
process.stdout.write(JSON.stringify({ heap, bytes }));
