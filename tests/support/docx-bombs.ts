/**
 * Hostile DOCX files: a few kilobytes that declare enormous grids, deep nesting, endless
 * paragraphs, or a `word/document.xml` far larger than its ZIP directory says.
 */
import { deflateRawSync, constants } from 'node:zlib';
import { docxFromDocumentXml } from './docx-writer.js';

const WML = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A `word/document.xml` with `body` in its body. */
export const documentXml = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${WML}"><w:body>${body}</w:body></w:document>`;

/** A table of `rows` rows of `cells` cells, each spanning `span` grid columns. */
export function gridSpanDocx(rows: number, cells: number, span: number): Uint8Array {
  const cell = `<w:tc><w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>`;
  const row = `<w:tr>${cell.repeat(cells)}</w:tr>`;
  return docxFromDocumentXml(documentXml(`<w:tbl>${row.repeat(rows)}</w:tbl>`));
}

/** Rows that each skip `before` grid columns before their one cell. */
export function gridBeforeDocx(rows: number, before: number): Uint8Array {
  const row = `<w:tr><w:trPr><w:gridBefore w:val="${before}"/></w:trPr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>`;
  return docxFromDocumentXml(documentXml(`<w:tbl>${row.repeat(rows)}</w:tbl>`));
}

/** `depth` tables, each in the only cell of the one before. */
export function nestedTablesDocx(depth: number): Uint8Array {
  const open = '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p>';
  const close = '</w:tc></w:tr></w:tbl>';
  return docxFromDocumentXml(documentXml(`${open.repeat(depth)}<w:p/>${close.repeat(depth)}`));
}

/** One table cell (in a two-cell row) holding `count` short paragraphs. */
export function paragraphsInCellDocx(count: number): Uint8Array {
  const paragraph = '<w:p><w:r><w:t>ab1</w:t></w:r></w:p>';
  return docxFromDocumentXml(
    documentXml(`<w:tbl><w:tr><w:tc>${paragraph.repeat(count)}</w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>`),
  );
}

/** `count` paragraphs of running text. */
export function paragraphsDocx(count: number): Uint8Array {
  const paragraph = '<w:p><w:r><w:t>本机关全年主动公开政府信息12条。</w:t></w:r></w:p>';
  return docxFromDocumentXml(documentXml(paragraph.repeat(count)));
}

const u16 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v: number): number[] => [...u16(v & 0xffff), ...u16(v >>> 16)];

/**
 * A DOCX whose `word/document.xml` inflates to `megabytes` MB of spaces while its ZIP headers say
 * it is `declared` bytes: built from one compressed megabyte repeated, so that the file is about a
 * thousandth of what it inflates to, and nothing of that size is ever held by the test.
 */
export function understatedDocx(megabytes: number, declared: number): Uint8Array {
  // A sync flush ends the chunk on a byte boundary without ending the stream, so copies of it
  // follow one another; every back-reference stays within the megabyte of spaces it encodes.
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024, 0x20), {
    level: 9,
    finishFlush: constants.Z_SYNC_FLUSH,
  });
  const last = [0x03, 0x00]; // a final, empty block with fixed codes
  const data = new Uint8Array(chunk.length * megabytes + last.length);
  for (let k = 0; k < megabytes; k++) data.set(chunk, k * chunk.length);
  data.set(last, chunk.length * megabytes);
  const name = new TextEncoder().encode('word/document.xml');
  const common = [...u16(20), ...u16(0), ...u16(8), ...u16(0), ...u16(0), ...u32(0), ...u32(data.length)];
  const local = new Uint8Array([...u32(0x04034b50), ...common, ...u32(declared), ...u16(name.length), ...u16(0)]);
  const central = new Uint8Array([
    ...u32(0x02014b50),
    ...u16(20),
    ...common,
    ...u32(declared),
    ...u16(name.length),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u16(0),
    ...u32(0),
    ...u32(0),
  ]);
  const centralAt = local.length + name.length + data.length;
  const centralSize = central.length + name.length;
  const end = new Uint8Array([
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(1),
    ...u16(1),
    ...u32(centralSize),
    ...u32(centralAt),
    ...u16(0),
  ]);
  const out = new Uint8Array(centralAt + centralSize + end.length);
  let at = 0;
  for (const part of [local, name, data, central, name, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
