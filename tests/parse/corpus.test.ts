/**
 * The complete corpus reports read through `parse` (and once through the built CLI's export)
 * equal their hand-checked truth files in every cell, blanks included.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../src/interchange/csv.js';
import { parse, parseHtml } from '../../src/parse/index.js';
import { CORPUS_DIR, readTruth, truthToReport } from '../support/truth.js';
import { encodeGbk } from './gbk.js';
import { cellsOf } from './support.js';

const COMPLETE = [
  { file: '2024-beiguan-yjglj.txt', level: 'department', published: null },
  { file: '2019-shanghai-szfbgt.html', level: 'department', published: '2020-01-31' },
] as const;

const bytesOf = (file: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS_DIR, file)));

describe.each(COMPLETE)('$file', ({ file, level, published }) => {
  const truth = truthToReport(readTruth(file));
  const { report, findings } = parse(bytesOf(file), { lang: 'en' });

  it('equals its truth file in every cell, blanks included, and in its units', () => {
    expect(report).not.toBeNull();
    expect(report?.format).toBe(truth.format);
    expect(cellsOf(report!)).toEqual(cellsOf(truth));
    expect(report?.units).toEqual(truth.units);
  });

  it('reads the body, year, level, publication date, all six sections and the five topics', () => {
    expect(report?.meta).toMatchObject({ agency: truth.meta.agency, year: truth.meta.year, level, published });
    expect(Object.keys(report?.sections ?? {})).toEqual([
      'overview',
      'proactive',
      'requests',
      'appeals',
      'problems',
      'other',
    ]);
    expect(report?.sections.overview?.text.length).toBeGreaterThan(100);
    expect(report?.sections.other?.text).not.toBe('');
    expect(Object.keys(report?.topics ?? {}).sort()).toEqual([
      'management',
      'onRequest',
      'oversight',
      'platform',
      'proactive',
    ]);
  });

  it('has no reading finding above info', () => {
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('reading findings of the corpus', () => {
  it('report the header typo 本年度止件数 as read for 本年废止件数', () => {
    const { findings } = parse(bytesOf('2024-beiguan-yjglj.txt'));
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'PARSE-LABEL-VARIANT',
        severity: 'info',
        quote: '本年度止件数',
        loc: { line: 20, column: 13 },
      }),
    ]);
  });

  it('locate every cell: the Shanghai 859 in table 2 of the page, grid row 3, grid column 9', () => {
    const { sourceMap } = parse(bytesOf('2019-shanghai-szfbgt.html'));
    expect(sourceMap.cells['3/received/total']).toMatchObject({ table: 1, row: 3, cell: 9 });
    expect(Object.keys(sourceMap.cells)).toHaveLength(
      Object.keys(cellsOf(truthToReport(readTruth('2019-shanghai-szfbgt.html')))).length,
    );
    expect(sourceMap.sections.appeals).toBeDefined();
  });

  it('the Shanghai page saved as GBK (charset declared or not) reads the same as UTF-8', () => {
    const html = readFileSync(join(CORPUS_DIR, '2019-shanghai-szfbgt.html'), 'utf8');
    const expected = cellsOf(parseHtml(html).report!);
    for (const page of [
      `<meta charset="gbk">${html}`,
      `<meta http-equiv="Content-Type" content="text/html; charset=GB2312">${html}`,
      html,
    ]) {
      const read = parse(encodeGbk(page));
      expect(read.report?.meta.agency).toBe('上海市人民政府办公厅');
      expect(cellsOf(read.report!)).toEqual(expected);
    }
  });
});

describe('the built CLI', () => {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const cli = join(root, 'dist', 'cli.js');

  beforeAll(() => {
    const sources = [
      ...readdirSync(join(root, 'src/parse')).map((f) => join(root, 'src/parse', f)),
      join(root, 'src/cli/load.ts'),
    ];
    const stale =
      !existsSync(cli) || sources.some((f) => statSync(f).isFile() && statSync(f).mtimeMs > statSync(cli).mtimeMs);
    if (stale) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }, 180_000);

  it.each(COMPLETE)('export $file --to csv equals the truth file', ({ file }) => {
    const result = spawnSync(process.execPath, [cli, 'export', join(CORPUS_DIR, file), '--to', 'csv'], {
      encoding: 'utf8',
    });
    expect(result.stderr).not.toMatch(/error|warning/);
    expect(result.status).toBe(0);
    const report = readCsv(result.stdout);
    const truth = truthToReport(readTruth(file));
    expect(cellsOf(report)).toEqual(cellsOf(truth));
    expect(report.units).toEqual(truth.units);
  });
});
