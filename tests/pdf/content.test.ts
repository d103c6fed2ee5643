/**
 * The ruling lines read from a page's own content stream (src/parse/pdf/content.ts) are those
 * pdf.js's operator list gives (the way the reader took them before, kept for what the stream
 * reader is not sure of): compared line for line on every corpus PDF and on generated reports. The
 * stream reader gives up, rather than guess, on whatever it cannot read as pdf.js does; and a page
 * whose font pdf.js could not read is still found through the operator list.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/parse/pdf/content.js';
import type { PdfPageContent } from '../../src/parse/pdf/geometry.js';
import type { Matrix } from '../../src/parse/pdf/paths.js';
import { type LineReading, readPdfPages } from '../../src/parse/pdf/pdfjs.js';
import { growthRatio, LINEAR_GROWTH } from '../support/growth.js';
import { cleanReport } from '../support/reports.js';
import { CORPUS_DIR } from '../support/truth.js';
import { minimalPdf, type Mark } from './minimal-pdf.js';
import { reportPdf } from './report-pdf.js';

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const read = (content: string, page: Matrix = IDENTITY) => readContent(new TextEncoder().encode(content), page);

/** Every PDF of the corpus, with its path. */
function corpusPdfs(): [string, Uint8Array][] {
  const out: [string, Uint8Array][] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(join(CORPUS_DIR, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.pdf')) out.push([path, new Uint8Array(readFileSync(join(CORPUS_DIR, path)))]);
    }
  };
  walk('');
  return out;
}

const table: Mark[] = [
  { line: [70, 700, 500, 700] },
  { line: [70, 650, 500, 650], width: 1 },
  { line: [70, 650, 70, 700] },
  { line: [500, 650, 500, 700] },
  { box: [70, 600, 430, 0.75] },
  { box: [250, 560, 0.5, 40] },
  { text: 'Item', x: 80, y: 680 },
  { text: '12', x: 300, y: 680 },
  { cjk: '行政许可', x: 80, y: 660 },
];

const both = async (bytes: Uint8Array): Promise<[PdfPageContent[], PdfPageContent[]]> => {
  const every = (lines: LineReading['lines']): LineReading => ({ lines, everyPage: true });
  return [
    await readPdfPages(bytes, {}, undefined, every('operators')),
    await readPdfPages(bytes, {}, undefined, every('content')),
  ];
};

describe('ruling lines from the content stream', () => {
  it('are the operator list’s on every corpus PDF and on generated reports, page by page', async () => {
    const files: [string, Uint8Array][] = [
      ...corpusPdfs(),
      ['2021, UniGB-UCS2-H', reportPdf(cleanReport('2021'))],
      ['2021, ToUnicode', reportPdf(cleanReport('2021'), { cjk: 'tounicode', preambleLines: 7 })],
      ['a ruled table, compressed, in two streams', minimalPdf([{ marks: table }], { compress: true })],
      ['a ruled table on a page turned a quarter', minimalPdf([{ rotate: 90, marks: table }])],
    ];
    expect(files.length).toBeGreaterThan(4);
    for (const [name, bytes] of files) {
      const [operators, content] = await both(bytes);
      expect(
        content.map((p) => p.lines),
        name,
      ).toEqual(content.map(() => 'content'));
      expect(
        content.map((p) => p.segments),
        name,
      ).toEqual(operators.map((p) => p.segments));
      expect(
        operators.some((p) => p.segments.length > 0),
        name,
      ).toBe(true);
    }
  }, 120_000);

  it('are left to the operator list for a page that draws another object, which gives the same', async () => {
    const bytes = minimalPdf([
      { marks: table, form: { matrix: [0.5, 0, 0, 0.5, 100, 50], marks: table } },
      { marks: table },
    ]);
    const [operators, content] = await both(bytes);
    expect(content.map((p) => p.lines)).toEqual(['operators', 'content']);
    expect(content.map((p) => p.segments)).toEqual(operators.map((p) => p.segments));
    // The form's lines are there, halved.
    expect((operators[0] as PdfPageContent).segments.length).toBe(2 * (operators[1] as PdfPageContent).segments.length);
  });

  it('take no operator list for a readable PDF whose every font was read', async () => {
    for (const [name, bytes] of corpusPdfs()) {
      const pages = await readPdfPages(bytes);
      expect(
        pages.map((p) => p.lines),
        name,
      ).toEqual(pages.map(() => 'content'));
    }
  });

  it('are read from the operator list on pages whose font pdf.js could not read, which it names', async () => {
    const real = new Uint8Array(readFileSync(join(CORPUS_DIR, '2024-huaian-szf.pdf')));
    // One byte of a font dictionary (see robustness.test.ts): pdf.js drops the text set in the font.
    real[3926] = 13;
    const pages = await readPdfPages(real);
    const broken = pages.filter((p) => p.damage === 'font');
    expect(broken.map((p) => p.page)).toContain(3);
    for (const p of broken) expect(p.lines).toBe('operators');
  });
});

