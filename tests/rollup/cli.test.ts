import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readCsv, writeCsv } from '../../src/interchange/csv.js';
import { fakeIO } from '../cli/fake-io.js';
import { findingsOf } from '../cli/fixtures.js';
import { withCells, zeroReport } from '../support/reports.js';
import { beiguan, huaian, shanghai } from './support.js';

const files = {
  'beiguan.csv': writeCsv(beiguan()),
  'huaian.json': JSON.stringify(huaian()),
  'shanghai.csv': writeCsv(shanghai()),
  'partly-blank.csv': writeCsv(withCells(zeroReport('2021'), { 'table4.review.pending': null })),
};

describe('zfxxgk rollup', () => {
  it('writes the total as the interchange CSV, readable again', async () => {
    const io = fakeIO(files);
    expect(await main(['rollup', 'beiguan.csv', 'huaian.json', '--agency', '某市合计'], io)).toBe(0);
    const total = readCsv(io.out);
    expect(total.meta).toMatchObject({ agency: '某市合计', year: 2024, scope: 'region' });
    expect(total.table3.received.total).toBe(3119);
    expect((total.table2 as { penalty: { decisions: number } }).penalty.decisions).toBe(3985771);
    expect(io.err).toBe('');
  });

  it('writes report, provenance and findings as JSON, and lists the findings on stderr', async () => {
    const io = fakeIO(files);
    expect(await main(['rollup', 'beiguan.csv', 'partly-blank.csv', '--to', 'json', '--lang', 'en'], io)).toBe(0);
    const out = JSON.parse(io.out) as {
      report: { table4: { review: { pending: number } } };
      provenance: { inputs: unknown[] };
      findings: { code: string }[];
    };
    expect(out.report.table4.review.pending).toBe(0);
    expect(out.provenance.inputs).toHaveLength(2);
    expect(out.findings.map((f) => f.code)).toEqual(['ROLLUP-PARTLY-BLANK']);
    expect(io.err).toBe(
      'zfxxgk rollup: info ROLLUP-PARTLY-BLANK Table 4, row "行政复议", column "尚未审结": 1 of 2 reports left it blank; the total is the sum of the others\n',
    );
  });

  it('--rule changes or hides what the rollup reports', async () => {
    const raised = fakeIO(files);
    expect(
      await main(['rollup', 'beiguan.csv', 'partly-blank.csv', '--rule', 'ROLLUP-PARTLY-BLANK=error'], raised),
    ).toBe(1);
    expect(raised.err).toContain('zfxxgk rollup: error ROLLUP-PARTLY-BLANK');
    const hidden = fakeIO(files);
    expect(await main(['rollup', 'beiguan.csv', 'partly-blank.csv', '--rule', 'ROLLUP-PARTLY-BLANK=off'], hidden)).toBe(
      0,
    );
    expect(hidden.err).toBe('');
  });

  it('refuses reports of different formats with exit 2, naming the files and the option', async () => {
    const io = fakeIO(files);
    expect(await main(['rollup', 'beiguan.csv', 'shanghai.csv'], io)).toBe(2);
    expect(io.err).toContain(
      'zfxxgk rollup: beiguan.csv (北关区应急管理局, 2024, 2021 format) and shanghai.csv (上海市人民政府办公厅, 2019, 2019 format) differ in format; pass --comparable',
    );
    expect(io.out).toBe('');
  });

  it('adds them with --comparable and --year, saying what was left out', async () => {
    const io = fakeIO(files);
    expect(
      await main(['rollup', 'beiguan.csv', 'shanghai.csv', '--comparable', '--year', '2024', '--lang', 'en'], io),
    ).toBe(0);
    expect(readCsv(io.out).format).toBe('2019');
    expect(io.err).toContain('cell(s) of the 2019 format not comparable, left out');
  });

  it('usage errors exit 2', async () => {
    expect(await main(['rollup'], fakeIO(files))).toBe(2);
    expect(await main(['rollup', 'beiguan.csv', '--to', 'xml'], fakeIO(files))).toBe(2);
    expect(await main(['rollup', 'beiguan.csv', '--year', '24'], fakeIO(files))).toBe(2);
    expect(await main(['rollup', 'missing.csv'], fakeIO(files))).toBe(2);
  });
});

describe('zfxxgk check --previous on the worked example', () => {
  const example = {
    '2023.csv': readFileSync(new URL('../../examples/beiguan-2023.csv', import.meta.url), 'utf8'),
    '2024.csv': readFileSync(new URL('../../examples/2024-beiguan-yjglj.csv', import.meta.url), 'utf8'),
  };

  it('finds the stock that does not carry over and the copied section 5', async () => {
    const io = fakeIO(example);
    expect(await main(['check', '2024.csv', '--previous', '2023.csv', '--format', 'json'], io)).toBe(0);
    const codes = findingsOf(io.out).map((f) => [f.code, f.path?.join('.')]);
    expect(codes).toEqual([
      ['X-STOCK', 'table2.normativeDocuments.inForce'],
      ['X-TEXT-REUSE', 'sections.problems'],
    ]);
  });

  it('the 2023 report itself has no finding, and its carry-over matches 2024', async () => {
    const io = fakeIO(example);
    expect(await main(['check', '2023.csv', '--lang', 'en'], io)).toBe(0);
    expect(io.out).toContain('no findings');
  });

  it('a previous report read from a document: its reading findings go to stderr, not into the findings', async () => {
    // The published 2024 text, retitled 2023: it prints the header typo 本年度止件数.
    const text = readFileSync(new URL('../corpus/2024-beiguan-yjglj.txt', import.meta.url), 'utf8').replace(
      '2024 年政府',
      '2023 年政府',
    );
    const io = fakeIO({ ...example, '2023.txt': text });
    expect(await main(['check', '2024.csv', '--previous', '2023.txt', '--format', 'json'], io)).toBe(0);
    expect(io.err).toContain('zfxxgk check: 2023.txt: info PARSE-LABEL-VARIANT');
    expect(findingsOf(io.out).map((f) => f.code)).not.toContain('PARSE-LABEL-VARIANT');
  });

  it('a previous report of the wrong year is a usage error', async () => {
    const io = fakeIO(example);
    expect(await main(['check', '2023.csv', '--previous', '2024.csv', '--lang', 'en'], io)).toBe(2);
    expect(io.err).toContain('--previous is about 2024, but 2023.csv is about 2023: give the report of 2022');
  });
});
