import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { main } from '../../src/cli/main.js';
import type { FileFinding } from '../../src/cli/commands/check.js';
import { fakeIO } from './fake-io.js';
import { asCsv, asJson, cleanReport2021, unbalancedReport } from './fixtures.js';

const files = {
  'clean.json': asJson(cleanReport2021()),
  'clean.csv': asCsv(cleanReport2021()),
  'unbalanced.json': asJson(unbalancedReport()),
  'unbalanced.csv': asCsv(unbalancedReport()),
};

describe('zfxxgk check', () => {
  it('exits 0 and says so for a report without findings, in either input format', async () => {
    for (const file of ['clean.json', 'clean.csv']) {
      const io = fakeIO(files);
      expect(await main(['check', file], io)).toBe(0);
      expect(io.out).toBe(`${file}\n  no findings\n1 file(s) checked: 0 error(s), 0 warning(s)\n`);
      expect(io.err).toBe('');
    }
  });

  it('exits 1 on error findings and prints them as one JSON array with file, place and values', async () => {
    const io = fakeIO(files);
    expect(await main(['check', 'clean.csv', 'unbalanced.csv', '--format', 'json', '--lang', 'en'], io)).toBe(1);
    const findings = JSON.parse(io.out) as FileFinding[];
    expect(findings.every((f) => f.file === 'unbalanced.csv')).toBe(true);
    const balance = findings.find((f) => f.code === 'T3-BALANCE');
    expect(balance).toMatchObject({ file: 'unbalanced.csv', severity: 'error', table: '3', column: '自然人' });
    expect(balance?.message).toMatch(/^Table 3, column "自然人"/);
    const rowTotal = findings.find((f) => f.code === 'T3-ROW-TOTAL');
    expect(rowTotal).toMatchObject({ table: '3', row: '一、本年新收政府信息公开申请数量' });
    expect((rowTotal?.expected as number) - (rowTotal?.actual as number)).toBe(1);
  });

  it('groups text output by file, one line per finding, in the language asked for', async () => {
    const zh = fakeIO(files);
    expect(await main(['check', 'unbalanced.json', 'clean.json'], zh)).toBe(1);
    const lines = zh.out.trimEnd().split('\n');
    expect(lines[0]).toBe('unbalanced.json');
    const findingLines = lines.slice(1, lines.indexOf('clean.json'));
    expect(findingLines.length).toBeGreaterThanOrEqual(2);
    expect(findingLines.every((l) => /^ {2}(error|warning|info) /.test(l))).toBe(true);
    expect(findingLines.some((l) => l.includes('T3-BALANCE') && l.includes('表三「自然人」列'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^2 file\(s\) checked: [1-9]\d* error\(s\)/);
    const en = fakeIO(files);
    await main(['check', 'unbalanced.json', '--lang', 'en'], en);
    expect(en.out).toContain('Table 3, column "自然人"');
  });

  it('reads standard input for -, sniffing JSON and CSV or following --input-format', async () => {
    const cases: [string, string[]][] = [
      [files['unbalanced.json'], []],
      [files['unbalanced.csv'], []],
      [`\uFEFF${files['unbalanced.csv']}`, ['--input-format', 'csv']],
    ];
    for (const [stdin, extra] of cases) {
      const io = fakeIO({}, { stdin });
      expect(await main(['check', '-', '--format', 'json', ...extra], io)).toBe(1);
      expect((JSON.parse(io.out) as FileFinding[]).some((f) => f.file === '-' && f.code === 'T3-BALANCE')).toBe(true);
    }
  });

  it('exits 2 with the path of each bad value when a JSON report is invalid', async () => {
    const broken = JSON.parse(files['clean.json']);
    broken.table3.received.natural = -2;
    broken.meta.published = '2025-02-30';
    const io = fakeIO({ 'broken.json': JSON.stringify(broken) });
    expect(await main(['check', 'broken.json'], io)).toBe(2);
    expect(io.err).toContain(
      'zfxxgk check: broken.json: table3.received.natural: expected a non-negative integer count, got -2',
    );
    expect(io.err).toContain('broken.json: meta.published:');
  });

  it('exits 2 with file and line when a CSV is invalid, and still checks the other files', async () => {
    const csv = files['clean.csv'].replace(
      /^3,一、本年新收政府信息公开申请数量,自然人,\d+$/m,
      '3,一、本年新收政府信息公开申请数量,自然人,three',
    );
    const line = csv.split('\n').findIndex((l) => l.endsWith(',three')) + 1;
    const io = fakeIO({ ...files, 'bad.csv': csv });
    expect(await main(['check', 'bad.csv', 'clean.csv', 'missing.json', 'sheet.xlsx'], io)).toBe(2);
    expect(io.err).toContain(`bad.csv:${line}: expected a plain decimal number or empty, got "three"`);
    expect(io.err).toContain('missing.json: cannot read: ENOENT');
    expect(io.err).toContain('sheet.xlsx: unsupported file type ".xlsx"');
    expect(io.out).toContain('clean.csv\n  no findings');
    expect(io.out).toContain('1 file(s) checked, 3 unreadable');
  });

  it('exits 2 on bad option values and on no file', async () => {
    for (const argv of [
      ['check', 'clean.json', '--format', 'xml'],
      ['check', 'clean.json', '--lang', 'fr'],
      ['check'],
    ]) {
      const io = fakeIO(files);
      expect(await main(argv, io)).toBe(2);
      expect(io.out).toBe('');
      expect(io.err).toContain('Usage: zfxxgk check');
    }
    // Bytes that are no report in any format: standard input falls through to the text reader.
    const io = fakeIO({}, { stdin: new Uint8Array([0x00, 0x9f, 0x92, 0x96, 0xff]) });
    expect(await main(['check', '-'], io)).toBe(2);
    expect(io.err).toMatch(/^zfxxgk check: -: /);
    expect(io.out).toContain('0 file(s) checked, 1 unreadable');
  });

  it('colours severities only on a terminal without NO_COLOR, and shows progress only on a terminal', async () => {
    const plain = fakeIO(files);
    await main(['check', 'unbalanced.json', 'clean.json'], plain);
    expect(plain.out).not.toContain('\u001b[');
    expect(plain.err).toBe('');
    const tty = fakeIO(files, { isTTY: true });
    await main(['check', 'unbalanced.json', 'clean.json'], tty);
    expect(tty.out).toContain('\u001b[31merror');
    expect(tty.err).toContain('[2/2] clean.json');
    const noColor = fakeIO(files, { isTTY: true, env: { NO_COLOR: '1' } });
    await main(['check', 'unbalanced.json', 'clean.json'], noColor);
    expect(noColor.out).not.toContain('\u001b[');
    expect(noColor.out.replace(/\s+/g, ' ')).toBe(plain.out.replace(/\s+/g, ' '));
  });
});

describe('zfxxgk check --rule', () => {
  const beiguanText = readFileSync(new URL('../corpus/2024-beiguan-yjglj.txt', import.meta.url), 'utf8');
  const withRules = { ...files, 'beiguan.txt': beiguanText };

  it('turns a check off or lowers it, which decides the exit status', async () => {
    const io = fakeIO(withRules);
    expect(
      await main(
        ['check', 'unbalanced.csv', '--format', 'json', '--rule', 'T3-BALANCE=off', '--rule', 'T3-ROW-TOTAL=warning'],
        io,
      ),
    ).toBe(0);
    const findings = JSON.parse(io.out) as FileFinding[];
    expect(findings.map((f) => f.code)).not.toContain('T3-BALANCE');
    expect(findings.filter((f) => f.code === 'T3-ROW-TOTAL').every((f) => f.severity === 'warning')).toBe(true);
  });

  it('applies to what the reader of a document reports too', async () => {
    const raised = fakeIO(withRules);
    expect(
      await main(['check', 'beiguan.txt', '--format', 'json', '--rule', 'PARSE-LABEL-VARIANT=error'], raised),
    ).toBe(1);
    expect(JSON.parse(raised.out)).toContainEqual(
      expect.objectContaining({ code: 'PARSE-LABEL-VARIANT', severity: 'error' }),
    );
    const hidden = fakeIO(withRules);
    expect(await main(['check', 'beiguan.txt', '--format', 'json', '--rule', 'PARSE-LABEL-VARIANT=off'], hidden)).toBe(
      0,
    );
    expect(JSON.parse(hidden.out)).toEqual([]);
  });

  it('refuses an unknown code or setting with a usage error', async () => {
    for (const rule of ['NO-SUCH-CODE=off', 'T3-BALANCE=loud', 'T3-BALANCE', '__proto__=off']) {
      const io = fakeIO(withRules);
      expect(await main(['check', 'clean.csv', '--rule', rule], io)).toBe(2);
      expect(io.err).toContain('--rule');
    }
  });
});
