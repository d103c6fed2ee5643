/**
 * Chinese text in fonts that are not embedded needs pdf.js's CMap files. They are found next to the
 * installed pdfjs-dist by default, from the sources and from both built bundles.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractPdfLayout } from '../../src/parse/pdf/index.js';
import { minimalPdf } from './minimal-pdf.js';

const TITLE = '淮安市人民政府2024年政府信息公开工作年度报告';
const pdf = minimalPdf([{ marks: [{ cjk: TITLE, x: 72, y: 700, size: 16 }] }]);

describe('CJK text through a predefined CMap (UniGB-UCS2-H, font not embedded)', () => {
  it('is read with the CMaps found next to pdfjs-dist', async () => {
    const { blocks, findings } = await extractPdfLayout(pdf);
    expect(findings).toEqual([]);
    expect(blocks).toEqual([{ kind: 'paragraph', text: TITLE, loc: { page: 1, x: 72, y: 700 } }]);
  });

  it('is not read when the CMaps are not where the caller says', async () => {
    const { blocks } = await extractPdfLayout(pdf, { cMapUrl: '/nonexistent/' });
    expect(blocks).toEqual([]);
  });

  describe('from the built bundles', () => {
    const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
    let work: string;
    beforeAll(() => {
      if (!existsSync(join(root, 'dist', 'pdf.js')))
        execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
      work = mkdtempSync(join(tmpdir(), 'zfxxgk-pdf-'));
      writeFileSync(join(work, 'title.pdf'), pdf);
    });
    afterAll(() => rmSync(work, { recursive: true, force: true }));

    const script = (load: string) =>
      `${load}.then(async (m) => { const r = await m.extractPdfLayout(new Uint8Array(require('node:fs').readFileSync(process.argv[1]))); process.stdout.write(r.blocks.map((b) => b.text).join('|')); })`;

    it('ES module (dist/pdf.js)', () => {
      const run = spawnSync(
        process.execPath,
        [
          '--input-type=commonjs',
          '-e',
          script(`import(${JSON.stringify(join(root, 'dist', 'pdf.js'))})`),
          join(work, 'title.pdf'),
        ],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(TITLE);
    });

    it('CommonJS (dist/pdf.cjs)', () => {
      const run = spawnSync(
        process.execPath,
        [
          '-e',
          script(`Promise.resolve(require(${JSON.stringify(join(root, 'dist', 'pdf.cjs'))}))`),
          join(work, 'title.pdf'),
        ],
        { encoding: 'utf8' },
      );
      expect(run.stderr).toBe('');
      expect(run.stdout).toBe(TITLE);
    });
  });
});