describe('the content stream reader', () => {
  it('paints paths through q, Q and cm as pdf.js builds them', () => {
    const reading = read(
      'q 2 0 0 2 10 10 cm 0 0 m 100 0 l S Q 0 0 m 0 50 l S 0 0 100 0.5 re f 5 5 m 6 7 8 9 10 5 c 20 5 l S',
    );
    expect(reading?.segments).toEqual([
      { x1: 10, y1: 10, x2: 210, y2: 10 },
      { x1: 0, y1: 0, x2: 0, y2: 50 },
      { x1: 0, y1: 0.25, x2: 100, y2: 0.25 },
      // A curve counts by its end: from where it starts to where it ends.
      { x1: 5, y1: 5, x2: 10, y2: 5 },
      { x1: 10, y1: 5, x2: 20, y2: 5 },
    ]);
  });

  it('closes paths as pdf.js does, and skips clipping paths and paths only ended', () => {
    expect(read('0 0 m 100 0 l 100 50 l 0 50 l s')?.segments).toHaveLength(4);
    expect(read('0 0 100 50 re W n 0 0 m 100 0 l n')?.segments).toEqual([]);
    // A zero-height rectangle is a line from corner to corner, closed back.
    expect(read('0 10 100 0 re S')?.segments).toEqual([
      { x1: 0, y1: 10, x2: 100, y2: 10 },
      { x1: 100, y1: 10, x2: 0, y2: 10 },
    ]);
  });

  it('reads strings, names, arrays, dictionaries and comments without taking their contents for operators', () => {
    const reading = read(
      '/P << /MCID 0 /Alt (a \\) S) >> BDC BT /F1 10 Tf (0 0 m (100) 0 l S) Tj [(x) -250 <0041>] TJ ET EMC % 0 0 m 9 0 l S\n',
    );
    expect(reading).toEqual({ segments: [], textFonts: 1, setsGraphicsState: false });
  });

  it('counts the fonts that show text, a font set inside q … Q ending with it', () => {
    expect(read('BT /F1 9 Tf (a) Tj q /F2 9 Tf <0041> Tj Q (b) Tj ET')?.textFonts).toBe(2);
    expect(read('BT /F1 9 Tf () Tj <> Tj [()] TJ /F2 9 Tf (a) Tj ET')?.textFonts).toBe(1);
    expect(read('/GS1 gs BT /F1 9 Tf (a) Tj ET')?.setsGraphicsState).toBe(true);
  });

  it('gives up on whatever it cannot read exactly as pdf.js does', () => {
    for (const content of [
      '/Fm1 Do',
      'BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI',
      '/Sh1 sh',
      '0 0 m 100 0l S',
      '0 0 m 1.2.3 0 l S',
      '0 0 m 100 l S',
      '/A 0 m',
      'Q',
      '[0 0 m]',
      '(open',
      '<< /A 1',
      '{ }',
      'BT (text before a font) Tj ET',
      '1 0 0 1 0 0 xy',
    ])
      expect(read(content), content).toBeUndefined();
  });

  it('reads numbers as pdf.js does', () => {
    expect(read('.5 -.25 m +3. 0 l S')?.segments).toEqual([{ x1: 0.5, y1: -0.25, x2: 3, y2: 0 }]);
  });

  it('takes time linear in the length of the stream', () => {
    const unit = 'q 1 0 0 1 5 5 cm 0 0 m 100 0 l S Q BT /F1 9 Tf [(ab\\)c) -120 <00410042>] TJ ET 0 0 100 0.5 re W n\n';
    const stream = (scale: 1 | 4) => new TextEncoder().encode(unit.repeat(10_000 * scale));
    expect(growthRatio(stream, (data) => readContent(data, IDENTITY), 7, 10)).toBeLessThan(LINEAR_GROWTH);
  });
});
