import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from './fake-io.js';
import { asCsv, asJson, cleanReport2021, type Entry, findingsOf, unbalancedReport } from './fixtures.js';

const files = {
  'clean.json': asJson(cleanReport2021()),
  'clean.csv': asCsv(cleanReport2021()),
  'unbalanced.json': asJson(unbalancedReport()),
  'unbalanced.csv': asCsv(unbalancedReport()),
};

describe('zfxxgk check', () => {
  it('exits 0 and says so for a report without findings, in either input format and language', async () => {
    for (const file of ['clean.json', 'clean.csv']) {
      const io = fakeIO(files);
      expect(await main(['check', file, '--lang', 'en'], io)).toBe(0);
      expect(io.out).toBe(`${file}\n  no findings\n1 file(s): checked 1\n0 error(s), 0 warning(s), 0 info(s)\n`);
      expect(io.err).toBe('');
    }
    const zh = fakeIO(files);
    expect(await main(['check', 'clean.csv'], zh)).toBe(0);
    expect(zh.out).toBe('clean.csv\n  无问题\n共 1 个文件：已检查 1\n错误 0 个，警告 0 个，提示 0 个\n');
  });

  it('exits 1 on error findings; JSON has one entry per file, with its status, findings and timings', async () => {
    const io = fakeIO(files);
    expect(await main(['check', 'clean.csv', 'unbalanced.csv', '--format', 'json', '--lang', 'en'], io)).toBe(1);
    const entries = JSON.parse(io.out) as Entry[];
    expect(entries.map((e) => [e.file, e.status, e.medium])).toEqual([
      ['clean.csv', 'checked', 'csv'],
      ['unbalanced.csv', 'checked', 'csv'],
    ]);
    expect(entries[0]).toMatchObject({
      readingFindings: [],
      checkFindings: [],
      size: Buffer.byteLength(files['clean.csv']),
    });
    expect(entries[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(entries[0]?.timings as object)).toEqual(['readMs', 'parseMs', 'checkMs', 'totalMs']);
    const findings = findingsOf(io.out);
    expect(findings.every((f) => f.file === 'unbalanced.csv')).toBe(true);
    const balance = findings.find((f) => f.code === 'T3-BALANCE');
    expect(balance).toMatchObject({ severity: 'error', table: '3', column: '自然人' });
    expect(balance?.message).toMatch(/^Table 3, column "自然人"/);
    const rowTotal = findings.find((f) => f.code === 'T3-ROW-TOTAL');
    expect(rowTotal).toMatchObject({ table: '3', row: '一、本年新收政府信息公开申请数量' });
    expect((rowTotal?.expected as number) - (rowTotal?.actual as number)).toBe(1);
  });

  it('groups text output by file, one line per finding, the suffix and summary in the language asked for', async () => {
    const zh = fakeIO(files);
    expect(await main(['check', 'unbalanced.json', 'clean.json'], zh)).toBe(1);
    const lines = zh.out.trimEnd().split('\n');
    expect(lines[0]).toBe('unbalanced.json');
    const findingLines = lines.slice(1, lines.indexOf('clean.json'));
    expect(findingLines.length).toBeGreaterThanOrEqual(2);
    expect(findingLines.every((l) => /^ {2}(error|warning|info) /.test(l))).toBe(true);
    const balance = findingLines.find((l) => l.includes('T3-BALANCE'));
    expect(balance).toContain('[表3 / 自然人] 表三「自然人」列');
    expect(balance).toMatch(/（应为 \d+，实为 \d+）$/);
    expect(lines.at(-3)).toBe('共 2 个文件：已检查 2');
    expect(lines.at(-1)).toMatch(/^按代码：T3-/);
    const en = fakeIO(files);
    await main(['check', 'unbalanced.json', '--lang', 'en'], en);
    expect(en.out).toContain('Table 3, column "自然人"');
    expect(en.out).toMatch(/\(expected \d+, actual \d+\)\n/);
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
      expect(findingsOf(io.out).some((f) => f.file === '-' && f.code === 'T3-BALANCE')).toBe(true);
    }
  });

  it('a JSON report that does not validate is unreadable: exit 2, each bad value with its path', async () => {
    const broken = JSON.parse(files['clean.json']);
    broken.table3.received.natural = -2;
    broken.meta.published = '2025-02-30';
    const io = fakeIO({ 'broken.json': JSON.stringify(broken) });
    expect(await main(['check', 'broken.json', '--lang', 'en'], io)).toBe(2);
    expect(io.out).toContain(
      'unreadable: broken.json: table3.received.natural: expected a non-negative integer count, got -2',
    );
    expect(io.out).toContain('broken.json: meta.published:');
  });

  it('one result per file whatever is wrong with the others, and exit 2 when one was not checked', async () => {
    const csv = files['clean.csv'].replace(
      /^3,一、本年新收政府信息公开申请数量,自然人,\d+$/m,
      '3,一、本年新收政府信息公开申请数量,自然人,three',
    );
    const line = csv.split('\n').findIndex((l) => l.endsWith(',three')) + 1;
    const io = fakeIO({ ...files, 'bad.csv': csv, 'sheet.xlsx': new Uint8Array([0x50, 0x4b, 0x03, 0x04]) });
    const argv = ['check', 'bad.csv', 'clean.csv', 'missing.json', 'sheet.xlsx', '--format', 'ndjson', '--lang', 'en'];
    expect(await main(argv, io)).toBe(2);
    const entries = io.out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Entry);
    expect(entries.map((e) => [e.file, e.status])).toEqual([
      ['bad.csv', 'unreadable'],
      ['clean.csv', 'checked'],
      ['missing.json', 'unreadable'],
      ['sheet.xlsx', 'unreadable'],
    ]);
    expect(entries[0]?.problems).toEqual([`bad.csv:${line}: expected a plain decimal number or empty, got "three"`]);
    expect(entries[2]?.problems).toEqual([expect.stringMatching(/^cannot read: ENOENT/)]);
    // Summary on stderr, so that stdout holds only the data.
    expect(io.err).toContain('4 file(s): checked 1, unreadable 3');
  });

  it('exits 2 on bad option values and on no file, with the usage in the language asked for', async () => {
    for (const argv of [
      ['check', 'clean.json', '--format', 'xml'],
      ['check', 'clean.json', '--jobs', '0'],
      ['check', 'clean.json', '--timeout', 'soon'],
      ['check', 'clean.json', '--max-warnings', '-1'],
      ['check', 'clean.json', '--cross-year', '--previous', 'clean.csv'],
      ['check'],
    ]) {
      const io = fakeIO(files);
      expect(await main(argv, io)).toBe(2);
      expect(io.out).toBe('');
      expect(io.err).toContain('用法：zfxxgk check');
    }
    const en = fakeIO(files);
    expect(await main(['check', 'clean.json', '--lang', 'en', '--format', 'xml'], en)).toBe(2);
    expect(en.err).toContain('--format must be one of text, json, ndjson, sarif, csv, got "xml"');
    expect(en.err).toContain('Usage: zfxxgk check');
  });

  it('colours severities only on a terminal without NO_COLOR, and shows progress only on a terminal', async () => {
    const plain = fakeIO(files);
    await main(['check', 'unbalanced.json', 'clean.json'], plain);
    expect(plain.out).not.toContain('\u001b[');
    expect(plain.err).not.toContain('已完成');
    const tty = fakeIO(files, { isTTY: true });
    await main(['check', 'unbalanced.json', 'clean.json'], tty);
    expect(tty.out).toContain('\u001b[31merror');
    expect(tty.err).toContain('已完成 2/2');
    const noColor = fakeIO(files, { isTTY: true, env: { NO_COLOR: '1' } });
    await main(['check', 'unbalanced.json', 'clean.json'], noColor);
    expect(noColor.out).not.toContain('\u001b[');
    expect(noColor.out).toBe(plain.out);
  });

  it('--quiet writes errors only; --max-warnings turns too many warnings into exit 1', async () => {
    const beiguan = readFileSync(new URL('../corpus/2024-beiguan-yjglj.txt', import.meta.url));
    const withText = { ...files, 'beiguan.txt': beiguan };
    const quiet = fakeIO(withText);
    expect(await main(['check', 'beiguan.txt', 'unbalanced.csv', 'clean.csv', '--quiet'], quiet)).toBe(1);
    expect(quiet.out).not.toContain('PARSE-LABEL-VARIANT');
    expect(quiet.out).not.toContain('clean.csv');
    expect(quiet.out).toContain('T3-BALANCE');
    expect(quiet.out).toContain('提示 0 个');
    const raised = ['check', 'beiguan.txt', '--rule', 'PARSE-LABEL-VARIANT=warning', '--lang', 'en'];
    expect(await main([...raised, '--max-warnings', '1'], fakeIO(withText))).toBe(0);
    const over = fakeIO(withText);
    expect(await main([...raised, '--max-warnings', '0'], over)).toBe(1);
    expect(over.err).toContain('1 warning(s), more than --max-warnings 0');
  });
});

