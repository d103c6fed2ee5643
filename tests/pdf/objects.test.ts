/**
 * Which pages a damaged object can change (src/parse/pdf/objects.ts): the pages it can be reached
 * from through references, and every page whenever that is not certain.
 */
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { pagesReaching } from '../../src/parse/pdf/objects.js';

/** A PDF of numbered objects (their text, a stream's data after `stream`), without a cross-reference table. */
function pdf(objects: Record<number, string>): Uint8Array {
  const body = Object.entries(objects)
    .map(([n, text]) => `${n} 0 obj\n${text}\nendobj\n`)
    .join('');
  // One byte a character: a compressed stream's data is given as its bytes' characters.
  return Uint8Array.from(`%PDF-1.7\n${body}%%EOF\n`, (c) => c.charCodeAt(0));
}

const stream = (dict: string, data: string) => `<< ${dict} /Length ${data.length} >>\nstream\n${data}\nendstream`;

/** Two pages: page 1 sets text in font 3 (whose program is object 4), page 2 only draws lines. */
const objects = (pagesDict = '<< /Type /Pages /Kids [5 0 R 6 0 R] /Count 2 >>') => ({
  1: '<< /Type /Catalog /Pages 2 0 R /Metadata 9 0 R >>',
  2: pagesDict,
  3: '<< /Type /Font /Subtype /TrueType /BaseFont /SimSun /FontDescriptor 10 0 R >>',
  10: '<< /Type /FontDescriptor /FontName /SimSun /FontFile2 4 0 R >>',
  4: stream('/Filter /FlateDecode', 'font program'),
  5: '<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 3 0 R >> >> /Contents 7 0 R /Annots [11 0 R] >>',
  6: '<< /Type /Page /Parent 2 0 R /Contents [8 0 R] >>',
  7: stream('/Filter /FlateDecode', 'BT /F1 10 Tf (1) Tj ET'),
  8: stream('/Filter /FlateDecode', '0 0 m 10 0 l S'),
  9: stream('/Type /Metadata /Subtype /XML', '<x:xmpmeta/>'),
  // A link on page 1 to page 2: page 2's damage is not page 1's.
  11: '<< /Type /Annot /Subtype /Link /P 5 0 R /Dest [6 0 R /Fit] >>',
});
const pages = [
  { page: 1, ref: 5 },
  { page: 2, ref: 6 },
];

describe('the pages a damaged object can change', () => {
  it('are the pages that refer to it, directly or through other objects', () => {
    const bytes = pdf(objects());
    expect(pagesReaching(bytes, pages, [7])).toEqual([1]);
    expect(pagesReaching(bytes, pages, [8])).toEqual([2]);
    // A font program, through the font and its descriptor.
    expect(pagesReaching(bytes, pages, [4])).toEqual([1]);
    expect(pagesReaching(bytes, pages, [4, 8])).toEqual([1, 2]);
  });

  it('are found also when the pages and fonts are kept in a compressed object stream', () => {
    const { 3: font, 5: page1, 6: page2, 10: descriptor, ...rest } = objects();
    const kept: [number, string][] = [
      [3, font],
      [5, page1],
      [6, page2],
      [10, descriptor],
    ];
    let offset = 0;
    const header = kept.map(([n, text]) => {
      const pair = `${n} ${offset}`;
      offset += text.length + 1;
      return pair;
    });
    const data = `${header.join(' ')} ${kept.map(([, text]) => `${text}\n`).join('')}`;
    const first = header.join(' ').length + 1;
    const packed = String.fromCharCode(...zlibSync(new TextEncoder().encode(data)));
    const bytes = pdf({
      ...rest,
      12: stream(`/Type /ObjStm /N ${kept.length} /First ${first} /Filter /FlateDecode`, packed),
    });
    expect(pagesReaching(bytes, pages, [7])).toEqual([1]);
    expect(pagesReaching(bytes, pages, [4])).toEqual([1]);
    expect(pagesReaching(bytes, pages, [8])).toEqual([2]);
  });

  it('are none for data no page uses', () => {
    expect(pagesReaching(pdf(objects()), pages, [9])).toEqual([]);
  });

  it('are every page when it cannot be told', () => {
    const bytes = pdf(objects());
    // A stream without an object header, an object not found, a page whose object is not known.
    expect(pagesReaching(bytes, pages, [null])).toEqual([1, 2]);
    expect(pagesReaching(bytes, pages, [99])).toEqual([1, 2]);
    expect(pagesReaching(bytes, [{ page: 1, ref: 5 }, { page: 2 }], [8])).toEqual([1, 2]);
    // A page whose object was not found (kept where this reading does not look).
    expect(
      pagesReaching(
        bytes,
        [
          { page: 1, ref: 5 },
          { page: 2, ref: 77 },
        ],
        [7],
      ),
    ).toEqual([1, 2]);
    // Resources inherited from the page tree: every page under it.
    const inherited = pdf(
      objects('<< /Type /Pages /Kids [5 0 R 6 0 R] /Count 2 /Resources << /XObject << /X1 8 0 R >> >> >>'),
    );
    expect(pagesReaching(inherited, pages, [8])).toEqual([1, 2]);
  });

  it('are every page when an object stream or the cross-reference stream is damaged', () => {
    const bytes = pdf({
      ...objects(),
      12: stream('/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode', '3 0 << >>'),
      13: stream('/Type /XRef /Size 14 /W [1 2 1] /Filter /FlateDecode', ''),
    });
    expect(pagesReaching(bytes, pages, [12])).toEqual([1, 2]);
    expect(pagesReaching(bytes, pages, [13])).toEqual([1, 2]);
  });
});
