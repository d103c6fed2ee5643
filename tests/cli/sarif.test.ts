/**
 * `check --format sarif`: valid against the official SARIF 2.1.0 schema (OASIS, errata 01, kept in
 * tests/cli/sarif-schema-2.1.0.json), with every rule's metadata and each finding located in its
 * source: line and column in text and HTML, the page in a PDF, the table cell in a Word document.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { RULES, sarifRules } from '../../src/findings/index.js';
import { artifactUri } from '../../src/cli/output/sarif.js';
import { reportDocx } from '../support/docx-writer.js';
import { cleanReport, withCells } from '../support/reports.js';
import { CORPUS_DIR } from '../support/truth.js';
import { fakeIO } from './fake-io.js';
import { asCsv, cleanReport2021 } from './fixtures.js';

const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const corpus = (name: string) => readFileSync(join(CORPUS_DIR, name));
/** The 北关 text with one more application received than handled (line 39, first column). */
const unbalancedText = corpus('2024-beiguan-yjglj.txt')
  .toString('utf8')
  .replace(/^(一、本年新收政府信息公开申请数量\t\t)0/m, '$11');
const unbalancedDocx = reportDocx(withCells(cleanReport('2021'), { 'table3.received.natural': 9 }), {
  producer: 'word',
});

interface Location {
  physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } };
  message?: { text: string };
  properties?: Record<string, number | undefined>;
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Location[];
  relatedLocations?: Location[];
}

async function sarif(files: Record<string, string | Uint8Array>, args: string[] = []) {
  const io = fakeIO(files);
  const code = await main(['check', ...Object.keys(files), '--format', 'sarif', ...args], io);
  return { code, log: JSON.parse(io.out), io };
}

describe('check --format sarif', () => {
  it('validates against the SARIF 2.1.0 schema, with every rule described and linked to its page', async () => {
    const { code, log } = await sarif(
      {
        '报告/北关 2024.txt': unbalancedText,
        'shanghai.html': corpus('2019-shanghai-szfbgt.html'),
        'huaian.pdf': corpus('2024-huaian-szf.pdf'),
        'word.docx': unbalancedDocx,
        'clean.csv': asCsv(cleanReport2021()),
        'old.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      },
      ['--lang', 'en'],
    );
    expect(code).toBe(2);
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules).toEqual(sarifRules({ lang: 'en' }));
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.code));
    const balance = run.tool.driver.rules.find((r: { id: string }) => r.id === 'T3-BALANCE');
    expect(balance).toMatchObject({
      id: 'T3-BALANCE',
      shortDescription: { text: 'Table 3, per column: received + carried over = outcome total + carried forward' },
      defaultConfiguration: { level: 'error' },
      helpUri: expect.stringMatching(/\/docs\/rules\/T3-BALANCE\.md$/),
    });
    for (const result of run.results as Result[]) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
    }
    // The legacy Word file is a notification of the run: it could not be analysed.
    expect(run.invocations[0].toolExecutionNotifications).toEqual([
      expect.objectContaining({
        descriptor: { id: 'unsupported' },
        level: 'error',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'old.doc' } } }],
      }),
    ]);
  });

  it('locates each finding: line and column in text, every cell involved as a related location', async () => {
    const { log } = await sarif({ '报告/北关 2024.txt': unbalancedText });
    const results = log.runs[0].results as Result[];
    const balance = results.find((r) => r.ruleId === 'T3-BALANCE' && r.message.text.includes('自然人'));
    expect(balance?.level).toBe('error');
    expect(balance?.locations).toEqual([
      {
        physicalLocation: {
          artifactLocation: { uri: '%E6%8A%A5%E5%91%8A/%E5%8C%97%E5%85%B3%202024.txt' },
          region: { startLine: 39, startColumn: 19 },
        },
      },
    ]);
    // 二、上年结转, 三（七）总计 and 四、结转下年度继续办理 of the same column, further down.
    const lines = balance?.relatedLocations?.map((l) => l.physicalLocation.region?.startLine as number) ?? [];
    expect(lines).toHaveLength(3);
    expect(lines.every((line, i) => line > (i === 0 ? 39 : (lines[i - 1] as number)))).toBe(true);
    expect(balance?.message.text).toMatch(/（应为 \d+，实为 \d+）$/);
    const variant = results.find((r) => r.ruleId === 'PARSE-LABEL-VARIANT');
    expect(variant?.level).toBe('note');
    expect(variant?.locations[0]?.physicalLocation.region?.startLine).toBe(20);
  });

  it('says the page of a PDF and the table cell of a Word document, which regions cannot', async () => {
    const pdf = (await sarif({ 'huaian.pdf': corpus('2024-huaian-szf.pdf') }, ['--rule', 'T3-BALANCE=off'])).log;
    const located = (pdf.runs[0].results as Result[]).flatMap((r) => r.locations);
    for (const loc of located.filter((l) => l.properties)) {
      expect(loc.physicalLocation.region).toBeUndefined();
      expect(loc.message?.text).toBe(`第 ${loc.properties?.page} 页`);
    }
    const docx = (await sarif({ 'word.docx': unbalancedDocx })).log;
    const balance = (docx.runs[0].results as Result[]).find((r) => r.ruleId === 'T3-BALANCE');
    const [first] = balance?.locations ?? [];
    expect(first?.physicalLocation.region).toBeUndefined();
    expect(first?.message?.text).toMatch(/^第 \d+ 个表格第 \d+ 行第 \d+ 格$/);
    expect(first?.properties).toEqual({ table: expect.any(Number), row: expect.any(Number), cell: expect.any(Number) });
  });

  it('names files as URIs: relative paths encoded, absolute ones as file: URIs', () => {
    expect(artifactUri('报告/a b.pdf')).toBe('%E6%8A%A5%E5%91%8A/a%20b.pdf');
    expect(artifactUri('/srv/reports/a#1.pdf')).toBe('file:///srv/reports/a%231.pdf');
    expect(artifactUri('C:\\reports\\a.pdf')).toBe('file:///C:/reports/a.pdf');
    expect(artifactUri('-')).toBe('-');
  });
});
