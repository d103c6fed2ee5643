/**
 * `zfxxgk check FOLDER` as a user runs it (dist/cli.js, real worker threads): a folder of good,
 * broken, huge, empty, non-report and legacy files gives one result per file, the right exit
 * status and the same output whatever the number of jobs; a file that hangs its reader, or runs
 * it out of memory, fails alone and the run finishes.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGbk } from '../parse/gbk.js';
import { CORPUS_DIR } from '../support/truth.js';
import { asCsv, asJson, cleanReport2021, type Entry, unbalancedReport } from './fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const beiguan = readFileSync(join(CORPUS_DIR, '2024-beiguan-yjglj.txt'), 'utf8');
let work: string;

/** The head of an OLE compound file (legacy Word) naming its WordDocument stream. */
function legacyWord(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(
    Array.from('WordDocument').flatMap((c) => [c.charCodeAt(0), 0]),
    1024,
  );
  return bytes;
}

/** Every file of the folder, with the status it must get. */
const FOLDER: Record<string, [string | Uint8Array, string]> = {
  'good.csv': [asCsv(cleanReport2021()), 'checked'],
  'errors.json': [asJson(unbalancedReport()), 'checked'],
  'gbk.csv': [encodeGbk(asCsv(cleanReport2021())), 'checked'],
  '部门/北关区应急管理局': [beiguan, 'checked'],
  '部门/page.shtml': [readFileSync(join(CORPUS_DIR, '2019-shanghai-szfbgt.html'), 'utf8'), 'checked'],
  'broken.csv': ['table,row,column,value\n3,一、本年新收政府信息公开申请数量,自然人,three\n', 'unreadable'],
  'empty.txt': ['', 'unreadable'],
  'notes.txt': ['会议纪要\n今天讨论了下一年的工作计划。\n', 'unreadable'],
  'huge.txt': [beiguan.repeat(1000), 'unreadable'],
  'scan.png': [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'unsupported'],
  'old.doc': [legacyWord(), 'unsupported'],
  'report.ofd': [zipSync({ 'OFD.xml': new TextEncoder().encode('<ofd:OFD/>') }), 'unsupported'],
  'sheet.xlsx': [zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') }), 'unsupported'],
};

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'cli-worker.js')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  work = mkdtempSync(join(tmpdir(), 'zfxxgk-batch-'));
  for (const [name, [content]] of Object.entries(FOLDER)) {
    mkdirSync(dirname(join(work, 'reports', name)), { recursive: true });
    writeFileSync(join(work, 'reports', name), content);
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    // Only so that a run that never ends fails the test instead of holding the suite; not a
    // measure of speed.
    timeout: 300_000,
    env: { ...process.env, NO_COLOR: '1', ...env },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The output without what differs from run to run: the timings. */
const withoutTimings = (json: string): unknown =>
  (JSON.parse(json) as Entry[]).map(({ timings, ...entry }) => {
    expect(Object.values(timings as object).every((ms) => typeof ms === 'number' && ms >= 0)).toBe(true);
    return entry;
  });

describe('zfxxgk check on a folder of everything a 政务公开办 collects', () => {
  // huge.txt is 6 MB: over the limit of 5 MB set here.
  const args = ['check', 'reports', '--max-size', '5', '--lang', 'en'];

  it('gives one result per file, in name order, each with its status, and exits 2', () => {
    const run = cli([...args, '--format', 'json', '--jobs', '2']);
    expect(run.code).toBe(2);
    const entries = JSON.parse(run.out) as Entry[];
    const expected = Object.entries(FOLDER)
      .map(([name, [, status]]) => [`reports/${name}`, status])
      .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1));
    expect(entries.map((e) => [e.file, e.status])).toEqual(expected);
    const byName = new Map(entries.map((e) => [e.file.slice('reports/'.length), e]));
    expect(byName.get('old.doc')).toMatchObject({
      medium: 'legacy-word',
      problems: ['a legacy Word or WPS document (.doc / .wps)'],
      advice: 'open it in Word or WPS and save it as .docx or PDF, then check that',
    });
    expect(byName.get('report.ofd')?.advice).toBe('convert it to PDF with an OFD reader, then check that');
    expect(byName.get('huge.txt')?.problems).toEqual(['too large: 5.7 MB, over the limit of 5.0 MB']);
    expect(byName.get('notes.txt')?.readingFindings.map((f) => f.code)).toEqual(['PARSE-NOT-REPORT']);
    expect(byName.get('gbk.csv')).toMatchObject({ medium: 'csv', checkFindings: [] });
    expect(byName.get('errors.json')?.checkFindings.map((f) => f.code)).toContain('T3-BALANCE');
    expect(run.err).toContain('13 file(s): checked 5, unreadable 4, unsupported 4');
  });

  it('writes the same output with one job and with four, in every format', () => {
    for (const format of ['json', 'ndjson', 'text', 'sarif', 'csv']) {
      const one = cli([...args, '--format', format, '--jobs', '1']);
      const four = cli([...args, '--format', format, '--jobs', '4']);
      expect([one.code, four.code]).toEqual([2, 2]);
      if (format === 'json') expect(withoutTimings(four.out)).toEqual(withoutTimings(one.out));
      else if (format === 'ndjson') {
        const lines = (out: string) => withoutTimings(`[${out.trimEnd().split('\n').join(',')}]`);
        expect(lines(four.out)).toEqual(lines(one.out));
      } else expect(four.out).toBe(one.out);
    }
    // Ten runs of the command line, each starting workers: a minute or more on a busy machine.
  }, 300_000);

  it('exits 1 when every file was checked and one has errors, 0 when none has', () => {
    expect(cli(['check', 'reports/good.csv', 'reports/errors.json']).code).toBe(1);
    expect(cli(['check', 'reports/good.csv', 'reports/gbk.csv']).code).toBe(0);
  });
});

describe('isolation of each file', () => {
  it('cuts a file whose reader hangs at the timeout; the other files are checked and the run ends', () => {
    const run = cli(['check', 'reports/good.csv', 'reports/errors.json', '--timeout', '1', '--format', 'ndjson'], {
      ZFXXGK_TEST_HANG_ON: 'good.csv',
    });
    expect(run.code).toBe(2);
    const [hung, other] = run.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Entry);
    expect(hung).toMatchObject({ file: 'reports/good.csv', status: 'failed', failure: 'timeout' });
    expect(hung?.problems).toEqual(['超时：读取与检查超过 1 秒，已中止（可用 --timeout 调整）']);
    expect(other).toMatchObject({ file: 'reports/errors.json', status: 'checked' });
  });

  it('fails a file that runs its reader out of memory, and checks the others', () => {
    const run = cli([
      'check',
      'reports/huge.txt',
      'reports/good.csv',
      '--max-memory',
      '64',
      '--format',
      'ndjson',
      '--jobs',
      '1',
    ]);
    expect(run.code).toBe(2);
    const [huge, good] = run.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Entry);
    expect(huge).toMatchObject({ file: 'reports/huge.txt', status: 'failed', failure: 'out-of-memory' });
    expect(good).toMatchObject({ file: 'reports/good.csv', status: 'checked' });
  });
});
