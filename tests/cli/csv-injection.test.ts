/**
 * The CSV a spreadsheet opens runs nothing: a file name or a quoted text that starts like a formula
 * is written with a leading quote, numbers as they are.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { fakeIO } from './fake-io.js';
import { asCsv, unbalancedReport } from './fixtures.js';

describe('zfxxgk check --format csv', () => {
  it('writes a file name that starts like a formula with a leading quote, and numbers as they are', async () => {
    const name = '=HYPERLINK("http://example.com").csv';
    const io = fakeIO({ [name]: asCsv(unbalancedReport()) });
    expect(await main(['check', name, '--format', 'csv', '--lang', 'en'], io)).toBe(1);
    const rows = io.out.trimEnd().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.startsWith(`"'=HYPERLINK(""http://example.com"").csv",`)).toBe(true);
    expect(io.out).toMatch(/,T3-BALANCE,error,3,,自然人,-?\d+,-?\d+,/);
  });
});
