/** `zfxxgk parse`, and text and HTML documents in `check` and `export`, through the CLI entry. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readCsv } from '../../src/interchange/csv.js';
import { fakeIO } from '../cli/fake-io.js';
import { findingsOf } from '../cli/fixtures.js';
import { CORPUS_DIR } from '../support/truth.js';
import { encodeGbk } from './gbk.js';

const beiguan = readFileSync(join(CORPUS_DIR, '2024-beiguan-yjglj.txt'));
const shanghai = readFileSync(join(CORPUS_DIR, '2019-shanghai-szfbgt.html'), 'utf8');
const partial = readFileSync(join(CORPUS_DIR, 'partial/2019-yueyang-nanhu-ju.txt'));

describe('zfxxgk parse', () => {
  it('prints the tables as read and the reading findings', async () => {
    const io = fakeIO({ 'r.txt': beiguan });
    expect(await main(['parse', 'r.txt', '--lang', 'en'], io)).toBe(0);
    expect(io.out).toContain('北关区应急管理局 2024 · 2021 format · department');
    expect(io.out).toContain('  行政处罚: 13');
    expect(io.out).toContain('PARSE-LABEL-VARIANT "本年度止件数" was read as "本年废止件数" (line 20)');
  });

  it('prints { report, findings } as JSON, and exits 1 when a row could not be read', async () => {
    const io = fakeIO({ 'p.txt': partial });
    expect(await main(['parse', 'p.txt', '--format', 'json'], io)).toBe(1);
    const { report, findings } = JSON.parse(io.out) as {
      report: { table2: { rules: unknown } };
      findings: { code: string }[];
    };
    expect(report.table2.rules).toEqual({ newlyMade: 0, newlyPublished: 0, totalPublished: 0 });
    expect(findings.map((f) => f.code)).toContain('PARSE-ROW-UNALIGNED');
  });

  it('reads a GBK page from standard input', async () => {
    const io = fakeIO({}, { stdin: encodeGbk(`<meta charset="gbk">${shanghai}`) });
    expect(await main(['parse', '-', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out).report.meta.agency).toBe('上海市人民政府办公厅');
  });

  it('says what is wrong with its arguments', async () => {
    const io = fakeIO();
    expect(await main(['parse'], io)).toBe(2);
    expect(io.err).toContain('未指定输入文件');
    const en = fakeIO();
    expect(await main(['parse', '--lang', 'en'], en)).toBe(2);
    expect(en.err).toContain('no input file given');
  });
});

describe('text and HTML in check and export', () => {
  it('check lists the reading findings with the report checks', async () => {
    const io = fakeIO({ 'r.html': shanghai });
    await main(['check', 'r.html', '--format', 'json', '--lang', 'en'], io);
    const codes = findingsOf(io.out).map((f) => f.code);
    expect(codes).toContain('PARSE-LABEL-VARIANT');
    expect(codes).toContain('TEXT-TABLE-MISMATCH');
  });

  it('export writes the interchange CSV of a text report', async () => {
    const io = fakeIO({ 'r.txt': beiguan });
    expect(await main(['export', 'r.txt'], io)).toBe(0);
    expect(readCsv(io.out).table2).toMatchObject({ penalty: { decisions: 13 } });
  });

  it('a document that is not a report is an input error', async () => {
    const io = fakeIO({ 'x.txt': '会议纪要\n今天天气很好。\n' });
    expect(await main(['parse', 'x.txt'], io)).toBe(2);
    expect(io.err).toContain('PARSE-NOT-REPORT');
  });
});
