/**
 * What the command-line benchmarks share: folders of generated reports (real reports with small
 * variations), and running `dist/cli.js` as a user runs it, timed, with its peak memory.
 */
import { type SpawnSyncOptionsWithStringEncoding, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;
export const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) throw new Error('build first: npm run build');

const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** The report sources by extension, each with how to vary its body name. */
export const SOURCES = {
  txt: [
    { text: read('tests/corpus/2024-beiguan-yjglj.txt'), body: '北关区应急管理局' },
    { text: read('tests/corpus/partial/2023-changtu-qijiazi.txt'), body: '七家子镇' },
  ],
  html: [{ text: read('tests/corpus/2019-shanghai-szfbgt.html'), body: '上海市人民政府办公厅' }],
  csv: [
    { text: read('examples/2024-beiguan-yjglj.csv'), body: '北关区应急管理局' },
    { text: read('examples/beiguan-2023.csv'), body: '北关区应急管理局' },
  ],
};

type Source = { ext: keyof typeof SOURCES; text: string; body: string };

/** The sources of some extensions, in the order text, HTML, CSV, alternating. */
export function sources(exts: readonly (keyof typeof SOURCES)[]): Source[] {
  const lists = exts.map((ext) => SOURCES[ext].map((s) => ({ ext, ...s })));
  const out: Source[] = [];
  for (let i = 0; i < Math.max(...lists.map((l) => l.length)); i++) {
    for (const list of lists) {
      const source = list[i];
      if (source) out.push(source);
    }
  }
  return out;
}

/** The i-th report: a source with its body renamed and its first 0 figure after a tab set to i % 7. */
function variant(i: number, from: readonly Source[]): { name: string; text: string } {
  const source = from[i % from.length] as Source;
  const text = source.text
    .replaceAll(source.body, `${source.body.slice(0, 2)}第${i}单位`)
    .replace(/\t0\t/, `\t${i % 7}\t`);
  return { name: `${String(i).padStart(5, '0')}.${source.ext}`, text };
}

/** A folder of `count` reports made from `from`, in subfolders of 100 as a province's would be. */
export function reportFolder(dir: string, count: number, from: readonly Source[]): string {
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `县${Math.floor(i / 100)}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    const { name, text } = variant(i, from);
    writeFileSync(join(sub, name), text);
  }
  return dir;
}

export const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * Runs `zfxxgk ARGS` with stdout into a file (when given) or a string; wall seconds, CPU seconds
 * (user and system) and peak RSS in MB of the process and its worker threads (with GNU time), and
 * what it wrote.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; stdoutFile?: string } = {},
): { seconds: number; cpuSeconds?: number; rssMb?: number; status: number | null; stdout: string; stderr: string } {
  const fd = options.stdoutFile ? openSync(options.stdoutFile, 'w') : undefined;
  const spawnOptions: SpawnSyncOptionsWithStringEncoding = {
    encoding: 'utf8',
    stdio: ['ignore', fd ?? 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    ...(options.cwd && { cwd: options.cwd }),
  };
  const started = performance.now();
  const result = gnuTime
    ? spawnSync(gnuTime, ['-f', 'RSS_KB=%M CPU=%U+%S', process.execPath, cli, ...args], spawnOptions)
    : spawnSync(process.execPath, [cli, ...args], spawnOptions);
  const seconds = (performance.now() - started) / 1000;
  if (fd !== undefined) closeSync(fd);
  const measured = /RSS_KB=(\d+) CPU=([\d.]+)\+([\d.]+)/.exec(result.stderr);
  return {
    seconds,
    ...(measured && {
      rssMb: Number(measured[1]) / 1024,
      cpuSeconds: Number(measured[2]) + Number(measured[3]),
    }),
    status: result.status,
    stdout: result.stdout ?? '',
    stderr: result.stderr.replace(/RSS_KB=\d+ CPU=\S+\n?/, ''),
  };
}

/** A peak RSS for people. */
export const mb = (r: { rssMb?: number }) => (r.rssMb === undefined ? 'n/a' : `${r.rssMb.toFixed(0)} MB`);
