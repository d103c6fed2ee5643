import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readCsv } from '../../src/interchange/csv.js';
import { safeValidateReport } from '../../src/model/validate.js';
import { fakeIO } from './fake-io.js';
import { asCsv, asJson, unbalancedReport } from './fixtures.js';

const report = unbalancedReport();
const files = { 'r.json': asJson(report), 'r.csv': asCsv(report) };

describe('zfxxgk export', () => {
  it('writes the interchange CSV by default, which reads back to the same report', async () => {
    const io = fakeIO(files);
    expect(await main(['export', 'r.json'], io)).toBe(0);
    expect(io.out.split('\n')[0]).toBe('table,row,column,value');
    expect(readCsv(io.out)).toEqual(report);
  });

  it('writes the JSON form with --to json, which validates back to the same report', async () => {
    const io = fakeIO(files);
    expect(await main(['export', 'r.csv', '--to', 'json'], io)).toBe(0);
    const parsed = safeValidateReport(JSON.parse(io.out));
    expect(parsed.success && parsed.report).toEqual(report);
  });

  it('converts standard input', async () => {
    const io = fakeIO({}, { stdin: files['r.csv'] });
    expect(await main(['export', '-', '--to', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toEqual(report);
  });

  it('exits 2 on anything but one readable input', async () => {
    for (const argv of [
      ['export'],
      ['export', 'r.json', 'r.csv'],
      ['export', 'r.json', '--to', 'xlsx'],
      ['export', 'nope.csv'],
    ]) {
      const io = fakeIO(files);
      expect(await main(argv, io), argv.join(' ')).toBe(2);
      expect(io.out).toBe('');
      expect(io.err).not.toBe('');
    }
  });
});