describe('zfxxgk check on folders', () => {
  const beiguan = readFileSync(new URL('../corpus/2024-beiguan-yjglj.txt', import.meta.url));
  const tree = {
    'reports/b/clean.csv': files['clean.csv'],
    'reports/a/unbalanced.json': files['unbalanced.json'],
    'reports/a/草稿/draft.csv': files['clean.csv'],
    'reports/a/页面': beiguan,
    'reports/.hidden.csv': files['clean.csv'],
    'reports/~$lock.docx': 'x',
  };
  const filesOf = (out: string) => (JSON.parse(out) as Entry[]).map((e) => [e.file, e.medium]);

  it('walks folders recursively in name order, skipping hidden and lock files, sniffing files without extension', async () => {
    const io = fakeIO(tree);
    await main(['check', 'reports', '--format', 'json'], io);
    expect(filesOf(io.out)).toEqual([
      ['reports/a/unbalanced.json', 'json'],
      ['reports/a/草稿/draft.csv', 'csv'],
      ['reports/a/页面', 'text'],
      ['reports/b/clean.csv', 'csv'],
    ]);
  });

  it('filters what folders bring with --include and --exclude, or stays at the top with --no-recursive', async () => {
    const included = fakeIO(tree);
    await main(['check', 'reports', '--include', '*.csv', '--exclude', '**/草稿/**', '--format', 'json'], included);
    expect(filesOf(included.out)).toEqual([['reports/b/clean.csv', 'csv']]);
    const top = fakeIO(tree);
    await main(['check', 'reports/a', '--no-recursive', '--format', 'json'], top);
    expect(filesOf(top.out)).toEqual([
      ['reports/a/unbalanced.json', 'json'],
      ['reports/a/页面', 'text'],
    ]);
  });

  it('expands a quoted glob; a glob or folder that matches nothing is a result of its own', async () => {
    const io = fakeIO({ ...tree, 'empty/.keep': '' });
    expect(
      await main(['check', 'reports/**/*.csv', 'nothing/*.pdf', 'empty', '--format', 'json', '--lang', 'en'], io),
    ).toBe(2);
    const entries = JSON.parse(io.out) as Entry[];
    expect(entries.map((e) => [e.file, e.status])).toEqual([
      ['reports/a/草稿/draft.csv', 'checked'],
      ['reports/b/clean.csv', 'checked'],
      ['nothing/*.pdf', 'unreadable'],
      ['empty', 'unreadable'],
    ]);
    expect(entries[2]?.problems).toEqual(['no file matches the pattern']);
    expect(entries[3]?.problems).toEqual(['the folder holds no file to read']);
  });

  it('places every finding on cells read from a document, in JSON and text: line and column in text', async () => {
    // One more application received than handled: line 39, the first applicant column.
    const broken = beiguan.toString('utf8').replace(/^(一、本年新收政府信息公开申请数量\t\t)0/m, '$11');
    const io = fakeIO({ 'r.txt': broken });
    expect(await main(['check', 'r.txt', '--format', 'json'], io)).toBe(1);
    const [entry] = JSON.parse(io.out) as Entry[];
    const balance = entry?.checkFindings.find((f) => f.code === 'T3-BALANCE' && f.column === '自然人');
    expect(balance?.locations).toContainEqual({ key: '3/received/natural', line: 39, column: 19 });
    const located = entry?.checkFindings.filter((f) => f.cells?.length) ?? [];
    for (const f of located)
      expect(f.locations?.map((l) => (l as { key: string }).key)).toEqual(
        f.cells?.map((c) => `${c.table}/${c.row}/${c.column}`),
      );
    const text = fakeIO({ 'r.txt': broken });
    await main(['check', 'r.txt', '--lang', 'en'], text);
    const lines = text.out.split('\n');
    const at = lines.findIndex((l) => l.includes('T3-BALANCE') && l.includes('自然人'));
    expect(lines[at + 1]).toMatch(/^ {10}at line 39, column 19; line \d+, column 19/);
  });
});

