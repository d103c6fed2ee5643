/** Telling what a file is from its bytes, and reading every medium a report comes in. */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniffMedium } from '../../src/cli/batch/medium.js';
import { INPUT_FORMATS, LOADERS, LoadError, mediumOf } from '../../src/cli/load.js';
import { encodeGbk } from '../parse/gbk.js';
import { asCsv, asJson, cleanReport2021 } from './fixtures.js';

const report = cleanReport2021();
const encode = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string) => new Uint8Array(Array.from(text).flatMap((c) => [c.charCodeAt(0), 0]));
/** The head of an OLE compound file (legacy Office and WPS) with a directory entry named `stream`. */
function ole(stream: string): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(utf16(stream), 1024);
  return bytes;
}
const zip = (...names: string[]) => zipSync(Object.fromEntries(names.map((n) => [n, encode('<x/>')])));

describe('sniffMedium', () => {
  it('tells report media by content, whatever the name says', () => {
    expect(sniffMedium(encode('%PDF-1.7\n'), 'report')).toBe('pdf');
    expect(sniffMedium(encode('\r\n%PDF-1.4'), 'report.html')).toBe('pdf');
    expect(sniffMedium(zip('[Content_Types].xml', 'word/document.xml'), 'report.doc')).toBe('docx');
    expect(sniffMedium(encode('  \n{"format":"2021"}'), 'report')).toBe('json');
    expect(sniffMedium(encode('\uFEFFtable,row,column,value\n'), 'report.txt')).toBe('csv');
    expect(sniffMedium(encode('<!DOCTYPE html><p>一、总体情况</p>'), 'report.doc')).toBe('html');
    expect(sniffMedium(encode('一、总体情况\n'), 'report')).toBe('text');
  });

  it('takes the name only where the bytes leave it open', () => {
    expect(sniffMedium(encodeGbk('表,行,列,值\n'), 'export.csv')).toBe('csv');
    expect(sniffMedium(encode('北关区应急管理局'), 'page.shtml')).toBe('html');
    expect(sniffMedium(encode('北关区应急管理局'), 'page.xhtml')).toBe('html');
    expect(sniffMedium(ole('Root Entry'), 'old.wps')).toBe('legacy-word');
    expect(sniffMedium(ole('Root Entry'), 'old.et')).toBe('legacy-spreadsheet');
  });

  it('names the files that are not reports', () => {
    expect(sniffMedium(ole('WordDocument'), 'x')).toBe('legacy-word');
    expect(sniffMedium(ole('Workbook'), 'x')).toBe('legacy-spreadsheet');
    expect(sniffMedium(ole('EncryptedPackage'), 'x.docx')).toBe('encrypted-office');
    expect(sniffMedium(zip('xl/workbook.xml'), 'x')).toBe('spreadsheet');
    expect(sniffMedium(zip('OFD.xml', 'Doc_0/Document.xml'), 'x')).toBe('ofd');
    expect(sniffMedium(zip('mimetype', 'content.xml'), 'x')).toBe('odt');
    expect(sniffMedium(zip('a.pdf', 'b.pdf'), 'x')).toBe('archive');
    expect(sniffMedium(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]), 'x')).toBe('image');
    expect(sniffMedium(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'x')).toBe('image');
    expect(sniffMedium(encode('{\\rtf1\\ansi'), 'x')).toBe('rtf');
    expect(sniffMedium(new Uint8Array([1, 2, 0, 4]), 'x.txt')).toBe('binary');
    expect(sniffMedium(new Uint8Array(), 'x.pdf')).toBe('empty');
    // Text that happens to start like a BMP signature is text.
    expect(sniffMedium(encode('BMW 一、总体情况'), 'x')).toBe('text');
  });
});

describe('the loaders', () => {
  it('are named for --input-format, which overrides the sniffing', () => {
    expect(Object.values(INPUT_FORMATS).every((m) => m in LOADERS)).toBe(true);
    expect(mediumOf(encode('一、总体情况'), 'a.txt', 'csv')).toBe('csv');
    expect(mediumOf(encode('一、总体情况'), 'a.txt', 'HTM')).toBe('html');
  });

  it('read the interchange CSV in UTF-8 with or without BOM, GBK and GB18030 alike', async () => {
    const csv = asCsv(report);
    const inputs = [encode(csv), encode(`\uFEFF${csv}`), encodeGbk(csv)];
    for (const bytes of inputs) {
      expect(await LOADERS.csv(bytes, { source: 'r.csv', lang: 'zh' })).toEqual({ report, findings: [] });
    }
    expect(await LOADERS.json(encode(asJson(report)), { source: 'r.json', lang: 'zh' })).toEqual({
      report,
      findings: [],
    });
  });

  it('refuse JSON that does not parse and CSV that is invalid, naming the input and the line', async () => {
    await expect(
      LOADERS.json(encode(asJson(report).slice(0, 100)), { source: 'cut.json', lang: 'en' }),
    ).rejects.toThrow(/^cut\.json: not valid JSON/);
    const bad = asCsv(report).replace(/^(3,一、本年新收政府信息公开申请数量,自然人),\d+$/m, '$1,three');
    const line = bad.split('\n').findIndex((l) => l.endsWith(',three')) + 1;
    const error = await LOADERS.csv(encode(bad), { source: 'bad.csv', lang: 'en' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).problems).toEqual([
      `bad.csv:${line}: expected a plain decimal number or empty, got "three"`,
    ]);
  });
});
