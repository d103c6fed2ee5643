/**
 * `zfxxgk render`: every target from any input, where the outputs go, the findings marked, the
 * usage errors; and the built command converting the real 淮安 PDF into a Word file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseDocx } from '../../src/parse/docx/index.js';
import { parse, parseHtml, parseText } from '../../src/parse/index.js';
import { parsePdf } from '../../src/parse/pdf/index.js';
import { fakeIO } from '../cli/fake-io.js';
import { asCsv, asJson, cleanReport2021, unbalancedReport } from '../cli/fixtures.js';
import { tablesOf } from '../support/reports.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = (name: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'tests', 'corpus', name)));

const report = cleanReport2021();
const files = {
  'in/r.json': asJson(report),
  'in/r.csv': asCsv(report),
  'in/bad.json': asJson(unbalancedReport()),
  'in/beiguan.txt': corpus('2024-beiguan-yjglj.txt'),
};

describe('zfxxgk render', () => {
  it('writes text, Markdown and HTML of one input to standard output', async () => {
    for (const [to, read] of [
      ['txt', parseText],
      ['html', parseHtml],
    ] as const) {
      const io = fakeIO(files);
      expect(await main(['render', 'in/r.json', '--to', to], io)).toBe(0);
      expect(tablesOf(read(io.out).report)).toEqual(tablesOf(report));
    }
    const io = fakeIO(files);
    expect(await main(['render', 'in/r.csv', '--to', 'md'], io)).toBe(0);
    expect(io.out).toMatch(/^# 某县财政局2024年政府信息公开工作年度报告\n/);
    expect(io.out).toContain('| 行政处罚 | 5 |');
  });

  it('writes a DOCX beside its input, which reads back to the same tables', async () => {
    const io = fakeIO(files);
    expect(await main(['render', 'in/r.json', '--to', 'docx'], io)).toBe(0);
    expect(Object.keys(io.written)).toEqual(['in/r.docx']);
    expect(tablesOf(parseDocx(io.written['in/r.docx'] as Uint8Array).report)).toEqual(tablesOf(report));
  });

  it('converts a published text report into Word: the same cells as reading the text', async () => {
    const io = fakeIO(files);
    expect(await main(['render', 'in/beiguan.txt', '--to', 'docx', '-o', 'out/北关.docx'], io)).toBe(0);
    const read = parseDocx(io.written['out/北关.docx'] as Uint8Array);
    expect(tablesOf(read.report)).toEqual(tablesOf(parse(files['in/beiguan.txt']).report));
    expect(read.report?.meta.agency).toBe('北关区应急管理局');
    // The reader's note on the source's typo goes to stderr; the rendered file has the official label.
    expect(io.err).toContain('PARSE-LABEL-VARIANT');
    expect(read.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('writes several inputs into the folder -o names, or beside each input', async () => {
    const io = fakeIO(files);
    expect(await main(['render', 'in/r.json', 'in/bad.json', '--to', 'md', '-o', 'out'], io)).toBe(0);
    expect(Object.keys(io.written).sort()).toEqual(['out/bad.md', 'out/r.md']);
    const beside = fakeIO(files);
    expect(await main(['render', 'in/r.json', 'in/bad.json', '--to', 'txt'], beside)).toBe(0);
    expect(Object.keys(beside.written).sort()).toEqual(['in/bad.txt', 'in/r.txt']);
    const folder = fakeIO(files);
    expect(await main(['render', 'in/r.json', '--to', 'html', '-o', 'site/'], folder)).toBe(0);
    expect(Object.keys(folder.written)).toEqual(['site/r.html']);
  });

  it('renders every report of a folder', async () => {
    const io = fakeIO({ 'reports/a.json': files['in/r.json'], 'reports/sub/b.json': files['in/r.json'] });
    expect(await main(['render', 'reports', '--to', 'md', '-o', 'out'], io)).toBe(0);
    expect(Object.keys(io.written).sort()).toEqual(['out/a.md', 'out/b.md']);
    expect(io.written['out/a.md']).toBe(io.written['out/b.md']);
  });

  it('marks the findings in HTML with --findings', async () => {
    const io = fakeIO(files);
    expect(await main(['render', 'in/bad.json', '--to', 'html', '--findings', '--lang', 'en'], io)).toBe(0);
    expect(io.out).toMatch(
      /<td data-cell="3\/received\/natural" class="zfxxgk-finding zfxxgk-error" data-findings="T3-BALANCE T3-ROW-TOTAL" title="[^"]*received \+ carried over/,
    );
  });

  it('exits 2 on usage errors, before writing anything', async () => {
    for (const argv of [
      ['render', 'in/r.json'],
      ['render', 'in/r.json', '--to', 'pdf'],
      ['render', '--to', 'html'],
      ['render', 'in/r.json', '--to', 'md', '--findings'],
      ['render', '-', '--to', 'docx'],
      ['render', 'in/r.json', 'in/r.csv', '--to', 'txt', '-o', 'out'],
      ['render', 'in/r.json', '--to', 'txt', '-o', 'in/r.json'],
      ['render', 'in/nope.json', '--to', 'txt'],
    ]) {
      const io = fakeIO(files);
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.written).toEqual({});
    }
  });
});

describe('the built command', () => {
  it('converts the published 淮安 PDF into a Word file with every cell of the PDF', async () => {
    if (!existsSync(join(root, 'dist', 'cli.js')))
      execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    const work = mkdtempSync(join(tmpdir(), 'zfxxgk-render-'));
    try {
      const out = join(work, 'huaian.docx');
      const run = spawnSync(
        process.execPath,
        [
          join(root, 'dist', 'cli.js'),
          'render',
          join(root, 'tests', 'corpus', '2024-huaian-szf.pdf'),
          '--to',
          'docx',
          '-o',
          out,
        ],
        { encoding: 'utf8' },
      );
      expect(run.status, run.stderr).toBe(0);
      const pdf = await parsePdf(corpus('2024-huaian-szf.pdf'));
      const docx = parseDocx(new Uint8Array(readFileSync(out)));
      expect(tablesOf(docx.report)).toEqual(tablesOf(pdf.report));
      expect(docx.report?.meta).toMatchObject({ agency: '淮安市人民政府', year: 2024 });
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