describe('zfxxgk check output size', () => {
  it('names the cells of a finding by their keys only, so that a report with many blanks stays small', async () => {
    const shanghai = readFileSync(new URL('../corpus/2019-shanghai-szfbgt.html', import.meta.url));
    const io = fakeIO({ 'r.html': shanghai });
    await main(['check', 'r.html', '--format', 'json'], io);
    const cells = findingsOf(io.out).flatMap((f) => f.cells ?? []);
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) expect(Object.keys(cell)).toEqual(['table', 'row', 'column']);
  });
});

describe('zfxxgk check --cross-year', () => {
  const example = (name: string) => readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8');
  const other = asCsv(cleanReport2021());

  it("pairs each body's consecutive years among the inputs and adds the cross-year checks to the later one", async () => {
    const io = fakeIO({
      'bodies/北关/2024.csv': example('2024-beiguan-yjglj.csv'),
      'bodies/北关/2023.csv': example('beiguan-2023.csv'),
      'bodies/other.csv': other,
    });
    expect(await main(['check', 'bodies', '--cross-year', '--format', 'json', '--lang', 'en'], io)).toBe(0);
    const entries = JSON.parse(io.out) as Entry[];
    expect(entries.map((e) => [e.file, e.previous, e.unpaired])).toEqual([
      ['bodies/other.csv', undefined, 'the inputs hold no report of this body for 2023'],
      ['bodies/北关/2023.csv', undefined, 'the inputs hold no report of this body for 2022'],
      ['bodies/北关/2024.csv', 'bodies/北关/2023.csv', undefined],
    ]);
    expect(entries[2]?.checkFindings.map((f) => f.code)).toEqual(['X-STOCK', 'X-TEXT-REUSE']);
    expect(entries[1]?.checkFindings).toEqual([]);
    expect(io.err).toContain('cross-year: 1 pair(s)');
  });

  it('says so when one body and year is given twice, and pairs neither', async () => {
    const io = fakeIO({
      'a.csv': example('2024-beiguan-yjglj.csv'),
      'b.csv': example('2024-beiguan-yjglj.csv'),
      'c.csv': example('beiguan-2023.csv'),
    });
    await main(['check', 'a.csv', 'b.csv', 'c.csv', '--cross-year', '--lang', 'en'], io);
    expect(io.out).toContain('a.csv\n  not paired: the same body and year as b.csv: which one to pair is unclear');
    expect(io.out).not.toContain('X-STOCK');
    expect(io.out).toContain('cross-year: 0 pair(s)');
  });
});
