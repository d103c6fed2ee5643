import { describe, expect, it } from 'vitest';
import { INPUT_FORMATS, LOADERS, LoadError, loaderFor, loadReport, sniffLoader } from '../../src/cli/load.js';
import { fakeIO } from './fake-io.js';
import { asCsv, asJson, cleanReport2021 } from './fixtures.js';

const report = cleanReport2021();
const encode = (text: string) => new TextEncoder().encode(text);

describe('the input loaders', () => {
  it('register .json and .csv, and name them for --input-format', () => {
    expect(Object.keys(LOADERS)).toEqual(expect.arrayContaining(['.json', '.csv']));
    expect(INPUT_FORMATS).toEqual(Object.keys(LOADERS).map((ext) => ext.slice(1)));
  });

  it('pick by extension, case-insensitively, and by content for standard input', () => {
    expect(loaderFor('A/REPORT.JSON')).toBe(LOADERS['.json']);
    expect(loaderFor('dir.v2/report.csv')).toBe(LOADERS['.csv']);
    expect(loaderFor('report.txt', 'json')).toBe(LOADERS['.json']);
    expect(loaderFor('-')).toBeUndefined();
    expect(sniffLoader(encode('  \n{"format":"2021"}'))).toBe(LOADERS['.json']);
    expect(sniffLoader(encode('\uFEFFtable,row,column,value\n'))).toBe(LOADERS['.csv']);
    expect(() => loaderFor('dir.v2/report')).toThrow(/no extension/);
    expect(() => loaderFor('-', 'xlsx')).toThrow(LoadError);
    expect(sniffLoader(encode('%PDF-1.7\n'))).toBe(LOADERS['.pdf']);
    // Standard input that no other reader claims is read as text (and refused there if it is none).
    expect(sniffLoader(encode('一、总体情况\n'))).toBe(LOADERS['.txt']);
  });

  it('read a report from either format to the same report, with no reading findings', async () => {
    const io = fakeIO({ 'r.json': asJson(report), 'r.csv': asCsv(report) });
    for (const file of ['r.json', 'r.csv']) {
      expect(await loadReport(file, io, { lang: 'zh' })).toEqual({ report, findings: [] });
    }
  });

  it('refuse bytes that are not UTF-8, and JSON that does not parse, naming the input', async () => {
    const io = fakeIO({
      'latin1.csv': new Uint8Array([0x74, 0xe9, 0x74, 0x65]),
      'cut.json': asJson(report).slice(0, 100),
    });
    await expect(loadReport('latin1.csv', io, { lang: 'zh' })).rejects.toThrow('latin1.csv: not UTF-8 text');
    await expect(loadReport('cut.json', io, { lang: 'zh' })).rejects.toThrow(/^cut\.json: not valid JSON/);
  });
});
