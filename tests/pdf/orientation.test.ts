/**
 * Pages turned with /Rotate, tables set sideways on a page, and labels turned to run down a
 * narrow cell: the reader works on the page as displayed, along its lines of text.
 */
import { describe, expect, it } from 'vitest';
import type { LayoutBlock } from '../../src/parse/layout.js';
import { extractPdfLayout } from '../../src/parse/pdf/index.js';
import { minimalPdf, type Mark } from './minimal-pdf.js';

const read = (blocks: LayoutBlock[]) => blocks.map((b) => (b.kind === 'row' ? b.cells.map((c) => c.text) : b.text));
const EXPECTED = [
  ['行政处罚', '13', '7'],
  ['行政强制', '0', '2'],
];

/** A 2×3 ruled table drawn sideways (its text running up the page), as a landscape table is. */
function sidewaysTable(): Mark[] {
  const marks: Mark[] = [];
  for (const x of [100, 140, 180]) marks.push({ line: [x, 100, x, 400] });
  for (const y of [100, 200, 300, 400]) marks.push({ line: [100, y, 180, y] });
  marks.push(
    { cjk: '行政处罚', x: 125, y: 105, angle: 90 },
    { text: '13', x: 125, y: 205, angle: 90 },
    { text: '7', x: 125, y: 305, angle: 90 },
  );
  marks.push(
    { cjk: '行政强制', x: 165, y: 105, angle: 90 },
    { text: '0', x: 165, y: 205, angle: 90 },
    { text: '2', x: 165, y: 305, angle: 90 },
  );
  return marks;
}

describe('page orientation', () => {
  it('reads a landscape table on a page turned by /Rotate 90', async () => {
    const { blocks } = await extractPdfLayout(minimalPdf([{ rotate: 90, marks: sidewaysTable() }]));
    expect(read(blocks)).toEqual(EXPECTED);
  });

  it('reads a table set sideways on a page without /Rotate, and one displayed upside down', async () => {
    expect(read((await extractPdfLayout(minimalPdf([{ marks: sidewaysTable() }]))).blocks)).toEqual(EXPECTED);
    expect(read((await extractPdfLayout(minimalPdf([{ rotate: 270, marks: sidewaysTable() }]))).blocks)).toEqual(
      EXPECTED,
    );
  });

  it('reads a group label turned to run down a merged cell as the label of every row it spans', async () => {
    const marks: Mark[] = [
      { line: [60, 700, 400, 700] },
      { line: [100, 660, 400, 660] },
      { line: [60, 620, 400, 620] },
      ...[60, 100, 200, 300, 400].map((x): Mark => ({ line: [x, 620, x, 700] })),
      { cjk: '不予公开', x: 84, y: 690, angle: -90 },
      { cjk: '行政处罚', x: 105, y: 675 },
      { text: '13', x: 205, y: 675 },
      { text: '7', x: 305, y: 675 },
      { cjk: '行政强制', x: 105, y: 635 },
      { text: '0', x: 205, y: 635 },
      { text: '2', x: 305, y: 635 },
    ];
    const { blocks } = await extractPdfLayout(minimalPdf([{ marks }]));
    expect(read(blocks)).toEqual(EXPECTED.map((row) => ['不予公开', ...row]));
  });
});
