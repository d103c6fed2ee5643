/**
 * The real 淮安市人民政府 2024 report (a PDF with a text layer): read through `parsePdf` and through
 * the command line, every cell equals the hand-checked truth file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readCsv } from '../../src/interchange/csv.js';
import { extractPdfLayout, parsePdf } from '../../src/parse/pdf/index.js';
import { fakeIO } from '../cli/fake-io.js';
import { tablesOf } from '../support/reports.js';
import { CORPUS_DIR, readTruth, truthToReport } from '../support/truth.js';

const FILE = '2024-huaian-szf.pdf';
const bytes = new Uint8Array(readFileSync(join(CORPUS_DIR, FILE)));
const truth = truthToReport(readTruth(FILE));

describe('parsePdf on 2024-huaian-szf.pdf', () => {
  it('reads every cell of tables 2, 3 and 4 as printed, the decimal fee included', async () => {
    const { report, findings } = await parsePdf(bytes);
    expect(report).not.toBeNull();
    expect(tablesOf(report!)).toEqual(tablesOf(truth));
    expect(report!.table2.fees).toEqual({ feeAmount: 96171.6 });
    expect(report!.format).toBe('2021');
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('reads the title wrapped over two centred lines and all six sections', async () => {
    const { report } = await parsePdf(bytes);
    expect(report!.meta.agency).toBe('淮安市人民政府');
    expect(report!.meta.year).toBe(2024);
    expect(Object.keys(report!.sections).sort()).toHaveLength(6);
  });

  it('locates cells by page and position', async () => {
    const { sourceMap } = await parsePdf(bytes);
    expect(sourceMap.cells['3/received/total']).toMatchObject({ page: 4, table: 1 });
    // Table 3 continues on page 5: its last rows are located there.
    expect(sourceMap.cells['3/carriedForward/total']).toMatchObject({ page: 5, table: 1 });
    expect(sourceMap.cells['2/fees/feeAmount']).toMatchObject({ page: 4 });
  });

  it('rebuilds the merged label cells broken over lines and pages', async () => {
    const { blocks } = await extractPdfLayout(bytes);
    const rows = blocks
      .filter((b) => b.kind === 'row')
      .map((b) => (b.kind === 'row' ? b.cells.map((c) => c.text) : []));
    // 三、本年度办理结果 is printed one character per line in a merged column.
    expect(rows.filter((r) => r[0] === '三、本年度办理结果')).toHaveLength(22);
    // （四）无法提供 starts on page 4 (`（四）无`) and ends on page 5 (`法提供`).
    expect(rows.filter((r) => r[1] === '（四）无法提供').map((r) => r[2])).toEqual([
      '1.本机关不掌握相关政府信息',
      '2.没有现成信息需要另行制作',
      '3.补正后申请内容仍不明确',
    ]);
    // A label wrapped over three lines, its numbers printed beside the second.
    expect(rows).toContainEqual([
      '三、本年度办理结果',
      '（六）其他处理',
      '1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '67',
      '3',
      '0',
      '0',
      '1',
      '0',
      '71',
    ]);
    // Header words split over lines (商 业 企 / 业) and table 4's split headers.
    expect(rows).toContainEqual(expect.arrayContaining(['商业企业', '科研机构', '社会公益组织', '法律服务机构']));
    expect(rows.find((r) => r.length === 15 && r.includes('尚未审结'))).toBeDefined();
    // Page numbers (- 4 -, - 5 -) are not read as text.
    expect(blocks.some((b) => b.kind === 'paragraph' && /^-\s*\d+\s*-$/.test(b.text))).toBe(false);
  });
});

describe('zfxxgk export of the PDF', () => {
  it('gives the truth through the command line (in process)', async () => {
    const io = fakeIO({ [FILE]: bytes });
    const code = await main(['export', FILE, '--to', 'csv'], io);
    expect(io.err).toBe('');
    expect(code).toBe(0);
    expect(tablesOf(readCsv(io.out))).toEqual(tablesOf(truth));
    expect(io.out).toContain('2,行政事业性收费,本年收费金额（单位：万元）,96171.6');
  });

  describe('dist/cli.js', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    beforeAll(() => {
      if (!existsSync(join(root, 'dist', 'cli.js')))
        execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
    });

    it('exports the same CSV as the truth', () => {
      const run = spawnSync(
        process.execPath,
        [join(root, 'dist', 'cli.js'), 'export', join(CORPUS_DIR, FILE), '--to', 'csv'],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(tablesOf(readCsv(run.stdout))).toEqual(tablesOf(truth));
    });
  });
});
